/**
 * The token endpoint service: a Web-standard `(request: Request) => Promise<Response>` handler that
 * speaks the contract of Zoom's auth endpoint sample (`POST {sessionName, role, ...}` ->
 * `200 {signature}` or `400 {errors: [{property, reason}]}`), secure by default.
 *
 * It runs wherever fetch handlers run (Node through `./node.ts`, Deno, Bun, workers): no Node APIs,
 * and `process.env` is only read when a `process` global exists. Field rules come from
 * `src/token` (the single source of truth), claims from `buildClaims`.
 */
import { buildClaims } from '../token/claims.js';
import { TOKEN_LIFETIME, checkUserKey } from '../token/rules.js';
import { TokenError, type EndpointFieldError, type RoleType, type TokenRequest } from '../token/types.js';
import { joseSigner, type SignerFactory } from './signer.js';

/** What a policy grants one caller. */
export interface TokenGrant {
  /**
   * The highest role the caller may have: 1 host, 0 participant. A caller granted 1 may still ask
   * for 0; a caller granted 0 who asks for 1 is refused (403).
   */
  role: RoleType;
  /** Becomes the token's `user_key` (at most 36 characters), whatever the body's `userIdentity` says. */
  userKey?: string | undefined;
}

/**
 * Decides, on the server, who gets a token and with which role. Return `null` to refuse (403).
 * It runs before the body is read, so it must read only the URL and headers (cookies, an
 * `Authorization` header), never `request.body`.
 */
export type TokenPolicy = (request: Request) => TokenGrant | null | Promise<TokenGrant | null>;

/** One line of the handler's log. Never holds the secret, a token or a stack trace. */
export interface TokenLogEntry {
  /** The HTTP status of the answer. */
  status: number;
  method: string;
  /** What happened, in words. */
  message: string;
  /** The role of a signed token. */
  role?: RoleType;
}

/** Options of `createTokenHandler`. */
export interface TokenHandlerOptions {
  /** The Video SDK key; default `ZOOM_VIDEO_SDK_KEY` from the environment. */
  sdkKey?: string | undefined;
  /** The Video SDK secret; default `ZOOM_VIDEO_SDK_SECRET` from the environment. */
  sdkSecret?: string | undefined;
  /**
   * Who gets a token, and with which role. Default: everyone, as a participant (role 0) only,
   * so nobody can mint a host token unless a policy says so.
   */
  authorize?: TokenPolicy | undefined;
  /**
   * Origins (`https://events.example.org`) whose pages may call the endpoint from another origin.
   * Others get no CORS headers, and their preflights a 403. Default: none (same origin only).
   */
  allowedOrigins?: readonly string[] | undefined;
  /** Largest body read, in bytes; default 8192. Larger bodies get 413 and are not read further. */
  maxBodyBytes?: number | undefined;
  /** Shortest token lifetime handed out, in seconds (at least 1800); shorter requests get this. */
  minLifetimeSeconds?: number | undefined;
  /** Longest token lifetime handed out, in seconds (at most 172800); longer requests get this. */
  maxLifetimeSeconds?: number | undefined;
  /** Lifetime when the request names none; default 7200, kept within the bounds above. */
  defaultLifetimeSeconds?: number | undefined;
  /** Receives one entry per answer. */
  log?: ((entry: TokenLogEntry) => void) | undefined;
}

/** A Web-standard request handler. */
export type TokenHandler = (request: Request) => Promise<Response>;

/** Default `maxBodyBytes`: the sample's body is a few hundred bytes. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024;

/** Methods the endpoint answers, for `Allow` and `Access-Control-Allow-Methods`. */
const ALLOWED_METHODS = 'POST, OPTIONS';

/** How long browsers may cache a successful preflight (seconds). */
const PREFLIGHT_MAX_AGE = '600';

/**
 * What the core needs from an HTTP request. `createTokenHandler` fills it from a `Request`; the
 * Node adapter fills it straight from `IncomingMessage`, because building a `Request` and reading
 * a `Response` back costs more than signing the token (measured: about 40% of the throughput of a
 * bare `node:http` server instead of 85% or more).
 * @internal
 */
