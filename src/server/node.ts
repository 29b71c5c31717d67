/**
 * Node adapter for the token endpoint, and the CLI behind `npx zoom-session-token-server`.
 *
 * `toNodeListener(handler)` turns any Web handler into a `node:http` listener (also usable as
 * Express or connect middleware). For a handler made by `createTokenHandler` it skips building a
 * `Request` and reading back a `Response` (see `RequestView` in `./token-handler.ts` for why).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { nodeSigner } from './node-signer.js';
import {
  TOKEN_BUSY,
  TOKEN_CORE,
  TOO_LARGE,
  makeTokenHandler,
  type Answer,
  type CoreTokenHandler,
  type RequestView,
  type TokenCore,
  type TokenHandler,
  type TokenHandlerOptions,
  type TokenLogEntry,
} from './token-handler.js';

export * from './index.js';

/**
 * `createTokenHandler` of `zoom-session-element/server`, signing with `node:crypto` instead of
 * jose's Web Crypto: the same answers and the same token bytes, for a fraction of the CPU.
 */
export function createTokenHandler(options: TokenHandlerOptions = {}): CoreTokenHandler {
  return makeTokenHandler(options, nodeSigner);
}

/** A `node:http` request listener; also fits Express and connect (which pass a third argument). */
export type NodeListener = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

const clientAddresses = new WeakMap<Request, string>();

/**
 * The network address of the client that sent `request`, when the Node adapter made it. Lets a
 * policy trust, say, only loopback callers.
 */
export function clientAddress(request: Request): string | undefined {
  return clientAddresses.get(request);
}

/** True for 127.0.0.0/8 and ::1, also in their IPv4-mapped IPv6 form. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const a = address.startsWith('::ffff:') ? address.slice(7) : address;
  return a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

function headerOf(req: IncomingMessage, name: string): string | null {
  const v = req.headers[name];
  return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
}

function urlOf(req: IncomingMessage): string {
  const path = req.url ?? '/';
  try {
    return new URL(path, `http://${req.headers.host ?? 'localhost'}`).href;
  } catch {
    // A malformed Host header must not fail the request: the path is what matters.
    return new URL(path.startsWith('/') ? path : '/', 'http://localhost').href;
  }
}

function webHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  return headers;
}

/**
 * Reads a Node request body up to `limit` bytes. Past the limit it stops listening and pauses
 * the socket, so the rest is never read; `send` then closes the connection. A client that goes
 * away mid-body makes Node emit `error` (ECONNRESET), which rejects.
 */
function readNodeBody(req: IncomingMessage, limit: number): Promise<Uint8Array | typeof TOO_LARGE> {
  if (req.readableEnded) return Promise.resolve(new Uint8Array(0));
  return new Promise((resolve, reject) => {
    // Three listeners and no removal on the way out: this runs once per token, and the request
    // object (with its listeners) is dropped right after.
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.pause();
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
    req.on('error', reject);
  });
}

/** `RequestView` over a Node request; a class, so a request costs one object and no closures. */
class NodeRequestView implements RequestView {
  readonly method: string;
  constructor(private readonly req: IncomingMessage) {
    this.method = req.method ?? 'GET';
  }
  header(name: string): string | null {
    return headerOf(this.req, name);
  }
  readBody(limit: number): Promise<Uint8Array | typeof TOO_LARGE> {
    return readNodeBody(this.req, limit);
  }
  request(): Request {
    return webRequest(this.req, false);
  }
}

/**
 * The body as a Web stream with backpressure: the socket is paused whenever the stream's queue is
 * full and resumed when the consumer pulls, so a slow handler never buffers an upload in memory.
 */
function nodeBodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let finished = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        req.on('data', (chunk: Buffer) => {
          if (finished) return;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        });
        req.once('end', () => {
          if (finished) return;
          finished = true;
          controller.close();
        });
        req.once('error', (error) => {
          if (finished) return;
          finished = true;
          controller.error(error);
        });
        req.pause();
      },
      pull() {
        req.resume();
      },
      cancel() {
        // The handler wants no more: stop reading; the listener closes the connection.
        finished = true;
        req.pause();
      },
    },
    { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
  );
}

