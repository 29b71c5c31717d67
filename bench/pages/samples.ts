/**
 * What the join benchmark (bench/element.ts) reads of its pages, the element's (join.ts) and the
 * bare one beside it (bare-join.ts): one sample per click, and the token requests as the network
 * saw them. Both pages set `window.benchSamples`.
 */

export interface JoinSample {
  /** `performance.now()` when the click on Join reached the page. */
  click: number;
  /** `performance.now()` when the element called the SDK's `client.join` (bare page: when it held the token). */
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

export interface SampleLog {
  samples: JoinSample[];
  add(sample: JoinSample): void;
  /** Settles once there are `count` samples (rejects after `timeoutMs`): the bench waits on this, not by polling the page. */
  whenSamples(count: number, timeoutMs: number): Promise<void>;
  /** The token requests as the network saw them (Resource Timing). */
  tokenRequests(): TokenRequestTiming[];
}

declare global {
  interface Window {
    benchSamples: SampleLog;
  }
}

export function sampleLog(): SampleLog {
  let sampled = () => {};
  return {
    samples: [],
    add(sample) {
      this.samples.push(sample);
      sampled();
    },
    async whenSamples(count, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      while (this.samples.length < count) {
        const left = deadline - performance.now();
        if (left <= 0) throw new Error(`no sample within ${timeoutMs} ms`);
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
  };
}

export function timingOf(e: PerformanceResourceTiming): TokenRequestTiming {
  return { start: e.startTime, sent: e.requestStart, firstByte: e.responseStart, end: e.responseEnd, newConnection: e.connectEnd > e.connectStart };
}

/**
 * Watches for clicks on `#join-button` as the first listener to see them (on the window,
 * capturing); the function returned gives the last one's `performance.now()` and forgets it.
 */
export function watchJoinClicks(): () => number | undefined {
  let clickAt: number | undefined;
  window.addEventListener(
    'click',
    (event) => {
      if (event.composedPath().some((node) => node instanceof Element && node.id === 'join-button')) clickAt = performance.now();
    },
    { capture: true },
  );
  return () => {
    const at = clickAt;
    clickAt = undefined;
    return at;
  };
}