export interface RequestView {
  readonly method: string;
  /** A header's value, name in lower case; `null` when absent. */
  header(name: string): string | null;
  /**
   * The body, read up to `limit` bytes. `TOO_LARGE` as soon as it passes the limit, after which
   * the rest is never read.
   */
  readBody(limit: number): Promise<Uint8Array | typeof TOO_LARGE>;
  /** The request as a Web `Request`, for the policy; built only when a policy asks for it. */
  request(): Request;
}

/** An answer before it becomes a `Response` (or a Node response). @internal */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

/** `RequestView.readBody`'s result for a body past the limit. @internal */
export const TOO_LARGE: unique symbol = Symbol('too large');

/** Where `createTokenHandler` keeps the core on the handler, for the Node adapter. @internal */
export const TOKEN_CORE: unique symbol = Symbol.for('zoom-session-element.token-core');

/** @internal */
export type TokenCore = (view: RequestView) => Promise<Answer>;

/** Where `createTokenHandler` keeps its "too busy" answer, for the Node adapter's connection cap. @internal */
export const TOKEN_BUSY: unique symbol = Symbol.for('zoom-session-element.token-busy');

/** A handler made by `createTokenHandler`. */
export type CoreTokenHandler = TokenHandler & {
  readonly [TOKEN_CORE]: TokenCore;
  /** The `503` (with this handler's CORS headers) for a request the server has no room for. @internal */
  readonly [TOKEN_BUSY]: (view: RequestView) => Answer;
};


const PARTICIPANT: TokenGrant = Object.freeze({ role: 0 });

/** The default policy: everyone is a participant, nobody a host. */
export const participantsOnly: TokenPolicy = () => PARTICIPANT;

const INTEGER_TEXT = /^\s*[+-]?\d{1,15}\s*$/;
const HEADER_LIST = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+(?:\s*,\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+)*$/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function env(name: string): string | undefined {
  // Deno, Bun and workers may have no `process`; reading it blindly would throw there.
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return proc?.env?.[name];
}

function requireCredential(value: string | undefined, option: string, variable: string): string {
  if (value === undefined || value.trim() === '') {
    throw new Error(`zoom-session token service: no Video SDK ${option === 'sdkKey' ? 'key' : 'secret'}. Pass ${option} or set ${variable}.`);
  }
  if (value !== value.trim()) {
    // A trailing newline from an env file would sign tokens Zoom refuses, with an opaque error.
    throw new Error(`zoom-session token service: the ${option} (${variable}) has leading or trailing whitespace; remove it.`);
  }
  return value;
}

function lifetimeOption(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < TOKEN_LIFETIME.min || v > TOKEN_LIFETIME.max) {
    throw new RangeError(
      `zoom-session token service: ${name} must be a whole number of seconds from ${TOKEN_LIFETIME.min} to ${TOKEN_LIFETIME.max}; it is ${String(v)}.`,
    );
  }
  return v;
}

function normaliseOrigin(origin: string): string {
  let url: URL | undefined;
  try {
    url = new URL(origin);
  } catch {
    url = undefined;
  }
  if (url === undefined || url.origin === 'null' || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new TypeError(
      `zoom-session token service: allowedOrigins holds ${JSON.stringify(origin)}, which is not an origin like https://events.example.org.`,
    );
  }
  return url.origin;
}

