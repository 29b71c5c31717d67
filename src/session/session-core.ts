/**
 * The session engine's core: one state machine from "the user clicked Join" to "the call is over",
 * as a Lit ReactiveController, so the element only renders what it exposes. Framework-free
 * otherwise: any object with `addController`, `requestUpdate`, `dispatchEvent` and `isConnected`
 * can host it.
 *
 *   idle -> preparing -> joining -> joined <-> reconnecting -> leaving -> left
 *   (failed from any step; join again from idle, left or failed)
 *
 * The core keeps the state machine, single flight, join and leave, cancelling, timeouts, the
 * teardown and the event dispatch. Everything else is a feature slice (`./slices/`): roster, media,
 * video, share, chat, preview. The slices are plain classes this core owns, not ReactiveControllers
 * of the element, because
 * - their life is a session's, not the element's connection: they start with a join and end with
 *   its teardown, which the core runs in an order that matters (share views and videos detached,
 *   camera and microphone stopped, then the SDK left) and that a host's unordered
 *   `hostDisconnected` fan-out cannot express;
 * - a slice must not reach the element: it gets the core's `SliceCore` (state, `update`,
 *   `dispatch`, `report`), never the host;
 * - the element keeps one object with one API (`SessionController`, which adds to this core the
 *   getters and methods that hand over to the slices), whatever the slicing.
 * How to add a slice: docs/architecture.md.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { validateSessionInput } from '../token/rules.js';
import type { RoleType, TokenProvider } from '../token/types.js';
import { abortError, abortable, noop, quietly, withTimeout } from './async.js';
import { SessionError, sessionError, toSessionError, type ErrorContext } from './errors.js';
import { ZoomSessionErrorEvent, ZoomSessionJoinedEvent, ZoomSessionLeftEvent, ZoomSessionStateEvent, type LeaveReason } from './events.js';
import { FrameBatch, type FrameScheduler } from './frame.js';
import { JoinTokens } from './join-token.js';
import { createSlices, type SessionSlices } from './slices/index.js';
import type { Slice, SliceCore } from './slices/slice.js';
import type { JoinOptions, JoinStep, SessionState } from './types.js';
import { resolveAssets } from './assets.js';
import { ZoomClient } from './zoom-client.js';
import { loadZoomVideoSdk, type ClientLoader } from './zoom-sdk.js';

/** What can host the controller: a Lit element, or anything with the same few members. */
export type SessionHost = ReactiveControllerHost & EventTarget & { readonly isConnected: boolean };

export interface SessionControllerOptions {
  clientLoader?: ClientLoader;
  tokenProvider?: TokenProvider | undefined;
  assets?: string;
  lang?: string;
  /** Budget of loading the SDK module (`clientLoader`); default 30 000 ms. */
  loadTimeoutMs?: number;
  /** Budget of `init()` with its assets; default `joinTimeoutMs` when that is given, else 20 000 ms. */
  initTimeoutMs?: number;
  /** Budget of the SDK's `join()`; default 20 000 ms. */
  joinTimeoutMs?: number;
  /** When the slices' changes render: once per animation frame, or 100 ms without frames (`frame.ts`). */
  frame?: FrameScheduler;
}

/** How long a join may hear nothing from the SDK before it fails (the SDK itself waits 30 s). */
export const DEFAULT_JOIN_TIMEOUT_MS = 20_000;
/** How long the SDK module (about 290 KB gzipped) may take to arrive: a hung chunk must not leave `joining` forever. */
export const DEFAULT_LOAD_TIMEOUT_MS = 30_000;

const IN_SESSION: ReadonlySet<SessionState> = new Set(['joined', 'reconnecting']);
const UNDER_WAY: ReadonlySet<SessionState> = new Set(['preparing', 'joining', 'joined', 'reconnecting']);

export type { SessionSlices } from './slices/index.js';

/**
 * Owns one Zoom Video SDK session for its host. Every change updates the host and dispatches one of
 * the `zoom-session-*` events from it; failures become a `SessionError` (state plus event), never
 * an exception out of a method.
 */
export class SessionCore implements ReactiveController {
  /** Loads the SDK; replace it to inject a fake (tests) or an SDK served from elsewhere. */
  clientLoader: ClientLoader;
  /** Gets a token for a join; without one a join fails with `token-provider-missing`. */
  tokenProvider: TokenProvider | undefined;
  /** `Global` (default), `CDN`, `CN`, or the URL (absolute or relative to the page) of a self-hosted `dist/lib`. */
  assets: string;
  /** The SDK's language, e.g. `en-US`. */
  lang: string;
  /** Loading the SDK module takes at most this long, then the join fails (`sdk-load-timeout`). */
  loadTimeoutMs: number;
  /** `init()` with its assets takes at most this long (`assets-unreachable`). */
  initTimeoutMs: number;
  /** The SDK's `join()` hears nothing for at most this long (`join-timeout`); default 20 000 ms. */
  joinTimeoutMs: number;
  /** The feature slices, for diagnostics and tests; the element uses the getters and methods below. */
  readonly slices: SessionSlices;