/** The request as a Web `Request`, with the client's address recorded for `clientAddress`. */
function webRequest(req: IncomingMessage, withBody: boolean): Request {
  const method = req.method ?? 'GET';
  const hasBody = withBody && method !== 'GET' && method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method, headers: webHeaders(req) };
  if (hasBody) {
    init.body = nodeBodyStream(req);
    init.duplex = 'half'; // required by undici for a streamed body
  }
  const request = new Request(urlOf(req), init);
  const address = req.socket.remoteAddress;
  if (address !== undefined) clientAddresses.set(request, address);
  return request;
}

function send(req: IncomingMessage, res: ServerResponse, answer: Answer): void {
  const headers: Record<string, string | number> = { ...answer.headers };
  // A body left unread (413, or an answer given before reading) is not drained: the connection
  // closes instead, so an oversized upload costs no more than `maxBodyBytes`.
  if (!req.complete) headers['connection'] = 'close';
  if (answer.body === null) {
    res.writeHead(answer.status, headers);
    res.end();
  } else {
    headers['content-length'] = Buffer.byteLength(answer.body);
    res.writeHead(answer.status, headers);
    res.end(answer.body);
  }
}

async function sendResponse(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  if (!req.complete) headers['connection'] = 'close';
  res.writeHead(response.status, response.statusText, headers);
  if (response.body === null) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) break; // the client went away
      // Backpressure: wait for the socket to drain (or close) before reading more of the answer.
      if (!res.write(value)) {
        await new Promise<void>((resolve) => {
          res.once('drain', resolve);
          res.once('close', resolve);
        });
      }
    }
  } finally {
    reader.releaseLock();
  }
  res.end();
}

const FAILED = JSON.stringify({ errors: [{ property: '', reason: 'The token service failed. Try again in a moment.' }] });

/**
 * Adapts a Web handler to `node:http` (and Express or connect, where it answers every request it
 * is mounted for). Never throws: a failure becomes a 500 without details. Mount it before any body
 * parser (such as `express.json()`), which would consume the body first.
 */
export function toNodeListener(handler: TokenHandler): NodeListener {
  const core = (handler as { [TOKEN_CORE]?: TokenCore })[TOKEN_CORE];
  return async (req, res) => {
    try {
      if (core !== undefined) {
        send(req, res, await core(new NodeRequestView(req)));
      } else {
        await sendResponse(req, res, await handler(webRequest(req, true)));
      }
    } catch {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json', 'cache-control': 'no-store', connection: 'close' });
        res.end(FAILED);
      } else {
        res.destroy();
      }
    }
  };
}

/** Options of `createTokenServer`. */
export interface TokenServerOptions extends TokenHandlerOptions {
  /** Paths that answer token requests; default `/` (as Zoom's sample) and `/api/token`. */
  paths?: readonly string[] | undefined;
  /**
   * Open connections served at once; default 4096. Past it a request gets `503` (with
   * `Retry-After: 1`) and its connection is closed; past twice as many, connections are refused.
   */
  maxConnections?: number | undefined;
  /** Milliseconds a client has to send the request headers; default 10 000. */
  headersTimeout?: number | undefined;
  /** Milliseconds a client has to send the whole request; default 15 000. */
  requestTimeout?: number | undefined;
}

/** Default `maxConnections` of `createTokenServer`. */
export const DEFAULT_MAX_CONNECTIONS = 4096;

const NOT_FOUND = JSON.stringify({ errors: [{ property: 'path', reason: 'Not found. Ask for tokens at / or /api/token.' }] });