/** True for `application/json` with parameters, in any case, and for `+json` types. */
function isJsonType(type: string | null): boolean {
  if (type === null) return false;
  const mediaType = type.split(';', 1)[0]!.trim().toLowerCase();
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `null` counts as absent, as in the sample. */
const given = (v: unknown): unknown => (v === null ? undefined : v);

/** A numeric string ("1", " 3600 ") becomes a number, as the sample accepts; anything else stays. */
const numeric = (v: unknown): unknown => (typeof v === 'string' && INTEGER_TEXT.test(v) ? Number(v) : given(v));

/**
 * Picks the sample's fields from a parsed body, leaving anything unexpected for the shared rules
 * to judge (which is why the result is only nominally a `TokenRequest`). One object literal with
 * every field, so every request has the same shape (fast property access in the rules).
 */
function readTokenRequest(body: Record<string, unknown>): TokenRequest {
  return {
    sessionName: body['sessionName'],
    role: numeric(body['role']),
    expirationSeconds: numeric(body['expirationSeconds']),
    userIdentity: given(body['userIdentity']),
    sessionKey: given(body['sessionKey']),
    geoRegions: given(body['geoRegions']),
    cloudRecordingOption: numeric(body['cloudRecordingOption']),
    cloudRecordingElection: numeric(body['cloudRecordingElection']),
    cloudRecordingTranscriptOption: numeric(body['cloudRecordingTranscriptOption']),
    videoWebRtcMode: numeric(body['videoWebRtcMode']),
    audioWebRtcMode: numeric(body['audioWebRtcMode']),
    telemetryTrackingId: given(body['telemetryTrackingId']),
  } as TokenRequest;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}

/** Reads a Web body incrementally, cancelling the stream as soon as it passes `limit`. */
async function readWebBody(request: Request, limit: number): Promise<Uint8Array | typeof TOO_LARGE> {
  const stream = request.body;
  if (stream === null) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: a source's cancel may wait on the network, and the answer need not.
      reader.cancel().catch(() => {});
      return TOO_LARGE;
    }
    chunks.push(value);
  }
  return concat(chunks, size);
}

function viewOf(request: Request): RequestView {
  return {
    method: request.method,
    header: (name) => request.headers.get(name),
    readBody: (limit) => readWebBody(request, limit),
    request: () => request,
  };
}

function toResponse(answer: Answer): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/**
 * Creates the token endpoint handler. Throws at once, with a message that says what to set, when
 * the key or secret is missing or an option is out of range, rather than signing tokens Zoom
 * would refuse.
 *
 * Answers: `200 {"signature"}`; `400 {"errors": [{property, reason}]}` with the shared rules'
 * reasons; `403` when the policy refuses the caller or the role asked for; `405` for methods other
 * than POST and OPTIONS; `413` past `maxBodyBytes`; `415` for a body not sent as JSON (another
 * `Content-Type`); `400` for a JSON body that does not parse; `204` for an allowed preflight.
 * Every answer has `Cache-Control: no-store`.
 *
 * It signs with jose (Web Crypto), which every runtime has; on Node, the `createTokenHandler` of
 * `zoom-session-element/server/node` is the same handler signing with `node:crypto`, for less CPU.
 */
export function createTokenHandler(options: TokenHandlerOptions = {}): CoreTokenHandler {
  return makeTokenHandler(options, joseSigner);
}

