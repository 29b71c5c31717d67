/**
 * The session engine: one state machine from "the user clicked Join" to "the call is over", as a
 * Lit ReactiveController, so the element only renders what it exposes. Framework-free otherwise:
 * any object with `addController`, `requestUpdate`, `dispatchEvent` and `isConnected` can host it.
 *
 *   idle -> preparing -> joining -> joined <-> reconnecting -> leaving -> left
 *   (failed from any step; join again from idle, left or failed)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inspectToken } from '../token/inspect.js';
import { validateSessionInput } from '../token/rules.js';
import type { RoleType, TokenProvider, TokenRequest } from '../token/types.js';
import { SessionError, sessionError, toSessionError, type ErrorContext } from './errors.js';
import {
  ZoomSessionChatEvent,
  ZoomSessionErrorEvent,
  ZoomSessionJoinedEvent,
  ZoomSessionLeftEvent,
  ZoomSessionParticipantsEvent,
  ZoomSessionShareEvent,
  ZoomSessionStateEvent,
  type LeaveReason,
} from './events.js';
import {
  CHAT_HISTORY_LIMIT,
  CHAT_MAX_LENGTH,
  emptyPreview,
  type ChatInfo,
  type ChatMessage,
  type JoinOptions,
  type JoinStep,
  type MediaDeviceChoice,
  type ParticipantInfo,
  type PreviewInfo,
  type SessionState,
  type ShareInfo,
} from './types.js';
import {
  VIDEO_QUALITY_720P,
  ZoomClient,
  isRenderLimit,
  loadZoomVideoSdk,
  passiveStopReason,
  resolveAssets,
  type ActiveSharePayload,
  type ClientLoader,
  type LocalAudioTrack,
  type LocalVideoTrack,
  type Participant,
  type PassiveStopSharePayload,
  type PeerSharePayload,
  type SdkChatMessage,
  type ShareContentPayload,
  type VideoPlayer,
} from './zoom-client.js';

/** What can host the controller: a Lit element, or anything with the same few members. */
export type SessionHost = ReactiveControllerHost & EventTarget & { readonly isConnected: boolean };

export interface SessionControllerOptions {
  clientLoader?: ClientLoader;
  tokenProvider?: TokenProvider | undefined;
  assets?: string;
  lang?: string;
  joinTimeoutMs?: number;
}

/** How long a join may hear nothing from the SDK before it fails (the SDK itself waits 30 s). */
export const DEFAULT_JOIN_TIMEOUT_MS = 20_000;

/** A cached token is reused for a rejoin only while it stays valid this much longer. */
export const TOKEN_REUSE_MARGIN_SECONDS = 120;

/** How often the microphone level is read during the preview. */
const LEVEL_INTERVAL_MS = 100;

/** How long a teardown step (stop video, stop audio, leave) may take before it is given up. */
const TEARDOWN_STEP_MS = 3000;

const IN_SESSION: ReadonlySet<SessionState> = new Set(['joined', 'reconnecting']);
const UNDER_WAY: ReadonlySet<SessionState> = new Set(['preparing', 'joining', 'joined', 'reconnecting']);

const noop = () => {};

const NO_SHARE: ShareInfo = Object.freeze({ sharing: false, self: false });
const NO_CHAT: ChatInfo = Object.freeze({ messages: Object.freeze([]) as readonly ChatMessage[], unread: 0 });

function abortError(): DOMException {
  return new DOMException('The join was cancelled.', 'AbortError');
}

/** Settles with `promise`, or rejects with an AbortError as soon as `signal` aborts. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Settles with `promise`, or rejects with `onTimeout()` after `ms` milliseconds. */
function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => unknown): Promise<T> {
  if (!(ms > 0) || !Number.isFinite(ms)) return promise;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Runs a teardown step, ignoring its failure and giving up on it after a while. */
async function quietly(step: () => Promise<unknown>): Promise<void> {
  try {
    await withTimeout(step(), TEARDOWN_STEP_MS, () => new Error('timeout'));
  } catch {
    // Teardown goes on: the session is being left either way.
  }
}

/** Microphone RMS (0 to 1) on a decibel scale: -60 dBFS and below is 0, 0 dBFS is 1. */
export function micLevel(rms: number): number {
  if (!(rms > 0)) return 0;
  return Math.min(1, Math.max(0, (20 * Math.log10(rms) + 60) / 60));
}

/** A preview track and whether its start worked, so a stop never races a start. */
interface PreviewTrack<T extends { stop(): Promise<unknown> }> {
  track: T;
  started: Promise<boolean>;
}

async function release<T extends { stop(): Promise<unknown> }>(preview: PreviewTrack<T> | undefined): Promise<void> {
  if (preview && (await preview.started)) await quietly(() => preview.track.stop());
}


function sameParticipants(a: readonly ParticipantInfo[], b: readonly ParticipantInfo[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i]!;
      return (
        p.userId === q.userId &&
        p.name === q.name &&
        p.audioMuted === q.audioMuted &&
        p.videoOn === q.videoOn &&
        p.isHost === q.isHost &&
        p.isSelf === q.isSelf
      );
    })
  );
}

/**
 * Owns one Zoom Video SDK session for its host: join (checks, token, SDK load and init, join,
 * audio, video), participants and their videos, the preview before joining, leaving, and the
 * teardown when the host leaves the page. Every change updates the host and dispatches one of the
 * `zoom-session-*` events from it; failures become a `SessionError` (state plus event), never an
 * exception out of a method.
 */
export class SessionController implements ReactiveController {
  /** Loads the SDK; replace it to inject a fake (tests) or an SDK served from elsewhere. */
  clientLoader: ClientLoader;
  /** Gets a token for a join; without one a join fails with `token-provider-missing`. */
  tokenProvider: TokenProvider | undefined;
  /** `Global` (default), `CDN`, `CN`, or the URL (absolute or relative to the page) of a self-hosted `dist/lib`. */
  assets: string;
  /** The SDK's language, e.g. `en-US`. */
  lang: string;
  /** A join (or an SDK init) that hears nothing for this long fails; default 20 000 ms. */
  joinTimeoutMs: number;

