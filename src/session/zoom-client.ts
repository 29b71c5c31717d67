/**
 * `ZoomClient`: one element's adapter over the SDK. It loads the SDK once, inits it once per
 * language and assets, hands out listeners that can be removed one by one, and throws the failures
 * the SDK resolves instead of rejecting. It works on the surface `zoom-sdk.ts` types (the one
 * module that touches `@zoom/videosdk`) and imports no SDK code or types of its own.
 */
import { resolveAssets } from './assets.js';
import { sessionError } from './errors.js';
import {
  INIT_OPTIONS,
  VIDEO_QUALITY_720P,
  loadZoomVideoSdk,
  type AudioOption,
  type CaptureVideoOption,
  type ClientLoader,
  type LocalAudioTrack,
  type LocalVideoTrack,
  type Participant,
  type SdkChatMessage,
  type SdkClient,
  type SdkModule,
  type SdkStream,
  type VideoPlayer,
  type VideoQuality,
} from './zoom-sdk.js';
import * as features from './zoom-features.js';
import { isFailure, type HostAction } from './zoom-features.js';

/** A listener of the SDK client, as `off()` takes it. */
type Listener = Parameters<SdkClient['off']>[1];

/** Which adapter holds the session of each real SDK client (the SDK returns one client per page). */
const holders = new WeakMap<SdkClient, ZoomClient>();

/** Inits done or under way, per real client, keyed by language and assets. */
const inits = new WeakMap<SdkClient, Map<string, Promise<void>>>();


/**
 * One element's view of the SDK: loads it once, inits it once per language and assets, hands out
 * listeners that can be removed one by one, and makes sure two elements on one page do not fight
 * over the SDK's single client.
 */
export class ZoomClient {
  private module: Promise<SdkModule> | undefined;
  private loaded: SdkModule | undefined;
  private sdkClient: SdkClient | undefined;

  constructor(readonly loader: ClientLoader = loadZoomVideoSdk) {}

  /** Loads the SDK module (once; a failed load is tried again next time). */
  load(): Promise<SdkModule> {
    if (!this.module) {
      // Accept the module namespace too (`() => import('@zoom/videosdk')`), not only its default.
      const loading: Promise<SdkModule> = this.loader().then((loaded) => {
        const sdk = loaded as SdkModule & { default?: SdkModule };
        const module = typeof sdk.createClient !== 'function' && sdk.default ? sdk.default : sdk;
        this.loaded = module;
        return module;
      });
      this.module = loading;
      loading.catch(() => {
        if (this.module === loading) this.module = undefined;
      });
    }
    return this.module;
  }

  /** The SDK client; `load()` must have resolved. */
  get client(): SdkClient {
    if (!this.sdkClient) throw new Error('ZoomClient: load() first');
    return this.sdkClient;
  }

  /** Loads the SDK and returns its client (the same object for every caller of the real SDK). */
  async loadClient(): Promise<SdkClient> {
    const sdk = await this.load();
    this.sdkClient ??= sdk.createClient();
    return this.sdkClient;
  }

  /**
   * Claims the SDK client for this adapter's session. Throws `session-in-use` when another element
   * of the page holds it, or when the client is in a session this engine did not start.
   */
  acquire(): void {
    const client = this.client;
    const holder = holders.get(client);
    if (holder && holder !== this) throw sessionError('session-in-use');
    if (!holder && client.getSessionInfo()?.isInMeeting) throw sessionError('session-in-use');
    holders.set(client, this);
  }

  /** Gives the client back, if this adapter holds it. */
  release(): void {
    if (this.sdkClient && holders.get(this.sdkClient) === this) holders.delete(this.sdkClient);
  }

  /** True while this adapter holds the client. */
  get holdsClient(): boolean {
    return this.sdkClient !== undefined && holders.get(this.sdkClient) === this;
  }

  /**
   * `client.init(lang, assets)`, once per client, language and assets (a failed init is tried again
   * next time). A relative `assets` path is resolved against the page first (`resolveAssets`).
   * Rejects with the SDK's own failure object.
   */
  async init(lang: string, dependentAssets: string): Promise<void> {
    const assets = resolveAssets(dependentAssets);
    const client = await this.loadClient();
    let done = inits.get(client);
    if (!done) inits.set(client, (done = new Map()));
    const key = `${lang}\n${assets}`;
    let pending = done.get(key);
    if (!pending) {
      const map = done;
      pending = client.init(lang, assets, INIT_OPTIONS).then((result) => {
        if (isFailure(result)) throw result;
      });
      map.set(key, pending);
      const mine = pending;
      pending.catch(() => {
        if (map.get(key) === mine) map.delete(key);
      });
    }
    return pending;
  }