/** `createTokenHandler` with the signer given: each runtime's adapter picks its fastest. @internal */
export function makeTokenHandler(options: TokenHandlerOptions, signer: SignerFactory): CoreTokenHandler {
  const sdkKey = requireCredential(options.sdkKey ?? env('ZOOM_VIDEO_SDK_KEY'), 'sdkKey', 'ZOOM_VIDEO_SDK_KEY');
  const sdkSecret = requireCredential(
    options.sdkSecret ?? env('ZOOM_VIDEO_SDK_SECRET'),
    'sdkSecret',
    'ZOOM_VIDEO_SDK_SECRET',
  );
  const authorize = options.authorize ?? participantsOnly;
  const log = options.log;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new RangeError(`zoom-session token service: maxBodyBytes must be a positive whole number; it is ${String(maxBodyBytes)}.`);
  }
  const minLife = lifetimeOption('minLifetimeSeconds', options.minLifetimeSeconds, TOKEN_LIFETIME.min);
  const maxLife = lifetimeOption('maxLifetimeSeconds', options.maxLifetimeSeconds, TOKEN_LIFETIME.max);
  if (minLife > maxLife) {
    throw new RangeError(`zoom-session token service: minLifetimeSeconds (${minLife}) is above maxLifetimeSeconds (${maxLife}).`);
  }
  const defaultLife = lifetimeOption(
    'defaultLifetimeSeconds',
    options.defaultLifetimeSeconds,
    Math.min(Math.max(TOKEN_LIFETIME.default, minLife), maxLife),
  );
  if (defaultLife < minLife || defaultLife > maxLife) {
    throw new RangeError(
      `zoom-session token service: defaultLifetimeSeconds (${defaultLife}) is outside ${minLife}..${maxLife}.`,
    );
  }
  const origins = new Set((options.allowedOrigins ?? []).map(normaliseOrigin));
  const tooLarge: EndpointFieldError = { property: 'body', reason: `The request body is larger than ${maxBodyBytes} bytes.` };

  const sign = signer(sdkSecret);

  /** Keeps the secret out of log lines even when an error message quotes it. */
  const scrub = (text: string): string => text.split(sdkSecret).join('[secret]');

  const baseHeaders: Record<string, string> = {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  };
  // Answers differ by Origin only when some origin gets CORS headers.
  if (origins.size > 0) baseHeaders['vary'] = 'Origin';
  const headersFor = (origin: string | null): Record<string, string> =>
    origin !== null && origins.has(origin)
      ? { ...baseHeaders, 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' }
      : baseHeaders;

  const answer = (
    method: string,
    origin: string | null,
    status: number,
    errors: EndpointFieldError[],
    extra?: Record<string, string>,
  ): Answer => {
    if (log) log({ status, method, message: errors.map((e) => e.reason).join(' ') });
    const headers = headersFor(origin);
    return { status, headers: extra ? { ...headers, ...extra } : headers, body: JSON.stringify({ errors }) };
  };

  const preflight = (view: RequestView, origin: string | null): Answer => {
    if (origin === null || view.header('access-control-request-method') === null) {
      // A plain OPTIONS (not a browser's preflight) asks what the endpoint allows.
      if (log) log({ status: 204, method: 'OPTIONS', message: 'Options.' });
      return { status: 204, headers: { 'cache-control': 'no-store', allow: ALLOWED_METHODS }, body: null };
    }
    if (!origins.has(origin)) {
      return answer('OPTIONS', null, 403, [
        { property: 'origin', reason: `Pages on ${origin} may not get tokens from this token service.` },
      ]);
    }
    const asked = view.header('access-control-request-headers');
    if (log) log({ status: 204, method: 'OPTIONS', message: 'Preflight allowed.' });
    return {
      status: 204,
      headers: {
        'cache-control': 'no-store',
        vary: 'Origin',
        'access-control-allow-origin': origin,
        'access-control-allow-credentials': 'true',
        'access-control-allow-methods': ALLOWED_METHODS,
        // Echoed because the origin is trusted and its policy may need its own headers (a CSRF token).
        'access-control-allow-headers': asked !== null && asked.length <= 1000 && HEADER_LIST.test(asked) ? asked : 'Content-Type',
        'access-control-max-age': PREFLIGHT_MAX_AGE,
      },
      body: null,
    };
  };

  const core: TokenCore = async (view) => {
    const method = view.method;
    const origin = view.header('origin');
    try {
      if (method === 'OPTIONS') return preflight(view, origin);
      if (method !== 'POST') {
        return answer(method, origin, 405, [{ property: 'method', reason: `Use POST to get a token, not ${method}.` }], {
          allow: ALLOWED_METHODS,
        });
      }
      const type = view.header('content-type');
      if (type !== 'application/json' && !isJsonType(type)) {
        // Also what stops cross-site HTML forms: they cannot send application/json.
        return answer(method, origin, 415, [
          { property: 'body', reason: 'Send the token request as JSON (Content-Type: application/json).' },
        ]);
      }
      const declared = view.header('content-length');
      if (declared !== null && Number(declared) > maxBodyBytes) return answer(method, origin, 413, [tooLarge]);

      // The policy runs before the body is read: a refused caller costs no parsing. The default
      // policy needs no Request, so none is built for it (the Node adapter's hot path).
      const grant = authorize === participantsOnly ? PARTICIPANT : await authorize(view.request());
      if (grant === null || grant === undefined) {
        return answer(method, origin, 403, [
          { property: 'authorization', reason: 'You may not get a token for this session. Sign in, or ask the organisers for access.' },
        ]);
      }

      let bytes: Uint8Array | typeof TOO_LARGE;
      try {
        bytes = await view.readBody(maxBodyBytes);
      } catch {
        return answer(method, origin, 400, [{ property: 'body', reason: 'The request body could not be read.' }]);
      }
      if (bytes === TOO_LARGE) return answer(method, origin, 413, [tooLarge]);
      let body: unknown;
      try {
        body = JSON.parse(utf8.decode(bytes));
      } catch {
        // The media type is right, the syntax is not: 400, as Zoom's sample answers.
        return answer(method, origin, 400, [{ property: 'body', reason: 'The request body is not valid JSON.' }]);
      }
      if (!isRecord(body)) {
        return answer(method, origin, 400, [{ property: 'body', reason: 'The request body must be a JSON object.' }]);
      }

      const request = readTokenRequest(body);
      if (request.role === 1 && grant.role !== 1) {
        return answer(method, origin, 403, [
          { property: 'role', reason: 'You may not join this session as a host; ask for role 0 (participant).' },
        ]);
      }
      if (grant.userKey !== undefined) {
        if (typeof grant.userKey !== 'string' || checkUserKey(grant.userKey).length > 0) {
          // The policy's mistake, not the caller's: say nothing about it in the answer.
          if (log) log({ status: 500, method, message: 'The authorize policy returned a userKey that is not text of at most 36 characters.' });
          return { status: 500, headers: headersFor(origin), body: INTERNAL_ERROR };
        }
        request.userIdentity = grant.userKey;
      }
      const life = request.expirationSeconds;
      if (life === undefined) request.expirationSeconds = defaultLife;
      else if (Number.isInteger(life) && life >= TOKEN_LIFETIME.min && life <= TOKEN_LIFETIME.max) {
        // Within Zoom's range but outside this service's: the nearest bound, not a refusal.
        request.expirationSeconds = Math.min(Math.max(life, minLife), maxLife);
      }

      let claims;
      try {
        claims = buildClaims(request, sdkKey);
      } catch (error) {
        if (error instanceof TokenError && error.errors.length > 0) return answer(method, origin, 400, error.errors);
        throw error;
      }
      const token = await sign(claims);
      if (log) log({ status: 200, method, message: 'Token signed.', role: claims.role_type });
      // A JWT is base64url and dots: nothing to escape.
      return { status: 200, headers: headersFor(origin), body: `{"signature":"${token}"}` };
    } catch (error) {
      if (log) {
        const what = error instanceof Error ? `${error.name}: ${error.message}` : 'a non-Error value was thrown';
        log({ status: 500, method, message: scrub(`The token service failed: ${what}`) });
      }
      return { status: 500, headers: headersFor(origin), body: INTERNAL_ERROR };
    }
  };

  const busy = (view: RequestView): Answer => {
    const method = view.method;
    if (log) log({ status: 503, method, message: 'Too many connections: answered busy.' });
    return {
      status: 503,
      headers: { ...headersFor(view.header('origin')), 'retry-after': '1' },
      body: BUSY,
    };
  };

  const handler = (async (request: Request) => toResponse(await core(viewOf(request)))) as CoreTokenHandler;
  Object.defineProperty(handler, TOKEN_CORE, { value: core });
  Object.defineProperty(handler, TOKEN_BUSY, { value: busy });
  return handler;
}

const INTERNAL_ERROR = JSON.stringify({
  errors: [{ property: '', reason: 'The token service failed. Try again in a moment.' }],
});

const BUSY = JSON.stringify({
  errors: [{ property: '', reason: 'The token service is busy. Try again in a moment.' }],
});
