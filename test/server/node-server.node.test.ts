/**
 * `createTokenServer` and `stopTokenServer` as a process would use them: malformed JSON, proxy
 * (absolute-form) targets, the slow-client timeouts, the connection cap and a clean stop with
 * requests in flight, over real loopback sockets.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createTokenServer, stopTokenServer, type TokenServerOptions } from '../../src/server/node.js';
import { SDK_KEY, SDK_SECRET, verify } from './helpers.js';

const BODY = '{"sessionName":"abc","role":0}';

async function start(options: TokenServerOptions = {}): Promise<{ server: Server; port: number }> {
  const server = createTokenServer({ sdkKey: SDK_KEY, sdkSecret: SDK_SECRET, ...options });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

/** A raw connection that collects everything the server sends until it closes. */
interface Raw {
  socket: Socket;
  /** All bytes received so far, as text. */
  received(): string;
  /** Resolves with everything received once the server closes the connection. */
  closed: Promise<string>;
}

async function open(port: number): Promise<Raw> {
  const socket = connect(port, '127.0.0.1');
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (d: string) => (text += d));
  socket.on('error', () => {}); // a forced close may reset the connection
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(text)));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return { socket, received: () => text, closed };
}

/** Waits until `check` holds, polling; the test's own timeout bounds the wait. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
}

function post(path: string, body = BODY, extra = ''): string {
  return (
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`
  );
}

/** A token request whose headers the server has taken in (it answered 100 Continue) and whose body is not sent. */
async function inFlight(port: number): Promise<Raw> {
  const raw = await open(port);
  raw.socket.write(post('/api/token', BODY, 'Expect: 100-continue\r\n').slice(0, -BODY.length));
  await until(() => raw.received().startsWith('HTTP/1.1 100 Continue'));
  return raw;
}

/** The status of the last answer in `text` (after any 100 Continue). */
const statusOf = (text: string): number => Number([...text.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].at(-1)?.[1] ?? 0);


describe('createTokenServer', () => {
  it('answers 400 for a JSON body that does not parse (415 is for another media type)', async () => {
    const { server, port } = await start();
    try {
      const base = `http://127.0.0.1:${port}/api/token`;
      const broken = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"sessionName":' });
      assert.equal(broken.status, 400);
      assert.deepEqual(await broken.json(), { errors: [{ property: 'body', reason: 'The request body is not valid JSON.' }] });
      const text = await fetch(base, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: BODY });
      assert.equal(text.status, 415);
    } finally {
      await stopTokenServer(server, 0);
    }
  });

  it('routes absolute-form targets (as a proxy sends them) by their path', async () => {
    const { server, port } = await start();
    try {
      const token = await open(port);
      token.socket.end(post('http://tokens.example.org/api/token?via=proxy'));
      const answer = await token.closed;
      assert.equal(statusOf(answer), 200, answer);
      const claims = await verify((JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { signature: string }).signature);
      assert.equal(claims['tpc'], 'abc');

      const elsewhere = await open(port);
      elsewhere.socket.end(post('http://tokens.example.org/elsewhere'));
      assert.equal(statusOf(await elsewhere.closed), 404);
    } finally {
      await stopTokenServer(server, 0);
    }
  });

  it('sets the slow-client timeouts, and checks them often enough to apply (not Node\'s 30 s)', async () => {
    const server = createTokenServer({ sdkKey: SDK_KEY, sdkSecret: SDK_SECRET });
    assert.equal(server.headersTimeout, 10_000);
    assert.equal(server.requestTimeout, 15_000);
    const interval = (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval;
    assert.ok(interval <= 1000, `connections are checked every ${interval} ms`);
  });

  it('cuts a client that is slow to send its headers with 408', { timeout: 10_000 }, async () => {
    const { server, port } = await start({ headersTimeout: 300, requestTimeout: 600 });
    try {
      const slow = await open(port);
      const since = performance.now();
      slow.socket.write('POST /api/token HTTP/1.1\r\nHost: 127.0.0.1\r\n'); // and never the end of the headers
      const answer = await slow.closed;
      assert.equal(statusOf(answer), 408, answer);
      assert.ok(performance.now() - since >= 250, 'not before the timeout');
    } finally {
      await stopTokenServer(server, 0);
    }
  });

  it('cuts a client that is slow to send its body', { timeout: 10_000 }, async () => {
    const { server, port } = await start({ headersTimeout: 300, requestTimeout: 600 });
    try {
      const slow = await open(port);
      const since = performance.now();
      slow.socket.write(post('/api/token').slice(0, -5)); // all but the last bytes of the body
      const answer = await slow.closed;
      // Node answers 408 unless the handler has started its answer (it has not: it waits for the body).
      assert.ok(answer === '' || statusOf(answer) === 408, answer);
      assert.ok(performance.now() - since >= 550, 'not before the timeout');
      // The server still serves.
      const ok = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY });
      assert.equal(ok.status, 200);
    } finally {
      await stopTokenServer(server, 0);
    }
  });

  it('answers 503 past maxConnections, with CORS for an allowed origin, and serves again below it', async () => {
    const origin = 'https://events.example.org';
    const { server, port } = await start({ maxConnections: 2, allowedOrigins: [origin] });
    let accepted = 0;
    server.on('connection', () => accepted++);
    try {
      const first = await open(port);
      const second = await open(port);
      await until(() => accepted === 2);
      const third = await open(port);
      third.socket.write(post('/api/token', BODY, `Origin: ${origin}\r\n`));
      const answer = await third.closed;
      assert.equal(statusOf(answer), 503, answer);
      assert.match(answer, /\r\nretry-after: 1\r\n/i);
      assert.match(answer, /\r\nconnection: close\r\n/i);
      assert.match(answer, new RegExp(`\\r\\naccess-control-allow-origin: ${origin}\\r\\n`, 'i'));
      assert.match(answer, /"The token service is busy\. Try again in a moment\."/);
      // A preflight past the cap is still answered (it costs nothing), so the browser can read the 503.
      const preflight = await open(port);
      preflight.socket.write(
        `OPTIONS /api/token HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${origin}\r\nAccess-Control-Request-Method: POST\r\n\r\n`,
      );
      const allowed = await preflight.closed;
      assert.equal(statusOf(allowed), 204, allowed);
      assert.match(allowed, /\r\nconnection: close\r\n/i);

      first.socket.destroy();
      await first.closed;
      await until(() => third.socket.destroyed);
      const again = await open(port);
      again.socket.end(post('/api/token'));
      assert.equal(statusOf(await again.closed), 200);
      second.socket.destroy();
    } finally {
      await stopTokenServer(server, 0);
    }
  });

  it('refuses a limit that is not a positive whole number', () => {
    for (const maxConnections of [0, -1, 1.5, Number.NaN]) {
      assert.throws(() => createTokenServer({ sdkKey: SDK_KEY, sdkSecret: SDK_SECRET, maxConnections }), /maxConnections/);
    }
    assert.throws(
      () => createTokenServer({ sdkKey: SDK_KEY, sdkSecret: SDK_SECRET, headersTimeout: 2000, requestTimeout: 1000 }),
      /headersTimeout \(2000\) is above requestTimeout \(1000\)/,
    );
  });
});