  private readonly host: SessionHost;
  private _state: SessionState = 'idle';
  private _step: JoinStep | undefined;
  private _error: SessionError | undefined;
  private _participants: readonly ParticipantInfo[] = [];
  private _activeSpeakerId: number | undefined;
  private _audioOn = false;
  private _audioMuted = true;
  private _videoOn = false;
  private _preview: PreviewInfo = emptyPreview();
  private _sessionName: string | undefined;

  private zoom: ZoomClient | undefined;
  private attempt: { abort: AbortController; promise: Promise<boolean> } | undefined;
  private leaving: Promise<void> | undefined;
  /** True from the SDK's join resolving until the SDK has been left. */
  private sdkJoined = false;
  /** An SDK join given up on (cancelled or timed out) that has not settled yet. */
  private abandonedJoin: Promise<void> | undefined;
  private readonly toggling = new Map<'audio' | 'video' | 'share', Promise<void>>();
  private readonly players = new Map<number, VideoPlayer>();
  private readonly attaching = new Map<number, Promise<void>>();
  /** Videos whose attach failed: not tried again on every render (`limit`: past the render cap). */
  private readonly unrendered = new Map<number, 'limit' | 'failed'>();
  /** Video state from `peer-video-state-change`, ahead of the SDK's user list. */
  private readonly videoStates = new Map<number, boolean>();
  private token: { key: string; token: string; exp: number } | undefined;

  /** This browser shares its screen (from `startShareScreen` resolving until it stops). */
  private selfSharing = false;
  /** The user whose share this browser receives (`active-share-change`, `share-content-change`). */
  private activeShareId: number | undefined;
  /** Others who share now, in the order they started (`peer-share-state-change`). */
  private readonly sharers: number[] = [];
  /** Where the element wants the share shown (`attachShare`). */
  private shareContainer: HTMLElement | undefined;
  /** The `<video-player>` showing someone's share, and whose. */
  private shareView: { userId: number; player: VideoPlayer } | undefined;
  /** A share view that failed to attach: not tried again until the share changes. */
  private shareViewFailed: number | undefined;
  /** The canvas or video `startShareScreen` renders this browser's own share into. */
  private ownShareElement: HTMLCanvasElement | HTMLVideoElement | undefined;
  /** Share views are attached and detached one change at a time. */
  private shareWork: Promise<void> = Promise.resolve();
  /** What the last `zoom-session-share` event said, to fire one per change. */
  private shareKey = 'none';
  private _chat: ChatInfo = NO_CHAT;
  private localMessageIds = 0;

  private previewElement: HTMLVideoElement | undefined;
  private previewVideo: PreviewTrack<LocalVideoTrack> | undefined;
  private previewAudio: PreviewTrack<LocalAudioTrack> | undefined;
  private previewGeneration = 0;
  private levelTimer: ReturnType<typeof setInterval> | undefined;

  constructor(host: SessionHost, options: SessionControllerOptions = {}) {
    this.host = host;
    this.clientLoader = options.clientLoader ?? loadZoomVideoSdk;
    this.tokenProvider = options.tokenProvider;
    this.assets = options.assets ?? 'Global';
    this.lang = options.lang ?? 'en-US';
    this.joinTimeoutMs = options.joinTimeoutMs ?? DEFAULT_JOIN_TIMEOUT_MS;
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

  /** The people in the session, this browser's participant first. Empty when not in a session. */
  get participants(): readonly ParticipantInfo[] {
    return this._participants;
  }

  /** This browser's participant while in a session. */
  get self(): ParticipantInfo | undefined {
    return this._participants.find((p) => p.isSelf);
  }

  /** Who speaks now, as the SDK says (`active-speaker`). */
  get activeSpeakerId(): number | undefined {
    return this._activeSpeakerId;
  }

  /** The session name of the current (or last) session. */
  get sessionName(): string | undefined {
    return this._sessionName;
  }

  /** True when this browser's audio is connected to the session. */
  get audioOn(): boolean {
    return this._audioOn;
  }

  /** True when this browser is muted (or its audio is not connected). */
  get audioMuted(): boolean {
    return !this._audioOn || this._audioMuted;
  }

  /** True when this browser sends video. */
  get videoOn(): boolean {
    return this._videoOn;
  }

  /** The self-view and microphone before joining, and the device lists. */
  get preview(): PreviewInfo {
    return this._preview;
  }

  /** True while joined or reconnecting. */
  get inSession(): boolean {
    return IN_SESSION.has(this._state);
  }

  /**
   * The screen share shown now: this browser's own while it shares, else the share it receives
   * (the SDK shows one at a time). `{sharing: false, self: false}` when none, or not in a session.
   */
  get share(): ShareInfo {
    if (!this.sdkJoined) return NO_SHARE;
    if (this.selfSharing) {
      const self = this.self;
      return { sharing: true, userId: self?.userId, userName: self?.name ?? '', self: true };
    }
    const id = this.activeShareId;
    if (id === undefined) return NO_SHARE;
    return { sharing: true, userId: id, userName: this._participants.find((p) => p.userId === id)?.name ?? '', self: false };
  }

  /**
   * Whether this browser can send a screen share: desktop browsers with `getDisplayMedia` (phones
   * and tablets can only watch), and the SDK agrees once loaded. The host's settings are checked
   * when sharing starts.
   */
  get shareSupported(): boolean {
    return this.client().canShareScreen();
  }

  /** The chat since joining (cleared when the session ends) and the count of unread incoming messages. */
  get chat(): ChatInfo {
    return this._chat;
  }

  hostConnected(): void {}

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
    const preview = this.stopPreview();
    if (UNDER_WAY.has(this._state)) await this.leave('disconnected');
    else if (this.leaving) await this.leaving;
    else await this.teardown();
    await preview;
  }