/** The path of a request target: origin-form (`/api/token?x`) or absolute-form (`http://host/api/token`). */
function pathOf(target: string): string {
  if (target.startsWith('/')) {
    const q = target.indexOf('?');
    return q === -1 ? target : target.slice(0, q);
  }
  try {
    return new URL(target).pathname; // a proxy's absolute-form target (RFC 9112, 3.2.2)
  } catch {
    return '';
  }
}

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 1) {
    throw new RangeError(`zoom-session token server: ${name} must be a positive whole number; it is ${String(v)}.`);
  }
  return v;
}

/**
 * A `node:http` server answering token requests at `paths` and 404 elsewhere. Not listening yet:
 * call `listen`; stop it with `stopTokenServer`. Throws like `createTokenHandler` when the key or
 * secret is missing, and on a limit that is not a positive whole number.
 */
export function createTokenServer(options: TokenServerOptions = {}): Server {
  const paths = new Set(options.paths ?? ['/', '/api/token']);
  const maxConnections = positiveInteger('maxConnections', options.maxConnections, DEFAULT_MAX_CONNECTIONS);
  // A token request is a few hundred bytes: a client that takes longer than this to send one is
  // holding a connection open, not asking for a token (Node's defaults are 60 s and 300 s).
  const headersTimeout = positiveInteger('headersTimeout', options.headersTimeout, 10_000);
  const requestTimeout = positiveInteger('requestTimeout', options.requestTimeout, Math.max(15_000, headersTimeout));
  if (headersTimeout > requestTimeout) {
    throw new RangeError(`zoom-session token server: headersTimeout (${headersTimeout}) is above requestTimeout (${requestTimeout}).`);
  }
  const handler = createTokenHandler(options);
  const listener = toNodeListener(handler);
  const busy = handler[TOKEN_BUSY];
  /** Connections accepted past `maxConnections`: their requests get the busy answer. */
  const overflow = new WeakSet<Socket>();
  let open = 0;

  const server = createServer(
    {
      headersTimeout,
      requestTimeout,
      // Node checks both timeouts only every `connectionsCheckingInterval` (30 s by default), so
      // a slow client would be cut up to 30 s late: check often enough for them to mean what they say.
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(headersTimeout / 4))),
    },
    (req, res) => {
      // Once the server is closing (`stopTokenServer`), every answer closes its connection.
      if (!server.listening) res.setHeader('connection', 'close');
      if (!paths.has(pathOf(req.url ?? '/'))) {
        send(req, res, {
          status: 404,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
          body: NOT_FOUND,
        });
        return;
      }
      if (overflow.has(req.socket)) {
        res.setHeader('connection', 'close');
        // A preflight costs nothing, and answering it lets the browser read the 503 that follows.
        if (req.method !== 'OPTIONS') {
          send(req, res, busy(new NodeRequestView(req)));
          return;
        }
      }
      void listener(req, res);
    },
  );
  // Past twice the cap, connections are refused outright: no answer, but no file descriptor either.
  server.maxConnections = 2 * maxConnections;
  server.on('connection', (socket: Socket) => {
    open++;
    socket.once('close', () => open--);
    if (open > maxConnections) {
      overflow.add(socket);
      socket.setTimeout(Math.min(headersTimeout, 2000), () => socket.destroy());
    }
  });
  return server;
}

/** Default grace period of `stopTokenServer`, in milliseconds. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 5000;

/**
 * Stops a server cleanly: no new connections, idle ones closed at once, requests in flight
 * finished (each answer then closes its connection), and whatever is still open after `graceMs`
 * closed by force. Resolves when the server has closed.
 */
export function stopTokenServer(server: Server, graceMs: number = DEFAULT_SHUTDOWN_GRACE_MS): Promise<void> {
  return new Promise((resolve) => {
    // Node's `close` also stops the header and request timeouts: this bounds a slow client instead.
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    // A request in flight keeps its connection alive after its answer (Node then waits out the
    // keep-alive timeout): close each connection as soon as it is idle.
    const sweep = setInterval(() => server.closeIdleConnections(), 20);
    const done = () => {
      clearTimeout(force);
      clearInterval(sweep);
      resolve();
    };
    if (!server.listening) {
      server.closeAllConnections();
      done();
      return;
    }
    server.close(done);
    server.closeIdleConnections();
  });
}

