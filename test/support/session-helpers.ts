/** Helpers for the session engine's browser tests: a host, tokens, a recording provider. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JoinOptions } from '../../src/session/types.js';
import type { TokenProvider, TokenRequest } from '../../src/token/types.js';

/** The smallest host a `SessionController` accepts: it counts updates and records events. */
export class TestHost extends EventTarget implements ReactiveControllerHost {
  isConnected = true;
  updates = 0;
  readonly controllers: ReactiveController[] = [];
  readonly events: Event[] = [];

  constructor() {
    super();
    for (const type of [
      'zoom-session-state',
      'zoom-session-joined',
      'zoom-session-left',
      'zoom-session-error',
      'zoom-session-participants',
      'zoom-session-share',
      'zoom-session-chat',
      'zoom-session-recording',
      'zoom-session-hand',
      'zoom-session-role',
      'zoom-session-settings',
    ]) {
      this.addEventListener(type, (event) => this.events.push(event));
    }
  }

  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }

  /** Events of one type, in order. */
  of<K extends keyof GlobalEventHandlersEventMap>(type: K): Array<GlobalEventHandlersEventMap[K]> {
    return this.events.filter((e) => e.type === type) as Array<GlobalEventHandlersEventMap[K]>;
  }

  /** Takes the host off the page, as Lit would tell its controllers, and lets the teardown start. */
  async remove(): Promise<void> {
    this.isConnected = false;
    for (const c of this.controllers) c.hostDisconnected?.();
    await Promise.resolve();
  }
}

const b64 = (value: unknown) =>
  btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/**
 * A Video SDK JWT for a request, as a token endpoint would sign it (the signature is not real: the
 * engine cannot check it, only Zoom can). `claims` overrides any claim.
 */
export function tokenFor(request: TokenRequest, claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    app_key: 'test-sdk-key',
    role_type: request.role,
    tpc: request.sessionName,
    version: 1,
    iat: now - 30,
    exp: now - 30 + 7200,
    video_webrtc_mode: request.videoWebRtcMode ?? 1,
    audio_webrtc_mode: request.audioWebRtcMode ?? 1,
    ...claims,
  };
  return `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}.c2lnbmF0dXJl`;
}

export interface RecordingProvider {
  provider: TokenProvider;
  requests: TokenRequest[];
  signals: AbortSignal[];
  tokens: string[];
}

/**
 * A token provider that records what it is asked. `claims` (or a function of the request) shapes
 * the token; `hang` makes it wait until its signal aborts (or forever with `ignoreAbort`); `error`
 * makes it fail.
 */
export function recordingProvider(
  options: {
    claims?: Record<string, unknown> | ((request: TokenRequest, n: number) => Record<string, unknown>);
    hang?: boolean;
    ignoreAbort?: boolean;
    error?: unknown;
    delayMs?: number;
  } = {},
): RecordingProvider {
  const record: RecordingProvider = { provider: undefined!, requests: [], signals: [], tokens: [] };
  record.provider = async (request, signal) => {
    record.requests.push(request);
    record.signals.push(signal);
    if (options.hang) {
      await new Promise<void>((_resolve, reject) => {
        if (!options.ignoreAbort) signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    if (options.error) throw options.error;
    const claims =
      typeof options.claims === 'function' ? options.claims(request, record.requests.length) : (options.claims ?? {});
    const token = tokenFor(request, claims);
    record.tokens.push(token);
    return token;
  };
  return record;
}

/** Join options with sensible defaults. */
export function joinOptions(change: Partial<JoinOptions> = {}): JoinOptions {
  return {
    sessionName: 'Plenary',
    userName: 'Ada',
    passcode: 'abc123',
    role: 'participant',
    videoMode: 'webrtc',
    audioMode: 'webrtc',
    startMuted: false,
    startVideoOff: false,
    ...change,
  };
}

/** Waits until `check()` is true (polling), or fails after `timeoutMs` (generous: a loaded machine is slow, a passing check returns at once). */
export async function until(check: () => boolean, what = 'condition', timeoutMs = 10_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The next event of a type on a target, typed from `GlobalEventHandlersEventMap`. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) =>
    target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true }),
  );
}

/** Lets pending promise callbacks and zero-delay timers run. */
export const settle = (ms = 0) => new Promise((r) => setTimeout(r, ms));


/**
 * Waits for the next animation frame: the slices' changes render then (`src/session/frame.ts`),
 * and a render asked for before this call has been asked of the host by the time it resolves.
 */
export const animationFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