  protected readonly host: SessionHost;
  /** The slices in setup order: listened to and reset in this order, released in reverse. */
  private readonly ordered: readonly Slice[];
  private _state: SessionState = 'idle';
  private _step: JoinStep | undefined;
  protected _error: SessionError | undefined;
  private _sessionName: string | undefined;
  private zoom: ZoomClient | undefined;
  private attempt: { abort: AbortController; promise: Promise<boolean> } | undefined;
  private leaving: Promise<void> | undefined;
  /** True from the SDK's join resolving until the SDK has been left. */
  private sdkJoined = false;
  /** An SDK join given up on (cancelled or timed out) that has not settled yet. */
  private abandonedJoin: Promise<void> | undefined;
  private offConnection: (() => void) | undefined;
  private readonly tokens = new JoinTokens();
  private readonly renders: FrameBatch; // the slices' renders, one per frame; the core's own at once

  constructor(host: SessionHost, options: SessionControllerOptions = {}) {
    this.host = host;
    this.clientLoader = options.clientLoader ?? loadZoomVideoSdk;
    this.tokenProvider = options.tokenProvider;
    this.assets = options.assets ?? 'Global';
    this.lang = options.lang ?? 'en-US';
    this.joinTimeoutMs = options.joinTimeoutMs ?? DEFAULT_JOIN_TIMEOUT_MS;
    this.initTimeoutMs = options.initTimeoutMs ?? this.joinTimeoutMs;
    this.loadTimeoutMs = options.loadTimeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS;
    this.renders = new FrameBatch(() => host.requestUpdate(), options.frame);
    ({ slices: this.slices, ordered: this.ordered } = createSlices(this.sliceCore()));
    host.addController(this);
  }

  /** Where the session stands. */
  get state(): SessionState {
    return this._state;
  }
  /** The step in progress while `preparing` or `joining`, for progress text; else undefined. */
  get step(): JoinStep | undefined {
    return this._step;
  }
  /**
   * The last failure: the reason of `failed`, or a problem that did not end the session (a camera
   * refused during a call or a preview). Cleared when a join starts.
   */
  get error(): SessionError | undefined {
    return this._error;
  }
  /** The session name of the current (or last) session. */
  get sessionName(): string | undefined {
    return this._sessionName;
  }
  /** True while joined or reconnecting. */
  get inSession(): boolean {
    return IN_SESSION.has(this._state);
  }

  /** Clears a problem that did not end the session once the participant has seen it (not a failure). */
  dismissError(): void {
    if (this._state === 'failed' || this._error === undefined) return;
    this._error = undefined;
    this.renders.now();
  }

  // ----- the element's connection ----------------------------------------------------------------

  /**
   * The host left the page: leave the session, stop every camera and microphone track and remove
   * every SDK listener. Deferred by a microtask so that moving the host in the page (disconnect
   * then connect in one go) does not end the call.
   */
  hostDisconnected(): void {
    queueMicrotask(() => {
      if (!this.host.isConnected) void this.dispose();
    });
  }

  /** Ends everything this controller started: session, join under way, preview, listeners. */
  async dispose(): Promise<void> {
    this.attempt?.abort.abort();
    const preview = this.slices.preview.stop();
    if (UNDER_WAY.has(this._state)) await this.leave('disconnected');
    else if (this.leaving) await this.leaving;
    else await this.teardown();
    await preview;
    this.renders.cancel(); // the host is gone: no render left waiting for a frame
  }

  // ----- join and leave --------------------------------------------------------------------------

  /**
   * Joins a session. Resolves `true` once joined, `false` when the join failed (see `error`) or was
   * cancelled; never rejects. While a join is under way, calling it again joins nothing more and
   * returns the same promise.
   */
  join(options: JoinOptions): Promise<boolean> {
    if (this.attempt) return this.attempt.promise;
    if (this.inSession) return Promise.resolve(true);
    const abort = new AbortController();
    let settle: (joined: boolean) => void = noop;
    const promise = new Promise<boolean>((resolve) => (settle = resolve));
    const attempt = { abort, promise };
    this.attempt = attempt;
    this.runJoin(options, abort.signal)
      .catch(() => false)
      .then((joined) => {
        if (this.attempt === attempt) this.attempt = undefined;
        settle(joined);
      });
    return promise;
  }