/** Default port, as Zoom's sample. */
export const DEFAULT_PORT = 4000;

const NAME = 'zoom-session-token-server';

/**
 * The CLI: reads `ZOOM_VIDEO_SDK_KEY`, `ZOOM_VIDEO_SDK_SECRET`, `PORT` (default 4000), `HOST`
 * (default all interfaces), `ALLOWED_ORIGINS` (comma-separated), `MAX_CONNECTIONS` (default 4096)
 * and `SHUTDOWN_GRACE_SECONDS` (default 5) from the environment, serves participant tokens, logs
 * one JSON line per answer, and on SIGINT or SIGTERM stops as `stopTokenServer` does (a second
 * signal stops at once). On a configuration error it prints one line and sets exit code 1.
 */
export async function runCli(env: Record<string, string | undefined> = process.env): Promise<Server | undefined> {
  const fail = (message: string): undefined => {
    console.error(`${NAME}: ${message}`);
    process.exitCode = 1;
    return undefined;
  };
  const missing = ['ZOOM_VIDEO_SDK_KEY', 'ZOOM_VIDEO_SDK_SECRET'].filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    return fail(`set ${missing.join(' and ')} (your Video SDK credentials from the Zoom App Marketplace) in the environment.`);
  }
  const port = env['PORT']?.trim() ? Number(env['PORT']) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) return fail(`PORT must be a port number; it is ${JSON.stringify(env['PORT'])}.`);
  const whole = (name: string, fallback: number, min: number): number | undefined => {
    const text = env[name]?.trim();
    const v = text ? Number(text) : fallback;
    return Number.isInteger(v) && v >= min ? v : undefined;
  };
  const maxConnections = whole('MAX_CONNECTIONS', DEFAULT_MAX_CONNECTIONS, 1);
  if (maxConnections === undefined) return fail(`MAX_CONNECTIONS must be a positive whole number; it is ${JSON.stringify(env['MAX_CONNECTIONS'])}.`);
  const graceSeconds = whole('SHUTDOWN_GRACE_SECONDS', DEFAULT_SHUTDOWN_GRACE_MS / 1000, 0);
  if (graceSeconds === undefined) {
    return fail(`SHUTDOWN_GRACE_SECONDS must be a whole number of seconds; it is ${JSON.stringify(env['SHUTDOWN_GRACE_SECONDS'])}.`);
  }
  const allowedOrigins = (env['ALLOWED_ORIGINS'] ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');

  let server: Server;
  try {
    server = createTokenServer({
      sdkKey: env['ZOOM_VIDEO_SDK_KEY'],
      sdkSecret: env['ZOOM_VIDEO_SDK_SECRET'],
      allowedOrigins,
      maxConnections,
      log: (entry: TokenLogEntry) => process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`),
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message.replace(/^zoom-session token service: /, '') : 'invalid configuration.');
  }

  const host = env['HOST']?.trim() || undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    return fail(`cannot listen on ${host ?? ''}:${port}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
  const address = server.address();
  const where = typeof address === 'object' && address !== null ? `${host ?? 'all interfaces'} port ${address.port}` : String(address);
  console.log(
    `${NAME}: listening on ${where}; POST / or /api/token; participant tokens only; ` +
      `CORS for ${allowedOrigins.length > 0 ? allowedOrigins.join(', ') : 'no other origin'}.`,
  );
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second signal: stop now.
      server.closeAllConnections();
      return;
    }
    stopping = true;
    console.log(`${NAME}: ${signal}: finishing the requests in flight (at most ${graceSeconds} s), then stopping.`);
    void stopTokenServer(server, graceSeconds * 1000);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.once('close', () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  });
  return server;
}