describe('stopTokenServer', () => {
  it('closes idle connections at once and finishes a request in flight, then closes', { timeout: 10_000 }, async () => {
    const { server, port } = await start();
    // An idle keep-alive connection: one answer given, nothing more asked.
    const idle = await open(port);
    idle.socket.write(post('/api/token'));
    await until(() => statusOf(idle.received()) === 200 && idle.received().includes('"signature"'));
    // A request in flight: headers sent and taken in (the server says 100 Continue), the body not yet.
    const busy = await inFlight(port);

    // A grace period far beyond the test's timeout: the stop must not wait for it.
    const stopped = stopTokenServer(server, 60_000);
    await idle.closed;
    assert.equal(server.listening, false);
    busy.socket.write(BODY);
    // Answered, then its connection closed (it is idle once answered).
    const answer = await busy.closed;
    assert.equal(statusOf(answer), 200, answer);
    await stopped;
  });

  it('closes what is still open once the grace period is over', { timeout: 10_000 }, async () => {
    const { server, port } = await start();
    const hung = await open(port);
    hung.socket.write(post('/api/token').slice(0, -5));
    await until(() => server.listening);
    const since = performance.now();
    await stopTokenServer(server, 200);
    await hung.closed;
    assert.ok(performance.now() - since >= 150, 'not before the grace period');
  });
});

describe('the CLI on SIGTERM', () => {
  it('stops within the grace period with a request in flight', { timeout: 30_000 }, async () => {
    const bin = fileURLToPath(new URL('../../bin/zoom-session-token-server.js', import.meta.url));
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !['ZOOM_VIDEO_SDK_KEY', 'ZOOM_VIDEO_SDK_SECRET', 'PORT', 'HOST'].includes(name)),
    );
    const child = spawn(process.execPath, [bin], {
      env: {
        ...inherited,
        ZOOM_VIDEO_SDK_KEY: SDK_KEY,
        ZOOM_VIDEO_SDK_SECRET: SDK_SECRET,
        PORT: '0',
        HOST: '127.0.0.1',
        SHUTDOWN_GRACE_SECONDS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      await until(() => /port (\d+)/.test(stdout) || child.exitCode !== null);
      const port = Number(/port (\d+)/.exec(stdout)?.[1]);
      assert.ok(port > 0, stdout);
      // Never finished: only the grace period ends it.
      const hung = await inFlight(port);
      const finishing = await inFlight(port);
      child.kill('SIGTERM');
      await until(() => stdout.includes('SIGTERM: finishing'));
      finishing.socket.write(BODY);
      assert.equal(statusOf(await finishing.closed), 200);
      assert.equal(await exited, 0);
      await hung.closed;
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
