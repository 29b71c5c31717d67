import { TokenError, type EndpointFieldError, type TokenProvider, type TokenRequest } from './types.js';

export interface RemoteTokenProviderOptions {
  /** The token endpoint, absolute or relative to the page. */
  url: string | URL;
  /**
   * Extra request headers (a CSRF token, say). A function is called for every request, so a value
   * read from the page at join time is always current.
   */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Whether cookies go with the request; default `'same-origin'`. */
  credentials?: RequestCredentials;
  /** Give up after this many milliseconds; default 10 000. */
  timeoutMs?: number;
}

/** Default time to wait for a token endpoint. */
export const DEFAULT_TOKEN_TIMEOUT_MS = 10_000;

function resolveUrl(url: string | URL): string {
  const base = (globalThis as { document?: { baseURI: string } }).document?.baseURI;
  return base ? new URL(url, base).href : new URL(url).href;
}

function readErrors(body: unknown): EndpointFieldError[] {
  if (typeof body !== 'object' || body === null) return [];
  const { errors } = body as { errors?: unknown };
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
    .map((e) => ({ property: String(e['property'] ?? ''), reason: String(e['reason'] ?? e['message'] ?? '') }))
    .filter((e) => e.reason !== '');
}

function readMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { error, message } = body as { error?: unknown; message?: unknown };
  const text = typeof error === 'string' ? error : typeof message === 'string' ? message : undefined;
  return text?.slice(0, 300);
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}

/** A complete JSON object: a longer body can only add whitespace to it, or make it invalid. */
function isJsonObject(text: string): boolean {
  if (!text.trimEnd().endsWith('}')) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The answer's text, as soon as it holds a whole JSON object. `response.text()` settles only once
 * the browser has seen the end of the body, which Chromium reports in later tasks than the bytes
 * themselves (the loader's completion message, then the body stream closing): on a busy page that
 * added several milliseconds to every join. The rest of the body is still read, in the background,
 * so the connection ends as it would have.
 */
async function readAnswer(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
    if (isJsonObject(text)) {
      const drain = (): void => void reader.read().then(({ done }) => done || drain(), () => undefined);
      drain();
      return text;
    }
  }
}

/**
 * A token provider that POSTs the request, as the JSON body of Zoom's auth endpoint sample, to a
 * token endpoint and reads `{signature}` from its answer. Any endpoint compatible with that sample
 * works unchanged. Every failure becomes a `TokenError` with a clear message.
 */
export function remoteTokenProvider(options: RemoteTokenProviderOptions): TokenProvider {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TOKEN_TIMEOUT_MS;
  const credentials = options.credentials ?? 'same-origin';

  return async (request: TokenRequest, signal: AbortSignal): Promise<string> => {
    const url = resolveUrl(options.url);
    if (signal.aborted) throw new TokenError('token-aborted', 'Getting a token was cancelled.');

    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const combined = AbortSignal.any([signal, timeout.signal]);
    const failure = (cause: unknown): TokenError => {
      if (signal.aborted) return new TokenError('token-aborted', 'Getting a token was cancelled.', { cause });
      if (timeout.signal.aborted) {
        return new TokenError(
          'token-endpoint-timeout',
          `The token service did not answer within ${Math.round(timeoutMs / 1000)} seconds. Try again in a moment.`,
          { retryable: true, cause },
        );
      }
      return new TokenError(
        'token-endpoint-unreachable',
        `Could not reach the token service at ${url}. Check your connection and try again; if it keeps failing, the page's token service may be down.`,
        { retryable: true, cause },
      );
    };

    try {
      // Awaited only when it is a promise: an await lets every microtask already queued run first,
      // and when a join asks for its token that is the element's render of its joining view, which
      // the request would otherwise wait for.
      const given = typeof options.headers === 'function' ? options.headers() : options.headers;
      const headers = new Headers(isPromiseLike(given) ? await given : given);
      headers.set('Content-Type', 'application/json');
      headers.set('Accept', 'application/json');

      let response: Response;
      let text: string;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers,
          body: JSON.stringify(request),
          credentials,
          signal: combined,
          cache: 'no-store',
        });
        text = await readAnswer(response);
      } catch (cause) {
        throw failure(cause);
      }

      let body: unknown;
      let isJson = true;
      try {
        body = JSON.parse(text);
      } catch {
        isJson = false;
      }

      if (!response.ok) {
        const errors = readErrors(body);
        const detail = errors.length > 0 ? errors.map((e) => e.reason).join(' ') : readMessage(body);
        const status = response.status;
        if (status >= 500) {
          throw new TokenError(
            'token-endpoint-error',
            `The token service failed (HTTP ${status})${detail ? `: ${detail}` : '.'} Try again in a moment.`,
            { retryable: true, status, errors },
          );
        }
        const what =
          status === 401 || status === 403
            ? 'refused to give you a token'
            : status === 404
              ? 'was not found at that address'
              : 'refused the request';
        throw new TokenError(
          'token-endpoint-refused',
          `The token service ${what} (HTTP ${status})${detail ? `: ${detail}` : '.'}`,
          { retryable: status === 408 || status === 429, status, errors },
        );
      }

      if (!isJson) {
        throw new TokenError(
          'token-endpoint-bad-response',
          `The token service at ${url} did not answer with JSON. Check that the token endpoint address is right.`,
          { status: response.status },
        );
      }
      const signature = (body as { signature?: unknown } | null)?.signature;
      if (typeof signature !== 'string' || signature === '') {
        throw new TokenError(
          'token-endpoint-bad-response',
          `The token service at ${url} answered without a "signature". It must answer {"signature": "<token>"}.`,
          { status: response.status },
        );
      }
      return signature;
    } catch (error) {
      if (error instanceof TokenError) throw error;
      throw failure(error);
    } finally {
      clearTimeout(timer);
    }
  };
}