  /**
   * Adds a listener on the SDK client; returns the function that removes exactly that listener
   * (each slice of the engine removes its own, and nothing of anyone else's).
   */
  on<T>(event: string, listener: (payload: T) => void): () => void {
    const client = this.client;
    client.on(event, listener);
    let on = true;
    return () => {
      if (on) client.off(event, listener as Listener);
      on = false;
    };
  }

  get stream(): SdkStream {
    return this.client.getMediaStream();
  }

  async join(topic: string, token: string, userName: string, passcode: string): Promise<void> {
    const result = await this.client.join(topic, token, userName, passcode);
    if (isFailure(result)) throw result;
  }

  async leave(): Promise<void> {
    const result = await this.client.leave();
    if (isFailure(result)) throw result;
  }

  /** The people in the session and this browser's own participant (undefined when not in one). */
  users(): { all: Participant[]; self: Participant | undefined } {
    const client = this.client;
    return { all: client.getAllUser() ?? [], self: client.getCurrentUserInfo() ?? undefined };
  }

  async startAudio(options: AudioOption): Promise<void> {
    const result = await this.stream.startAudio(options);
    if (isFailure(result)) throw result;
  }

  async stopAudio(): Promise<void> {
    const result = await this.stream.stopAudio();
    if (isFailure(result)) throw result;
  }

  async setAudioMuted(muted: boolean): Promise<void> {
    const result = await (muted ? this.stream.muteAudio() : this.stream.unmuteAudio());
    if (isFailure(result)) throw result;
  }

  isAudioMuted(): boolean {
    return this.stream.isAudioMuted();
  }

  async startVideo(options: CaptureVideoOption): Promise<void> {
    const result = await this.stream.startVideo(options);
    if (isFailure(result)) throw result;
  }

  async stopVideo(): Promise<void> {
    const result = await this.stream.stopVideo();
    if (isFailure(result)) throw result;
  }

  isCapturingVideo(): boolean {
    return this.stream.isCapturingVideo();
  }

  async switchCamera(deviceId: string): Promise<void> {
    const result = await this.stream.switchCamera(deviceId);
    if (isFailure(result)) throw result;
  }

  async switchMicrophone(deviceId: string): Promise<void> {
    const result = await this.stream.switchMicrophone(deviceId);
    if (isFailure(result)) throw result;
  }

  /**
   * A `<video-player>` showing a user's video. The caller must put it inside a
   * `<video-player-container>`. The SDK resolves (not rejects) some failures: those are thrown.
   */
  async attachVideo(userId: number, quality: VideoQuality = VIDEO_QUALITY_720P, element?: VideoPlayer): Promise<VideoPlayer> {
    // With the element it already shows in, the SDK only changes its `video-quality`.
    const player = await (element ? this.stream.attachVideo(userId, quality, element) : this.stream.attachVideo(userId, quality));
    if (isFailure(player)) throw player;
    return player;
  }

  async detachVideo(userId: number, player?: VideoPlayer): Promise<void> {
    await this.stream.detachVideo(userId, player);
  }

  /**
   * How many videos this browser may render at once (25, 9, 4 or 1, by device, mode and isolation).
   * `undefined` before `init()` has loaded the media library.
   */
  maxRenderableVideos(): number | undefined {
    return this.stream.getMaxRenderableVideos();
  }

  /** `false` (WebAssembly video without cross-origin isolation, or before `init()`): self-view wants its own container. */
  supportsMultipleVideos(): boolean {
    return this.stream.isSupportMultipleVideos();
  }

  /** The spotlighted users' ids (`getSpotlightedUserList()`), in the SDK's order. */
  spotlightedUsers(): number[] {
    return (this.stream.getSpotlightedUserList() ?? []).map((u) => u.userId);
  }

  /** The cameras and microphones; asks for both permissions first unless `skipPermissionCheck`. */
  async devices(skipPermissionCheck = false): Promise<MediaDeviceInfo[]> {
    const sdk = await this.load();
    return sdk.getDevices(skipPermissionCheck);
  }

  /** A camera track for the preview before joining; works without `init()`. */
  async createLocalVideoTrack(deviceId?: string): Promise<LocalVideoTrack> {
    const sdk = await this.load();
    return deviceId ? sdk.createLocalVideoTrack(deviceId) : sdk.createLocalVideoTrack();
  }

