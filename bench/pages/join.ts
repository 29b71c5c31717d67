/**
 * The join benchmark's page (bench/element.ts builds it with Vite and drives it). `<zoom-session>`
 * with the real SDK, loaded by a `clientLoader` that wraps `createClient()` so that `join` records
 * when it was called and goes no further (it rejects as an offline join does). The time from the
 * click on Join to that call is what a participant waits for before Zoom hears of them: checking
 * the fields, getting and checking a token, and the element's own steps.
 *
 * `?provider=signer` signs tokens in the page (`devSigner`); `?provider=remote` asks the token
 * endpoint that the benchmark's server mounts at /api/token (the element's own provider for its
 * `token-endpoint` attribute, a `remoteTokenProvider`).
 */
import '../../src/define.js';
import type { ClientLoader, ZoomVideoSdk } from '../../src/session/zoom-client.js';
import { devSigner } from '../../src/token/dev-signer.js';
import { endpointProvider } from '../../src/element/endpoint-provider.js';
import type { TokenProvider } from '../../src/token/types.js';

export interface JoinSample {
  /** `performance.now()` when the click on Join reached the page. */
  click: number;
  /** `performance.now()` when the element called the SDK's `client.join`. */
  join: number;
  /** How long the token provider took, in milliseconds (signing, or the round trip to the endpoint). */
  token: number;
  /** `performance.now()` when the provider was called and when its promise settled. */
  tokenStart: number;
  tokenEnd: number;
}

/** One token request as the page's network stack saw it (Resource Timing), in `performance.now()` time. */
export interface TokenRequestTiming {
  /** `fetch` called. */
  start: number;
  /** The network service began sending the request (`requestStart`). */
  sent: number;
  /** The answer's first byte arrived (`responseStart`). */
  firstByte: number;
  /** The answer's last byte arrived (`responseEnd`). */
  end: number;
  /** Whether a connection was opened for it (no keep-alive reuse). */
  newConnection: boolean;
}

declare global {
  interface Window {
    joinBench: {
      provider: 'signer' | 'remote';
      samples: JoinSample[];
      /** Settles once there are `count` samples (rejects after `timeoutMs`): the bench waits on this, not by polling the page. */
      whenSamples(count: number, timeoutMs: number): Promise<void>;
      /** The token requests as the network saw them (Resource Timing). */
      tokenRequests(): TokenRequestTiming[];
      /**
       * `count` token requests like the provider's, from the page at rest (no join, nothing to
       * render), one at a time with a pause between them: the request's own time without the
       * element's work beside it.
       */
      restingRequests(count: number): Promise<TokenRequestTiming[]>;
    };
  }
}

const provider = new URLSearchParams(location.search).get('provider') === 'remote' ? 'remote' : 'signer';
let sampled = () => {};
const bench: Window['joinBench'] = {
  provider,
  samples: [],
  async whenSamples(count, timeoutMs) {
    const deadline = performance.now() + timeoutMs;
    while (this.samples.length < count) {
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`no client.join within ${timeoutMs} ms`);
      await new Promise<void>((done) => {
        const timer = setTimeout(done, left);
        sampled = () => {
          clearTimeout(timer);
          done();
        };
      });
    }
  },
  tokenRequests() {
    return performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname === '/api/token')
      .map((entry) => timingOf(entry as PerformanceResourceTiming));
  },
  async restingRequests(count) {
    const timings: TokenRequestTiming[] = [];
    for (let i = 0; i < count; i++) {
      await new Promise((done) => setTimeout(done, 100));
      const body = JSON.stringify({ sessionName: `bench-resting-${i}`, role: 0, videoWebRtcMode: 1, audioWebRtcMode: 1 });
      const url = new URL(`/api/token?resting=${i}`, location.href).href;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body,
        credentials: 'same-origin',
        cache: 'no-store',
      });
      await response.text();
      const entry = performance.getEntriesByName(url).at(-1);
      if (entry) timings.push(timingOf(entry as PerformanceResourceTiming));
    }
    return timings;
  },
};
window.joinBench = bench;

function timingOf(e: PerformanceResourceTiming): TokenRequestTiming {
  return { start: e.startTime, sent: e.requestStart, firstByte: e.responseStart, end: e.responseEnd, newConnection: e.connectEnd > e.connectStart };
}
// The SDK loads many files: room for all of them and every token request.
performance.setResourceTimingBufferSize(100_000);
let clickAt: number | undefined;
let tokenStart = 0;
let tokenEnd = 0;

// The first listener to see a click: on the window, capturing.
window.addEventListener(
  'click',
  (event) => {
    if (event.composedPath().some((node) => node instanceof Element && node.id === 'join-button')) clickAt = performance.now();
  },
  { capture: true },
);

/** A failure shaped as the SDK's own offline join failure, so the element takes its usual path. */
const STOPPED = { type: 'JOIN_MEETING_FAILED', errorCode: 200, reason: 'connection error' };

let sdk: Promise<ZoomVideoSdk> | undefined;
const loader: ClientLoader = () =>
  (sdk ??= import('@zoom/videosdk').then(({ default: real }) => {
    const createClient = real.createClient.bind(real);
    let patched = false;
    const wrapped: ZoomVideoSdk = Object.create(real);
    wrapped.createClient = () => {
      // The SDK hands out one client per page: patch it once, keep everything else real (init
      // included, so it is done once, as in a real page).
      const client = createClient();
      if (!patched) {
        patched = true;
        client.join = (() => {
          const now = performance.now();
          if (clickAt !== undefined) bench.samples.push({ click: clickAt, join: now, token: tokenEnd - tokenStart, tokenStart, tokenEnd });
          clickAt = undefined;
          sampled();
          return Promise.reject(STOPPED);
        }) as typeof client.join;
      }
      return client;
    };
    return wrapped;
  }));

const element = document.querySelector('zoom-session')!;
// The remote provider is the one the element makes for its `token-endpoint` attribute (a
// `remoteTokenProvider` whose headers are read at each request), wrapped below only to be timed.
const tokenProvider: TokenProvider =
  provider === 'remote'
    ? endpointProvider(element)!
    : devSigner({ sdkKey: 'bench-key', sdkSecret: 'bench-secret-not-real-0123456789abcdef' });

element.clientLoader = loader;
element.tokenProvider = async (request, signal) => {
  tokenStart = performance.now();
  performance.mark('bench:token-start');
  try {
    return await tokenProvider(request, signal);
  } finally {
    tokenEnd = performance.now();
    performance.mark('bench:token-end');
  }
};

if (new URLSearchParams(location.search).has('trace')) {
  // A mark for the trace (bench/trace.ts): when fetch's promise settles (the answer's headers are in).
  const fetchPlain = window.fetch.bind(window);
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    performance.mark('bench:fetch-call');
    const response = await fetchPlain(...args);
    performance.mark('bench:fetch-headers');
    return response;
  };
}
