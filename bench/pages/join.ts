/**
 * The join benchmark's page (bench/element.ts builds it with Vite and drives it). `<zoom-session>`
 * with the real SDK, loaded by a `clientLoader` that wraps `createClient()` so that `join` records
 * when it was called and goes no further (it rejects as an offline join does). The time from the
 * click on Join to that call is what a participant waits for before Zoom hears of them: checking
 * the fields, getting and checking a token, and the element's own steps.
 *
 * `?provider=signer` signs tokens in the page (`devSigner`); `?provider=remote` asks the token
 * endpoint that the benchmark's server mounts at /api/token (`remoteTokenProvider`).
 */
import '../../src/define.js';
import type { ClientLoader, ZoomVideoSdk } from '../../src/session/zoom-client.js';
import { devSigner } from '../../src/token/dev-signer.js';
import { remoteTokenProvider } from '../../src/token/remote-provider.js';
import type { TokenProvider } from '../../src/token/types.js';

export interface JoinSample {
  /** `performance.now()` when the click on Join reached the page. */
  click: number;
  /** `performance.now()` when the element called the SDK's `client.join`. */
  join: number;
  /** How long the token provider took, in milliseconds (signing, or the round trip to the endpoint). */
  token: number;
}

declare global {
  interface Window {
    joinBench: { provider: 'signer' | 'remote'; samples: JoinSample[] };
  }
}

const provider = new URLSearchParams(location.search).get('provider') === 'remote' ? 'remote' : 'signer';
const bench: Window['joinBench'] = { provider, samples: [] };
window.joinBench = bench;
let clickAt: number | undefined;
let tokenTime = 0;

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
          if (clickAt !== undefined) bench.samples.push({ click: clickAt, join: now, token: tokenTime });
          clickAt = undefined;
          return Promise.reject(STOPPED);
        }) as typeof client.join;
      }
      return client;
    };
    return wrapped;
  }));

const tokenProvider: TokenProvider =
  provider === 'remote'
    ? remoteTokenProvider({ url: '/api/token' })
    : devSigner({ sdkKey: 'bench-key', sdkSecret: 'bench-secret-not-real-0123456789abcdef' });

const element = document.querySelector('zoom-session')!;
element.clientLoader = loader;
element.tokenProvider = async (request, signal) => {
  const start = performance.now();
  try {
    return await tokenProvider(request, signal);
  } finally {
    tokenTime = performance.now() - start;
  }
};