  // ----- join and leave -------------------------------------------------------------------------

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
    const leaving = this.runLeave(why).finally(() => {
      if (this.leaving === leaving) this.leaving = undefined;
    });
    this.leaving = leaving;
    return leaving;
  }

  private async runLeave(reason: LeaveReason): Promise<void> {
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
      const token = await this.getToken(options, role, provider, signal);

      context = { stage: 'load' };
      this.setState('joining', 'loading');
      const zoom = this.client();
      await abortable(zoom.loadClient(), signal);
      zoom.acquire();
      const assets = resolveAssets(this.assets);
      context = { stage: 'init', assets };
      await abortable(
        withTimeout(zoom.init(this.lang, assets), this.joinTimeoutMs, () => sessionError('assets-unreachable', context)),
        signal,
      );

      context = { stage: 'join', timeoutMs: this.joinTimeoutMs };
      this.setStep('connecting');
      await this.stopPreview(); // the camera and microphone go to the session
      if (this.abandonedJoin) {
        // A join given up on earlier may still get in (and would then be left): wait for it.
        const timeout = () => sessionError('join-timeout', context);
        await abortable(withTimeout(this.abandonedJoin, this.joinTimeoutMs, timeout), signal);
      }
      zoom.acquire();
      this.listen(zoom);
      const sdkJoin = zoom.join(options.sessionName, token, options.userName.trim(), options.passcode ?? '');
      let sdkSettled = false;
      try {
        await abortable(
          withTimeout(
            sdkJoin.finally(() => (sdkSettled = true)),
            this.joinTimeoutMs,
            () => sessionError('join-timeout', context),
          ),
          signal,
        );
        if (signal.aborted) throw abortError();
      } catch (error) {
        // Cancelled or timed out: the SDK's join may still get in, and must then be left.
        if (!sdkSettled || signal.aborted) this.abandon(zoom, sdkJoin);
        throw error;
      }
      this.sdkJoined = true;
      this._sessionName = options.sessionName;
      this.refreshParticipants();
      this.seedShare(zoom);

      if (signal.aborted) return false;
      this.setStep('starting-audio');
      await this.startAudio(options.startMuted);
      if (!options.startVideoOff) {
        if (signal.aborted) return false;
        this.setStep('starting-video');
        await this.startVideo();
      }
      if (signal.aborted) return false;
      this.setState('joined', undefined);
      this.dispatch(new ZoomSessionJoinedEvent(options.sessionName, this.self?.userId));
      return true;
    } catch (error) {
      if (signal.aborted) return false;
      const failure = toSessionError(error, context);
      if (failure.source === 'token') this.token = undefined;
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
    const settled: Promise<void> = sdkJoin.then(
      () => quietly(() => zoom.leave()),
      noop,
    ).then(() => {
      if (this.abandonedJoin === settled) this.abandonedJoin = undefined;
      if (!this.attempt && !this.inSession) zoom.release();
    });
    this.abandonedJoin = settled;
  }

  /** A token for the request: the cached one while valid for a margin, else a new one, checked. */
  private async getToken(
    options: JoinOptions,
    role: RoleType,
    provider: TokenProvider,
    signal: AbortSignal,
  ): Promise<string> {
    const request: TokenRequest = {
      sessionName: options.sessionName,
      role,
      videoWebRtcMode: options.videoMode === 'wasm' ? 0 : 1,
      audioWebRtcMode: options.audioMode === 'wasm' ? 0 : 1,
    };
    if (options.userKey) request.userIdentity = options.userKey;
    if (options.sessionKey) request.sessionKey = options.sessionKey;
    const key = JSON.stringify({ ...request, sessionName: request.sessionName.toLowerCase() });
    const now = Math.floor(Date.now() / 1000);
    const cached = this.token;
    if (cached && cached.key === key && cached.exp - now > TOKEN_REUSE_MARGIN_SECONDS) return cached.token;
    this.token = undefined;

    const token = await abortable(provider(request, signal), signal);
    const inspection = inspectToken(token, { sessionName: options.sessionName, role });
    if (inspection.problems.length > 0) throw inspection.problems;
    this.token = { key, token, exp: inspection.claims['exp'] as number };
    return token;
  }

  /** Starts session audio; a refused microphone is reported, and the session goes on without it. */
  private async startAudio(muted: boolean): Promise<void> {
    const zoom = this.zoom!;
    const microphoneId = this._preview.microphoneId;
    try {
      await zoom.startAudio(microphoneId ? { mute: muted, microphoneId } : { mute: muted });
      this._audioOn = true;
      this._audioMuted = muted;
      if (this._error?.code.startsWith('microphone-')) this._error = undefined;
    } catch (error) {
      this.report(toSessionError(error, { stage: 'audio' }));
    }
    this.refreshParticipants();
  }

  /** Starts this browser's video; a refused camera is reported, and the session goes on without it. */
  private async startVideo(): Promise<void> {
    const zoom = this.zoom!;
    const cameraId = this._preview.cameraId;
    try {
      await zoom.startVideo(cameraId ? { cameraId } : {});
      this._videoOn = true;
      if (this._error?.code.startsWith('camera-')) this._error = undefined;
    } catch (error) {
      this.report(toSessionError(error, { stage: 'video' }));
    }
    this.refreshParticipants();
  }

  /**
   * Undoes what a session or a join set up: videos detached, listeners removed, camera and
   * microphone stopped, the SDK left, the client released for other elements. Safe to call twice.
   */
  private async teardown(): Promise<void> {
    const zoom = this.zoom;
    const wasJoined = this.sdkJoined;
    this.sdkJoined = false;
    const players = [...this.players];
    this.players.clear();
    this.attaching.clear();
    this.unrendered.clear();
    this.videoStates.clear();
    for (const [, player] of players) player.remove();
    const shareView = this.shareView;
    const wasSharing = this.selfSharing;
    this.resetShare();
    shareView?.player.remove();
    zoom?.offAll();
    if (zoom && wasJoined) {
      if (shareView) await quietly(() => zoom.detachShareView(shareView.userId, shareView.player));
      if (wasSharing) await quietly(() => zoom.stopShareScreen());
      for (const [userId, player] of players) await quietly(() => zoom.detachVideo(userId, player));
      if (this._videoOn) await quietly(() => zoom.stopVideo());
      if (this._audioOn) await quietly(() => zoom.stopAudio());
      await quietly(() => zoom.leave());
    }
    if (zoom && !this.abandonedJoin) zoom.release();
    this._audioOn = false;
    this._audioMuted = true;
    this._videoOn = false;
    this._activeSpeakerId = undefined;
    this.setParticipants([]);
    this.announceShare();
    if (this._chat !== NO_CHAT) {
      // One session's chat does not follow the participant into the next one.
      this._chat = NO_CHAT;
      this.host.requestUpdate();
    }
  }

  /** The adapter for the current loader (a new one when the loader changed between sessions). */
  private client(): ZoomClient {
    if (!this.zoom || this.zoom.loader !== this.clientLoader) {
      if (this.zoom && (this.zoom.holdsClient || this.sdkJoined)) return this.zoom;
      this.zoom = new ZoomClient(this.clientLoader);
    }
    return this.zoom;
  }

  // ----- SDK events -----------------------------------------------------------------------------

  private listen(zoom: ZoomClient): void {
    zoom.offAll();
    zoom.on('connection-change', this.onConnectionChange);
    zoom.on('user-added', this.onUsers);
    zoom.on('user-updated', this.onUsersUpdated);
    zoom.on('user-removed', this.onUsersRemoved);
    zoom.on('peer-video-state-change', this.onPeerVideo);
    zoom.on('active-speaker', this.onActiveSpeaker);
    zoom.on('active-share-change', this.onActiveShare);
    zoom.on('peer-share-state-change', this.onPeerShare);
    zoom.on('share-content-change', this.onShareContent);
    zoom.on('passively-stop-share', this.onPassiveStopShare);
    zoom.on('chat-on-message', this.onChatMessage);
  }

  private readonly onConnectionChange = (payload: { state: unknown; reason?: unknown; errorCode?: unknown }) => {
    const change = String(payload.state);
    const reason = typeof payload.reason === 'string' ? payload.reason : '';
    if (change === 'Reconnecting') {
      if (this._state === 'joined') this.setState('reconnecting', undefined);
    } else if (change === 'Connected') {
      if (this._state === 'reconnecting') {
        this.setState('joined', undefined);
        this.refreshParticipants();
      }
    } else if (change === 'Closed') {
      if (!this.inSession) return;
      if (/ended by host/i.test(reason)) void this.endSession('ended-by-host');
      else if (/kicked|expel|removed/i.test(reason)) void this.endSession('removed-by-host');
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

  private readonly onUsers = () => this.refreshParticipants();

  private readonly onUsersUpdated = (payload: Array<{ userId: number; bVideoOn?: boolean }>) => {
    for (const user of payload ?? []) if (user.bVideoOn !== undefined) this.videoStates.delete(user.userId);
    this.refreshParticipants();
  };

  private readonly onUsersRemoved = (payload: Array<{ userId: number }>) => {
    let sharerLeft = false;
    for (const user of payload ?? []) {
      this.videoStates.delete(user.userId);
      void this.detachVideo(user.userId);
      if (this.sharers.includes(user.userId) || this.activeShareId === user.userId) {
        this.shareStopped(user.userId);
        sharerLeft = true;
      }
    }
    this.refreshParticipants();
    if (sharerLeft) this.shareChanged();
  };

  private readonly onPeerVideo = (payload: { action: 'Start' | 'Stop'; userId: number }) => {
    this.videoStates.set(payload.userId, payload.action === 'Start');
    if (payload.action === 'Stop') void this.detachVideo(payload.userId);
    this.refreshParticipants();
  };

  private readonly onActiveSpeaker = (payload: Array<{ userId: number }>) => {
    const id = payload?.[0]?.userId;
    if (id !== this._activeSpeakerId) {
      this._activeSpeakerId = id;
      this.host.requestUpdate();
    }
  };

  private async endSession(reason: LeaveReason): Promise<void> {
    if (this.leaving) return;
    this.setState('leaving', undefined);
    await this.teardown();
    this.setState('left', undefined);
    this.dispatch(new ZoomSessionLeftEvent(reason));
  }

  private async failSession(error: SessionError): Promise<void> {
    if (this.leaving) return;
    await this.teardown();
    this.fail(error);
  }

  // ----- participants and video -----------------------------------------------------------------

  /** Rebuilds the participant list from the SDK (the robust way: events only say something changed). */
  private refreshParticipants(): void {
    if (!this.zoom || !this.sdkJoined) return;
    let all: Participant[];
    let self: Participant | undefined;
    try {
      ({ all, self } = this.zoom.users());
    } catch {
      return;
    }
    const selfId = self?.userId;
    const users = self && !all.some((u) => u.userId === selfId) ? [self, ...all] : all;
    const list = users.map((user): ParticipantInfo => {
      const isSelf = user.userId === selfId;
      return {
        userId: user.userId,
        name: user.displayName ?? '',
        audioMuted: isSelf ? this.audioMuted : user.audio === '' || user.muted !== false,
        videoOn: isSelf ? this._videoOn : (this.videoStates.get(user.userId) ?? user.bVideoOn),
        isHost: user.isHost,
        isSelf,
      };
    });
    list.sort((a, b) => Number(b.isSelf) - Number(a.isSelf));
    this.setParticipants(list);
    for (const userId of this.players.keys()) {
      if (!list.some((p) => p.userId === userId && p.videoOn)) void this.detachVideo(userId);
    }
    for (const userId of this.unrendered.keys()) {
      if (!list.some((p) => p.userId === userId && p.videoOn)) this.unrendered.delete(userId);
    }
  }

  private setParticipants(list: readonly ParticipantInfo[]): void {
    if (sameParticipants(list, this._participants)) return;
    this._participants = list;
    this.host.requestUpdate();
    this.dispatch(new ZoomSessionParticipantsEvent(list));
  }

  /**
   * Shows a participant's video (this browser's own too) in `container`, which must be, or be inside,
   * a `<video-player-container>`. Does nothing when not in a session, when that video is off, or
   * when it already shows there. Videos are detached by the controller when they stop, when the
   * participant leaves and when the session ends.
   */
  async attachVideo(userId: number, container: HTMLElement): Promise<void> {
    if (!this.inSession || !this.zoom) return;
    if (!this._participants.some((p) => p.userId === userId && p.videoOn)) return;
    if (this.unrendered.has(userId)) return;
    const current = this.players.get(userId);
    if (current && current.parentElement === container && current.isConnected) return;
    const pending = this.attaching.get(userId);
    if (pending) return pending;
    const zoom = this.zoom;
    const work = (async () => {
      if (current) await this.detachVideo(userId);
      try {
        const player = await zoom.attachVideo(userId, VIDEO_QUALITY_720P);
        const stillWanted =
          this.inSession &&
          this.zoom === zoom &&
          container.isConnected &&
          this._participants.some((p) => p.userId === userId && p.videoOn);
        if (!stillWanted) {
          await quietly(() => zoom.detachVideo(userId, player));
          player.remove();
          return;
        }
        container.append(player);
        this.players.set(userId, player);
      } catch (error) {
        // Remembered, so the next render does not ask again; past the render cap is no problem to
        // report (the tile shows the name), any other failure is said once.
        const limit = isRenderLimit(error);
        this.unrendered.set(userId, limit ? 'limit' : 'failed');
        if (!limit) this.report(toSessionError(error, { stage: 'join' }));
      }
    })().finally(() => {
      if (this.attaching.get(userId) === work) this.attaching.delete(userId);
    });
    this.attaching.set(userId, work);
    return work;
  }

  /** Stops showing a participant's video. */
  async detachVideo(userId: number): Promise<void> {
    const player = this.players.get(userId);
    if (!player) return;
    this.players.delete(userId);
    player.remove();
    // A place under the render cap is free: the videos refused for the cap may try again.
    for (const [id, why] of this.unrendered) if (why === 'limit') this.unrendered.delete(id);
    const zoom = this.zoom;
    if (zoom && this.sdkJoined) await quietly(() => zoom.detachVideo(userId, player));
  }

  /** The user ids whose video shows now (for tests and diagnostics). */
  get attachedVideos(): number[] {
    return [...this.players.keys()];
  }

  // ----- screen share ---------------------------------------------------------------------------

  /**
   * Shows the screen share in `container` (and keeps showing it there as the share stops, starts
   * or changes hands) until `detachShare()`. `container` must be inside a
   * `<video-player-container>` of its own, not the one holding participant videos: the SDK puts
   * someone else's share there as a `<video-player>`, and this browser's own share as the canvas or
   * video `startShareScreen` renders into. Calling it again with the same container does nothing.
   */
  attachShare(container: HTMLElement): Promise<void> {
    this.shareContainer = container;
    return this.syncShare();
  }

  /** Stops showing the share (the share itself goes on). */
  detachShare(): Promise<void> {
    this.shareContainer = undefined;
    return this.syncShare();
  }

  /**
   * Starts sharing this browser's screen (the browser asks which screen, window or tab), or stops
   * it. Refusals are reported as errors, not thrown: `share-unsupported` (phones and tablets, old
   * browsers), `share-locked` (the host lets only hosts share), `share-taken` (someone else shares
   * and only the host can take over), `share-dismissed` (the picker was closed: nothing is wrong),
   * `share-system-denied` (the operating system blocks screen recording).
   */
  toggleShare(): Promise<void> {
    return this.toggle('share', async (zoom) => {
      if (this.selfSharing) {
        try {
          await zoom.stopShareScreen();
        } catch (error) {
          this.report(toSessionError(error, { stage: 'share' }));
          return;
        }
        this.selfSharing = false;
        this.dropOwnShareElement();
        this.shareChanged();
        return;
      }
      if (!zoom.canShareScreen()) {
        this.report(sessionError('share-unsupported', { stage: 'share' }));
        return;
      }
      let locked = false;
      let self: Participant | undefined;
      try {
        locked = zoom.isShareLocked();
        self = zoom.users().self;
      } catch {
        // The SDK decides when sharing starts.
      }
      if (locked && !self?.isHost && !self?.isManager) {
        this.report(sessionError('share-locked', { stage: 'share' }));
        return;
      }
      const element = document.createElement(zoom.shareElementKind());
      element.className = 'own-share';
      if (element instanceof HTMLVideoElement) {
        element.muted = true;
        element.playsInline = true;
        element.autoplay = true;
      }
      this.ownShareElement = element;
      if (this.shareContainer?.isConnected) this.shareContainer.append(element);
      try {
        await zoom.startShareScreen(element);
      } catch (error) {
        if (this.ownShareElement === element) this.dropOwnShareElement();
        this.report(toSessionError(error, { stage: 'share' }));
        return;
      }
      if (!this.sdkJoined || this.zoom !== zoom || this.ownShareElement !== element) {
        element.remove(); // the session ended while the browser's picker was open
        return;
      }
      this.selfSharing = true;
      if (this._error?.code.startsWith('share-')) this._error = undefined;
      this.shareChanged();
    });
  }

  /** The share under way when joining (someone shared before this browser came in). */
  private seedShare(zoom: ZoomClient): void {
    try {
      const id = zoom.activeShareUserId();
      if (id === undefined || id === this.self?.userId) return;
      this.addSharer(id);
      this.activeShareId = id;
    } catch {
      return; // the SDK says so with `active-share-change` instead
    }
    this.shareChanged();
  }

  private addSharer(userId: number): void {
    if (!this.sharers.includes(userId)) this.sharers.push(userId);
  }

  /** Someone's share stopped: the last of the others who still share becomes the active one. */
  private shareStopped(userId: number): void {
    const index = this.sharers.indexOf(userId);
    if (index >= 0) this.sharers.splice(index, 1);
    if (this.activeShareId === userId) this.activeShareId = this.sharers.at(-1);
  }

  private isSelf(userId: number): boolean {
    return userId === this.self?.userId;
  }

  // This browser's own share is followed by toggleShare and passively-stop-share, not these.
  private readonly onActiveShare = (payload: ActiveSharePayload) => {
    if (!payload || this.isSelf(payload.userId)) return;
    if (payload.state === 'Active') {
      this.addSharer(payload.userId);
      this.activeShareId = payload.userId;
    } else if (this.activeShareId === payload.userId) {
      this.activeShareId = this.sharers.filter((id) => id !== payload.userId).at(-1);
    }
    this.shareChanged();
  };

  private readonly onPeerShare = (payload: PeerSharePayload) => {
    if (!payload || this.isSelf(payload.userId)) return;
    if (payload.action === 'Start') {
      this.addSharer(payload.userId);
      this.activeShareId ??= payload.userId;
    } else {
      this.shareStopped(payload.userId);
    }
    this.shareChanged();
  };

  private readonly onShareContent = (payload: ShareContentPayload) => {
    if (!payload || !(payload.userId > 0) || this.isSelf(payload.userId)) return;
    this.addSharer(payload.userId);
    this.activeShareId = payload.userId;
    this.shareChanged();
  };

  /** The browser's own "Stop sharing" bar (nothing to report), or the host (said so). */
  private readonly onPassiveStopShare = (payload: PassiveStopSharePayload) => {
    if (!this.selfSharing) return;
    this.selfSharing = false;
    this.dropOwnShareElement();
    if (passiveStopReason(payload) === 'PrivilegeChange') {
      this.report(sessionError('share-stopped-by-host', { stage: 'share' }, payload));
    }
    this.shareChanged();
  };

  private dropOwnShareElement(): void {
    this.ownShareElement?.remove();
    this.ownShareElement = undefined;
  }

  /** The share may have changed: update the host, fire `zoom-session-share`, fix what shows. */
  private shareChanged(): void {
    this.host.requestUpdate();
    this.announceShare();
    void this.syncShare();
  }

  private announceShare(): void {
    const share = this.share;
    const key = share.sharing ? `${share.self ? 'self' : 'peer'}:${share.userId}` : 'none';
    if (key === this.shareKey) return;
    this.shareKey = key;
    this.shareViewFailed = undefined;
    this.dispatch(new ZoomSessionShareEvent(share.sharing, share.userId, share.self));
  }

  /** Forgets every share (the session ended); what shows is removed by the caller. */
  private resetShare(): void {
    this.selfSharing = false;
    this.dropOwnShareElement();
    this.activeShareId = undefined;
    this.sharers.length = 0;
    this.shareView = undefined;
    this.shareViewFailed = undefined;
    this.shareContainer = undefined;
  }

  private syncShare(): Promise<void> {
    const run = this.shareWork.then(() => this.applyShare());
    this.shareWork = run.catch(noop);
    return run;
  }

  /** Makes the share container show what `share` says: the own share's element, or someone's `<video-player>`. */
  private async applyShare(): Promise<void> {
    const zoom = this.zoom;
    const container = this.shareContainer?.isConnected ? this.shareContainer : undefined;
    const own = this.ownShareElement;
    if (own) {
      if (container && own.parentElement !== container) container.append(own);
      else if (!container) own.remove();
    }
    const target = this.sdkJoined && !this.selfSharing && container ? this.activeShareId : undefined;
    const current = this.shareView;
    if (current && current.userId === target && current.player.parentElement === container) return;
    if (current) {
      this.shareView = undefined;
      current.player.remove();
      if (zoom && this.sdkJoined) await quietly(() => zoom.detachShareView(current.userId, current.player));
    }
    if (target === undefined || !zoom || !container || this.shareViewFailed === target) return;
    let player: VideoPlayer;
    try {
      player = await zoom.attachShareView(target);
    } catch (error) {
      this.shareViewFailed = target;
      this.report(toSessionError(error, { stage: 'share-view' }));
      return;
    }
    const stillWanted =
      this.sdkJoined &&
      this.zoom === zoom &&
      !this.selfSharing &&
      this.activeShareId === target &&
      this.shareContainer === container &&
      container.isConnected;
    if (!stillWanted) {
      player.remove();
      await quietly(() => zoom.detachShareView(target, player));
      return;
    }
    container.append(player);
    this.shareView = { userId: target, player };
  }

  /** The user whose share shows in the share container now (for tests and diagnostics). */
  get attachedShare(): number | 'self' | undefined {
    if (this.ownShareElement?.isConnected && this.selfSharing) return 'self';
    return this.shareView?.userId;
  }

  // ----- chat -----------------------------------------------------------------------------------

  /**
   * Sends a chat message to everyone, as plain text (leading and trailing blanks are dropped; an
   * empty message is not sent). Resolves `true` once Zoom took it, `false` otherwise; a message over
   * `CHAT_MAX_LENGTH` characters is refused before anything is sent (`chat-too-long`), and Zoom's
   * refusals are reported (`chat-disabled` when the host turned chat off, `chat-failed`).
   */
  async sendChat(text: string): Promise<boolean> {
    const zoom = this.zoom;
    if (this._state !== 'joined' || !zoom || !this.sdkJoined) return false;
    const message = String(text ?? '').trim();
    if (message === '') return false;
    const length = Array.from(message).length;
    if (length > CHAT_MAX_LENGTH) {
      this.report(sessionError('chat-too-long', { stage: 'chat' }, undefined, String(length)));
      return false;
    }
    let sent: SdkChatMessage | undefined;
    try {
      sent = await zoom.sendChatToAll(message);
    } catch (error) {
      this.report(toSessionError(error, { stage: 'chat' }));
      return false;
    }
    if (this._error?.code.startsWith('chat-')) this._error = undefined;
    if (!this.sdkJoined || this.zoom !== zoom) return true;
    const self = this.self;
    this.addMessage({
      id: typeof sent?.id === 'string' && sent.id !== '' ? sent.id : `local-${++this.localMessageIds}`,
      senderId: self?.userId ?? sent?.sender?.userId ?? 0,
      senderName: self?.name ?? sent?.sender?.name ?? '',
      text: message,
      timestamp: typeof sent?.timestamp === 'number' ? sent.timestamp : Date.now(),
      self: true,
      private: false,
    });
    return true;
  }

  /** The participant has seen the chat: no unread messages. */
  markChatRead(): void {
    if (this._chat.unread === 0) return;
    this._chat = { ...this._chat, unread: 0 };
    this.host.requestUpdate();
  }

  /**
   * Clears a problem that did not end the session (a refused share, a chat message too long) once
   * the participant has seen it. Does nothing after a failure: `error` then says why.
   */
  dismissError(): void {
    if (this._state === 'failed' || this._error === undefined) return;
    this._error = undefined;
    this.host.requestUpdate();
  }

  /** Text messages only: a file or an empty message is left out (the element shows plain text). */
  private readonly onChatMessage = (payload: SdkChatMessage) => {
    if (!this.sdkJoined || typeof payload?.message !== 'string' || payload.message.trim() === '') return;
    const senderId = payload.sender?.userId ?? 0;
    const receiver = payload.receiver?.userId;
    const self = this.isSelf(senderId);
    this.addMessage({
      id: typeof payload.id === 'string' && payload.id !== '' ? payload.id : `local-${++this.localMessageIds}`,
      senderId,
      senderName: payload.sender?.name || (this._participants.find((p) => p.userId === senderId)?.name ?? ''),
      text: payload.message,
      timestamp: typeof payload.timestamp === 'number' ? payload.timestamp : Date.now(),
      self,
      private: typeof receiver === 'number' && receiver !== 0,
    });
  };

  private addMessage(message: ChatMessage): void {
    const { messages, unread } = this._chat;
    // The SDK may also deliver this browser's own message as an incoming one: once is enough.
    if (messages.some((m) => m.id === message.id)) return;
    this._chat = {
      messages: [...messages, message].slice(-CHAT_HISTORY_LIMIT),
      unread: message.self ? unread : unread + 1,
    };
    this.host.requestUpdate();
    this.dispatch(new ZoomSessionChatEvent(message));
  }

  // ----- media toggles in a session -------------------------------------------------------------

  /** Mutes or unmutes (connecting audio first if it is not). Problems are reported, not thrown. */
  toggleAudio(): Promise<void> {
    return this.toggle('audio', async (zoom) => {
      if (!this._audioOn) {
        await this.startAudio(false);
        return;
      }
      const mute = !this._audioMuted;
      try {
        await zoom.setAudioMuted(mute);
        this._audioMuted = mute;
      } catch (error) {
        this.report(toSessionError(error, { stage: 'audio' }));
      }
    });
  }

  /** Starts or stops this browser's video. Problems are reported, not thrown. */
  toggleVideo(): Promise<void> {
    return this.toggle('video', async (zoom) => {
      if (!this._videoOn) {
        await this.startVideo();
        return;
      }
      const selfId = this.self?.userId;
      if (selfId !== undefined) await this.detachVideo(selfId);
      try {
        await zoom.stopVideo();
        this._videoOn = false;
      } catch (error) {
        this.report(toSessionError(error, { stage: 'video' }));
      }
    });
  }

  private toggle(kind: 'audio' | 'video' | 'share', work: (zoom: ZoomClient) => Promise<void>): Promise<void> {
    if (this._state !== 'joined' || !this.zoom) return Promise.resolve();
    const pending = this.toggling.get(kind);
    if (pending) return pending;
    const toggling = work(this.zoom).finally(() => {
      this.toggling.delete(kind);
      this.refreshParticipants();
      this.host.requestUpdate();
    });
    this.toggling.set(kind, toggling);
    return toggling;
  }

  // ----- preview before joining -----------------------------------------------------------------

  /**
   * Shows the camera in `video` and measures the microphone (`preview.level`), before joining. Loads
   * the SDK (without init) and lists the devices. Problems are reported as errors; the state stays.
   * The tracks are released when joining, leaving, on `stopPreview()` and when the host is removed.
   */
  async startPreview(video: HTMLVideoElement, options: { video?: boolean; audio?: boolean } = {}): Promise<void> {
    if (UNDER_WAY.has(this._state)) return;
    this.previewElement = video;
    const generation = this.previewGeneration;
    const zoom = this.client();
    try {
      await zoom.load();
    } catch (error) {
      this.report(toSessionError(error, { stage: 'load' }));
      return;
    }
    await this.refreshDevices();
    if (generation !== this.previewGeneration) return;
    const starts: Array<Promise<void>> = [];
    if (options.video !== false) starts.push(this.startPreviewVideo());
    if (options.audio !== false) starts.push(this.startPreviewAudio());
    await Promise.all(starts);
  }

  /** Stops the preview's camera and microphone. */
  async stopPreview(): Promise<void> {
    this.previewElement = undefined;
    await this.releasePreview();
  }

  /** Turns the preview camera off or on (on needs a `startPreview` before). */
  async togglePreviewVideo(): Promise<void> {
    if (this.previewVideo) {
      const video = this.previewVideo;
      this.previewVideo = undefined;
      this.updatePreview({ videoOn: false });
      await release(video);
    } else {
      await this.startPreviewVideo();
    }
  }

  /** Turns the preview microphone off or on (on needs a `startPreview` before). */
  async togglePreviewAudio(): Promise<void> {
    if (this.previewAudio) await this.stopPreviewAudio();
    else await this.startPreviewAudio();
  }

  /** Chooses the camera for the preview and the session (switching it if it runs). */
  async chooseCamera(deviceId: string): Promise<void> {
    this.updatePreview({ cameraId: deviceId });
    const preview = this.previewVideo;
    if (preview && (await preview.started)) {
      try {
        await preview.track.switchCamera(deviceId);
      } catch (error) {
        this.report(toSessionError(error, { stage: 'camera' }));
      }
    }
    if (this.inSession && this._videoOn && this.zoom) {
      try {
        await this.zoom.switchCamera(deviceId);
      } catch (error) {
        this.report(toSessionError(error, { stage: 'video' }));
      }
    }
  }

  /** Chooses the microphone for the preview and the session (switching it if it runs). */
  async chooseMicrophone(deviceId: string): Promise<void> {
    this.updatePreview({ microphoneId: deviceId });
    if (this.previewAudio) {
      await this.stopPreviewAudio();
      await this.startPreviewAudio();
    }
    if (this.inSession && this._audioOn && this.zoom) {
      try {
        await this.zoom.switchMicrophone(deviceId);
      } catch (error) {
        this.report(toSessionError(error, { stage: 'audio' }));
      }
    }
  }

  /** Reads the camera and microphone lists again (after a device was plugged in, say). */
  async refreshDevices(): Promise<void> {
    try {
      const devices = await this.client().devices();
      const choices = (kind: MediaDeviceKind, label: string): MediaDeviceChoice[] =>
        devices
          .filter((d) => d.kind === kind && d.deviceId !== '')
          .map((d, i) => ({ deviceId: d.deviceId, label: d.label || `${label} ${i + 1}` }));
      this.updatePreview({ cameras: choices('videoinput', 'Camera'), microphones: choices('audioinput', 'Microphone') });
    } catch (error) {
      this.report(toSessionError(error, { stage: 'devices' }));
    }
  }

  private async startPreviewVideo(): Promise<void> {
    const element = this.previewElement;
    if (this.previewVideo || !element || UNDER_WAY.has(this._state)) return;
    const generation = this.previewGeneration;
    let track: LocalVideoTrack;
    try {
      track = await this.client().createLocalVideoTrack(this._preview.cameraId);
    } catch (error) {
      this.report(toSessionError(error, { stage: 'camera' }));
      return;
    }
    if (generation !== this.previewGeneration || this.previewVideo) return;
    const started = track.start(element).then(
      () => true,
      (error: unknown) => {
        this.report(toSessionError(error, { stage: 'camera' }));
        return false;
      },
    );
    const preview = { track, started };
    this.previewVideo = preview;
    if ((await started) && this.previewVideo === preview) this.updatePreview({ videoOn: true });
    else if (this.previewVideo === preview) this.previewVideo = undefined;
  }

  private async startPreviewAudio(): Promise<void> {
    if (this.previewAudio || !this.previewElement || UNDER_WAY.has(this._state)) return;
    const generation = this.previewGeneration;
    let track: LocalAudioTrack;
    try {
      track = await this.client().createLocalAudioTrack(this._preview.microphoneId);
    } catch (error) {
      this.report(toSessionError(error, { stage: 'microphone' }));
      return;
    }
    if (generation !== this.previewGeneration || this.previewAudio) return;
    // The track starts muted; unmuting it (locally: nothing is sent) turns its level meter on.
    const started = track.start().then(
      async () => {
        try {
          await track.unmute();
        } catch {
          // The level stays at 0; the track runs and is stopped like any other.
        }
        return true;
      },
      (error: unknown) => {
        this.report(toSessionError(error, { stage: 'microphone' }));
        return false;
      },
    );
    const preview = { track, started };
    this.previewAudio = preview;
    if ((await started) && this.previewAudio === preview) {
      this.updatePreview({ audioOn: true, level: 0 });
      clearInterval(this.levelTimer);
      this.levelTimer = setInterval(() => {
        const level = micLevel(track.getCurrentVolume());
        if (Math.abs(level - this._preview.level) >= 0.02) this.updatePreview({ level });
      }, LEVEL_INTERVAL_MS);
    } else if (this.previewAudio === preview) {
      this.previewAudio = undefined;
    }
  }

  private async stopPreviewAudio(): Promise<void> {
    const audio = this.previewAudio;
    this.previewAudio = undefined;
    clearInterval(this.levelTimer);
    this.levelTimer = undefined;
    if (this._preview.audioOn || this._preview.level !== 0) this.updatePreview({ audioOn: false, level: 0 });
    await release(audio);
  }

  /** Stops both preview tracks (a start under way is stopped once it is done). */
  private async releasePreview(): Promise<void> {
    this.previewGeneration++;
    const video = this.previewVideo;
    this.previewVideo = undefined;
    if (this._preview.videoOn) this.updatePreview({ videoOn: false });
    await Promise.all([release(video), this.stopPreviewAudio()]);
  }

  private updatePreview(change: Partial<PreviewInfo>): void {
    this._preview = { ...this._preview, ...change };
    this.host.requestUpdate();
  }

  // ----- state and events -----------------------------------------------------------------------

  private setState(state: SessionState, step: JoinStep | undefined): void {
    if (state === this._state && step === this._step) return;
    this._state = state;
    this._step = step;
    this.host.requestUpdate();
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
    this.host.requestUpdate();
    this.dispatch(new ZoomSessionErrorEvent(error));
  }

  private dispatch(event: Event): void {
    this.host.dispatchEvent(event);
  }
}