  /**
   * Leaves the session, or cancels a join under way (the token request is aborted, and the SDK is
   * left if it got in). Resolves when done; never rejects.
   */
  leave(reason?: LeaveReason): Promise<void> {
    if (this.leaving) {
      this.attempt?.abort.abort(); // a join asked for while leaving is cancelled too
      return this.leaving;
    }
    const state = this._state;
    if (!UNDER_WAY.has(state)) return Promise.resolve();
    const why = reason ?? (state === 'preparing' || state === 'joining' ? 'cancelled' : 'user');
    this.attempt?.abort.abort();
    const leaving = this.end(why).finally(() => {
      if (this.leaving === leaving) this.leaving = undefined;
    });
    this.leaving = leaving;
    return leaving;
  }

  /** Leaves: `leaving`, the teardown, `left` and the left event (a leave, the host ending the session). */
  private async end(reason: LeaveReason): Promise<void> {
    this.setState('leaving', undefined);
    await this.teardown();
    this.setState('left', undefined);
    this.dispatch(new ZoomSessionLeftEvent(reason));
  }

  private async runJoin(options: JoinOptions, signal: AbortSignal): Promise<boolean> {
    if (this.leaving) await this.leaving;
    if (signal.aborted) return false;
    this._error = undefined;
    this.setState('preparing', 'checking');
    let context: ErrorContext = { stage: 'input' };
    try {
      const problems = validateSessionInput(options);
      if (problems.length > 0) throw toSessionError(problems, context);
      const provider = this.tokenProvider;
      if (!provider) throw sessionError('token-provider-missing');

      context = { stage: 'token' };
      this.setStep('getting-token');
      const role: RoleType = options.role === 'host' ? 1 : 0;
      const token = await this.tokens.get(options, role, provider, signal);

      context = { stage: 'load' };
      this.setState('joining', 'loading');
      const zoom = this.client();
      // Each step has its own budget, and its timeout names it (`ErrorContext.timedOut`).
      const loadTimeout = () => sessionError('sdk-load-timeout', { ...context, timeoutMs: this.loadTimeoutMs, timedOut: 'load' });
      await abortable(withTimeout(zoom.loadClient(), this.loadTimeoutMs, loadTimeout), signal);
      zoom.acquire();
      const assets = resolveAssets(this.assets);
      context = { stage: 'init', assets };
      const initTimeout = () => sessionError('assets-unreachable', { ...context, timeoutMs: this.initTimeoutMs, timedOut: 'init' });
      await abortable(withTimeout(zoom.init(this.lang, assets), this.initTimeoutMs, initTimeout), signal);

      context = { stage: 'join', timeoutMs: this.joinTimeoutMs };
      const joinTimeout = () => sessionError('join-timeout', { ...context, timedOut: 'join' });
      this.setStep('connecting');
      await this.slices.preview.stop(); // the camera and microphone go to the session
      if (this.abandonedJoin) {
        // A join given up on earlier may still get in (and would then be left): wait for it.
        await abortable(withTimeout(this.abandonedJoin, this.joinTimeoutMs, joinTimeout), signal);
      }
      zoom.acquire();
      this.listen(zoom);
      const sdkJoin = zoom.join(options.sessionName, token, options.userName.trim(), options.passcode ?? '');
      let sdkSettled = false;
      try {
        const settled = sdkJoin.finally(() => (sdkSettled = true));
        await abortable(withTimeout(settled, this.joinTimeoutMs, joinTimeout), signal);
        if (signal.aborted) throw abortError();
      } catch (error) {
        // Cancelled or timed out: the SDK's join may still get in, and must then be left.
        if (!sdkSettled || signal.aborted) this.abandon(zoom, sdkJoin);
        throw error;
      }
      this.sdkJoined = true;
      this._sessionName = options.sessionName;
      for (const slice of this.ordered) slice.joined(zoom);

      if (signal.aborted) return false;
      this.setStep('starting-audio');
      await this.slices.media.startAudio(options.startMuted);
      if (!options.startVideoOff) {
        if (signal.aborted) return false;
        this.setStep('starting-video');
        await this.slices.media.startVideo();
      }
      if (signal.aborted) return false;
      this.setState('joined', undefined);
      this.dispatch(new ZoomSessionJoinedEvent(options.sessionName, this.slices.roster.self?.userId));
      return true;
    } catch (error) {
      if (signal.aborted) return false;
      const failure = toSessionError(error, context);
      if (failure.source === 'token') this.tokens.forget();
      await this.teardown();
      if (signal.aborted) return false;
      this.fail(failure);
      return false;
    }
  }

  /**
   * An SDK join was given up on (cancelled or timed out) but may still get in: if it does, leave
   * right away. The client is held until it settles, so no other join can overlap with it.
   */
  private abandon(zoom: ZoomClient, sdkJoin: Promise<void>): void {
    const settled: Promise<void> = sdkJoin
      .then(() => quietly(() => zoom.leave()), noop)
      .then(() => {
        if (this.abandonedJoin === settled) this.abandonedJoin = undefined;
        if (!this.attempt && !this.inSession) zoom.release();
      });
    this.abandonedJoin = settled;
  }

