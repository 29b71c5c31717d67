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
import type { ClientLoader, ZoomVideoSdk } from '../../src/session/zoom-sdk.js';
import { devSigner } from '../../src/token/dev-signer.js';
import { endpointProvider } from '../../src/element/endpoint-provider.js';
import type { TokenProvider } from '../../src/token/types.js';
import { sampleLog, timingOf, watchJoinClicks, type TokenRequestTiming } from './samples.js';

declare global {
  interface Window {
    joinBench: {
      provider: 'signer' | 'remote';
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
const samples = sampleLog();
window.benchSamples = samples;
const bench: Window['joinBench'] = {
  provider,
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

// The SDK loads many files: room for all of them and every token request.
performance.setResourceTimingBufferSize(100_000);
const takeClick = watchJoinClicks();
let tokenStart = 0;
let tokenEnd = 0;

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
          const click = takeClick();
          if (click !== undefined) samples.add({ click, join: now, token: tokenEnd - tokenStart, tokenStart, tokenEnd });
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