  /** A microphone track for the preview before joining; works without `init()`. */
  async createLocalAudioTrack(deviceId?: string): Promise<LocalAudioTrack> {
    const sdk = await this.load();
    return deviceId ? sdk.createLocalAudioTrack(deviceId) : sdk.createLocalAudioTrack();
  }

  // ----- screen share ---------------------------------------------------------------------------

  /**
   * Whether this browser can send a screen share: it needs `getDisplayMedia` (phones and tablets
   * have none) and the SDK's own verdict (`checkSystemRequirements().screen`, once it is loaded).
   */
  canShareScreen(): boolean {
    const media = (globalThis.navigator as Navigator | undefined)?.mediaDevices as
      | (MediaDevices & { getDisplayMedia?: unknown })
      | undefined;
    if (typeof media?.getDisplayMedia !== 'function') return false;
    try {
      return this.loaded?.checkSystemRequirements().screen !== false;
    } catch {
      return true; // the SDK will say so when sharing starts
    }
  }

  /** What `startShareScreen` wants to render this browser's own share into on this platform. */
  shareElementKind(): 'video' | 'canvas' {
    return this.stream.isStartShareScreenWithVideoElement() ? 'video' : 'canvas';
  }

  /** Whether the host let only hosts share. */
  isShareLocked(): boolean {
    return this.stream.isShareLocked();
  }

  /** The user whose share this browser receives now, if any. */
  activeShareUserId(): number | undefined {
    const id = this.stream.getActiveShareUserId();
    return typeof id === 'number' && id > 0 ? id : undefined;
  }

  /** Starts sharing this browser's screen (the browser asks which one); `element` shows it here. */
  async startShareScreen(element: HTMLCanvasElement | HTMLVideoElement): Promise<void> {
    const result = await this.stream.startShareScreen(element);
    if (isFailure(result)) throw result;
  }

  async stopShareScreen(): Promise<void> {
    const result = await this.stream.stopShareScreen();
    if (isFailure(result)) throw result;
  }

  /**
   * A `<video-player>` showing a user's screen share. The caller must put it inside a
   * `<video-player-container>` that holds no participant videos (the SDK does not mix them).
   */
  async attachShareView(userId: number): Promise<VideoPlayer> {
    const player = await this.stream.attachShareView(userId);
    if (isFailure(player)) throw player;
    return player;
  }

  async detachShareView(userId: number, player?: VideoPlayer): Promise<void> {
    await this.stream.detachShareView(userId, player);
  }

  // ----- chat -----------------------------------------------------------------------------------

  /**
   * Sends a chat message to everyone. The SDK resolves a failure as an `Error` (or the usual
   * `{type, reason, errorCode}`): both are thrown.
   */
  async sendChatToAll(text: string): Promise<SdkChatMessage> {
    const result: unknown = await this.client.getChatClient().sendToAll(text);
    if (isFailure(result)) {
      const { errorCode, reason, type } = result;
      const message = result instanceof Error ? result.message : reason;
      throw { type, errorCode, reason: message ?? reason };
    }
    if (result instanceof Error) throw result;
    return result as SdkChatMessage;
  }

  // ----- cloud recording, live captions, command channel and host controls --------------------------
  // The calls are in zoom-features.ts (on this client's SDK surface); these hand over to them.

  recordingStatus(): string {
    return features.recordingStatus(this.client);
  }
  canStartRecording(): boolean {
    return features.canStartRecording(this.client);
  }
  recording(action: features.RecordingStep): Promise<void> {
    return features.recording(this.client, action);
  }
  startCaptions(): Promise<void> {
    return features.startCaptions(this.client);
  }
  setCaptionLanguage(lang: string | undefined): Promise<void> {
    return features.setCaptionLanguage(this.client, lang);
  }
  captionLanguages(): features.CaptionLanguages {
    return features.captionLanguages(this.client);
  }
  setSpokenLanguage(lang: string): Promise<void> {
    return features.setSpokenLanguage(this.client, lang);
  }
  sendCommand(text: string, userId?: number): Promise<void> {
    return features.sendCommand(this.client, text, userId);
  }
  role(): { isHost: boolean; isManager: boolean } {
    return features.role(this.client);
  }
  hostAction(action: HostAction, userId = 0): Promise<void> {
    return features.hostAction(this.client, action, userId);
  }
  chatPrivilege(): number | undefined {
    return features.chatPrivilege(this.client);
  }
}

export type { HostAction };