  /**
   * Undoes what a session or a join set up: every slice's listeners removed, what shows taken away,
   * the SDK steps of the slices run (in reverse order: share views and videos detached, camera and
   * microphone stopped), the SDK left, the client released for other elements, the slices reset.
   * Safe to call twice.
   */
  private async teardown(): Promise<void> {
    const zoom = this.zoom;
    const wasJoined = this.sdkJoined;
    this.sdkJoined = false;
    this.offConnection?.();
    this.offConnection = undefined;
    for (const slice of this.ordered) slice.unlisten();
    const steps = [...this.ordered].reverse().flatMap((slice) => slice.release());
    if (zoom && wasJoined) {
      for (const step of steps) await quietly(() => step(zoom));
      await quietly(() => zoom.leave());
    }
    if (zoom && !this.abandonedJoin) zoom.release();
    for (const slice of this.ordered) slice.reset();
  }

  /** The adapter for the current loader (a new one when the loader changed between sessions). */
  protected client(): ZoomClient {
    if (!this.zoom || this.zoom.loader !== this.clientLoader) {
      if (this.zoom && (this.zoom.holdsClient || this.sdkJoined)) return this.zoom;
      this.zoom = new ZoomClient(this.clientLoader);
    }
    return this.zoom;
  }

  // ----- SDK events: the connection is the core's, the rest the slices' --------------------------

  private listen(zoom: ZoomClient): void {
    this.offConnection?.();
    this.offConnection = zoom.on('connection-change', this.onConnectionChange);
    for (const slice of this.ordered) slice.listen(zoom);
  }

  private readonly onConnectionChange = (payload: { state: unknown; reason?: unknown; errorCode?: unknown }) => {
    const change = String(payload.state);
    const reason = typeof payload.reason === 'string' ? payload.reason : '';
    if (change === 'Reconnecting') {
      if (this._state === 'joined') this.setState('reconnecting', undefined);
    } else if (change === 'Connected') {
      if (this._state === 'reconnecting') {
        this.setState('joined', undefined);
        this.slices.roster.refresh();
      }
    } else if (change === 'Closed') {
      if (!this.inSession || this.leaving) return;
      if (/ended by host/i.test(reason)) void this.end('ended-by-host');
      else if (/kicked|expel|removed/i.test(reason)) void this.end('removed-by-host');
      else void this.failSession(sessionError('connection-closed', { stage: 'connection' }, payload, reason));
    } else if (change === 'Fail') {
      if (!this.inSession) return;
      const lost =
        payload.errorCode === undefined || payload.errorCode === 200
          ? sessionError('connection-lost', { stage: 'connection' }, payload)
          : toSessionError(payload, { stage: 'connection' });
      void this.failSession(lost);
    }
  };

  private async failSession(error: SessionError): Promise<void> {
    if (this.leaving) return;
    await this.teardown();
    this.fail(error);
  }

  // ----- state and events ------------------------------------------------------------------------

  private setState(state: SessionState, step: JoinStep | undefined): void {
    if (state === this._state && step === this._step) return;
    this._state = state;
    this._step = step;
    this.renders.now();
    this.dispatch(new ZoomSessionStateEvent(state, step));
  }

  private setStep(step: JoinStep): void {
    this.setState(this._state, step);
  }

  private fail(error: SessionError): void {
    this._error = error;
    this.setState('failed', undefined);
    this.dispatch(new ZoomSessionErrorEvent(error));
  }

  /** A problem that does not end the session (or happens outside one). */
  private report(error: SessionError): void {
    this._error = error;
    this.renders.now();
    this.dispatch(new ZoomSessionErrorEvent(error));
  }

  private dispatch(event: Event): void {
    this.host.dispatchEvent(event);
  }

  /** What the slices may use of the core: its state, the SDK door, and the way up to the element. */
  private sliceCore(): SliceCore {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const core = this;
    return {
      get state() {
        return core._state;
      },
      get inSession() {
        return core.inSession;
      },
      get underWay() {
        return UNDER_WAY.has(core._state);
      },
      get joined() {
        return core.sdkJoined ? core.zoom : undefined;
      },
      client: () => this.client(),
      update: () => this.renders.request(),
      refresh: () => {
        this.slices.roster.refresh();
        this.renders.now(); // after this browser's own action (a toggle): shown at once
      },
      dispatch: (event) => this.dispatch(event),
      report: (error) => this.report(error),
      clearError: (prefix) => {
        if (this._error?.code.startsWith(prefix)) this._error = undefined;
      },
    };
  }
}
