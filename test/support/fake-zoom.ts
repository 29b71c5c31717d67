/**
 * A scriptable stand-in for the Zoom Video SDK, typed against the SDK's own interfaces: `module`
 * satisfies `SdkModule`, `client` `SdkClient`, `stream` `SdkStream` and `chat` `SdkChat`, which are
 * `Pick`s of the real `typeof ZoomVideo`, `typeof VideoClient`, `typeof Stream` and
 * `typeof ChatClient`. If the SDK renames a method
 * or changes a signature the engine uses, this file (and `zoom-sdk.ts`) stop compiling.
 *
 * It records every call, counts listeners and camera/microphone tracks (and the screen capture),
 * and lets a test decide how init, join, media, screen share and chat behave (delay, hang, fail,
 * refuse) and which SDK events happen (a peer shares, stops, a message arrives).
 *
 * Where the 2.5.0 bundle (`dist/index.esm.js`) differs from its d.ts, the fake does what the
 * bundle does, and says so where it does it: `passively-stop-share` carries `{reason}`, and
 * `attachVideo` rejects past `getMaxRenderableVideos()` with `VIDEO_RENDER_LIMIT_EXCEED` (never at
 * a cap of 1) and for a user whose video is off with `STREAM_MISMATCH_USER` (6001).
 */
import type {
  AudioOption,
  CaptureVideoOption,
  ClientLoader,
  LocalAudioTrack,
  LocalVideoTrack,
  PassiveStopShareWhy,
  Participant,
  SdkChat,
  SdkChatMessage,
  SdkClient,
  SdkModule,
  SdkStream,
  VideoPlayer,
  ZoomVideoSdk,
} from '../../src/session/zoom-sdk.js';
import { FakeCaptions } from './fake-captions.js';
import { FakeRecording } from './fake-recording.js';
import { FakeHostSide } from './fake-host.js';
import { FakeSettings } from './fake-settings.js';

type Callback = Parameters<SdkClient['off']>[1];
type ExecutedFailure = Exclude<Awaited<ReturnType<SdkClient['join']>>, ''>;

/** How the fake behaves; change it at any time. */
export interface FakeScript {
  /** `init()` rejects with this. */
  initError?: unknown;
  /** `init()` takes this long. */
  initDelayMs?: number;
  /** `join()` rejects with this (after `joinDelayMs`). */
  joinError?: unknown;
  /** `join()` takes this long. */
  joinDelayMs?: number;
  /** `join()` never settles until `settleJoin()` is called. */
  joinHangs?: boolean;
  startAudioError?: unknown;
  startVideoError?: unknown;
  /** `startAudio()` and `startVideo()` take this long (a slow microphone or camera). */
  startAudioDelayMs?: number;
  startVideoDelayMs?: number;
  /** The preview camera's `start()` rejects with this. */
  previewVideoError?: unknown;
  /** The preview microphone's `start()` rejects with this. */
  previewAudioError?: unknown;
  devicesError?: unknown;
  /** What the preview microphone's `getCurrentVolume()` says (RMS, 0 to 1). */
  volume?: number;
  /** The user id this browser gets when it joins. */
  selfId?: number;
  /** What `checkSystemRequirements().screen` says (default true). */
  shareSupported?: boolean;
  /** `isShareLocked()`: the host lets only hosts share. */
  shareLocked?: boolean;
  /** `startShareScreen()` rejects with this (the picker dismissed: `failure(6200, ...)`). */
  startShareError?: unknown;
  /** `isStartShareScreenWithVideoElement()` (default false: a canvas). */
  shareWithVideoElement?: boolean;
  /** `getMaxRenderableVideos()` (default 25, the bundle's cap on a desktop in WebRTC mode). */
  maxRenderableVideos?: number;
  /**
   * `isSupportMultipleVideos()` (default: the cap above 1). The bundle computes it as
   * `getMaxRenderableVideos() > 1`, so it is false for WebAssembly video without cross-origin
   * isolation (a cap of 1) and before the media library loads; set false, the cap defaults to 1.
   */
  multipleVideos?: boolean;
  /** `attachVideo()` rejects with this. */
  attachVideoError?: unknown;
  /** `attachShareView()` rejects with this. */
  attachShareError?: unknown;
  /** `chat.sendToAll()` resolves (as the SDK does) with this failure. */
  chatError?: unknown;
  /** `chat.sendToAll()` also fires `chat-on-message` with the sent message, as a server echo would. */
  chatEcho?: boolean;
}

export const failure = (errorCode: number, reason: string, type = 'INVALID_OPERATION'): ExecutedFailure =>
  ({ type, reason, errorCode }) as ExecutedFailure;

/** A participant as the SDK describes one. */
export function participant(userId: number, displayName: string, extra: Partial<Participant> = {}): Participant {
  return {
    userId,
    displayName,
    audio: 'computer',
    muted: false,
    isHost: false,
    isManager: false,
    bVideoOn: false,
    sharerOn: false,
    sharerPause: false,
    isAllowIndividualRecording: false,
    isVideoConnect: true,
    ...extra,
  };
}

/** A `MediaDeviceInfo` as `enumerateDevices()` gives one. */
export function mediaDevice(kind: MediaDeviceKind, deviceId: string, label: string): MediaDeviceInfo {
  return { kind, deviceId, label, groupId: 'g', toJSON: () => ({}) } as MediaDeviceInfo;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class FakeZoom {
  readonly script: FakeScript = {};

  /** Every call the engine made, in order per method. */
  readonly calls = {
    loads: 0,
    createClient: 0,
    init: [] as Array<{ lang: string; assets: string }>,
    /** The third argument of each `init()` (`InitOptions`). */
    initOptions: [] as unknown[],
    join: [] as Array<{ topic: string; token: string; userName: string; passcode: string | undefined }>,
    leave: 0,
    startAudio: [] as AudioOption[],
    stopAudio: 0,
    muteAudio: 0,
    unmuteAudio: 0,
    startVideo: [] as CaptureVideoOption[],
    stopVideo: 0,
    attachVideo: [] as number[],
    /** The `VideoQuality` each `attachVideo()` asked for, in the same order. */
    attachQuality: [] as number[],
    detachVideo: [] as number[],
    getDevices: 0,
    /** The `skipPermissionCheck` argument of each `getDevices()` (false: it asked for camera and microphone). */
    getDevicesSkip: [] as boolean[],
    previewVideoTracks: [] as Array<string | undefined>,
    previewAudioTracks: [] as Array<string | undefined>,
    /** The tag name of the element each `startShareScreen()` got. */
    startShareScreen: [] as string[],
    stopShareScreen: 0,
    attachShareView: [] as number[],
    detachShareView: [] as number[],
    sendToAll: [] as string[],
  };

  /** Camera and microphone tracks, session and preview alike. */
  readonly tracks = { started: 0, stopped: 0 };

  readonly listeners = new Map<string, Set<Callback>>();
  /** What `getDevices()` lists (`enumerateDevices()`); `unplug()` takes one away. */
  deviceList: MediaDeviceInfo[] = [
    mediaDevice('videoinput', 'cam-1', 'Front camera'),
    mediaDevice('videoinput', 'cam-2', ''),
    mediaDevice('audioinput', 'mic-1', 'Headset'),
    mediaDevice('audiooutput', 'spk-1', 'Speaker'),
  ];
  users: Participant[] = [];
  inSession = false;
  private audioOn = false;
  private audioMuted = true;
  private videoOn = false;
  /** This browser shares its screen now. */
  sharing = false;
  /** The user whose share this browser receives (0: none), as `getActiveShareUserId()` says. */
  activeShareUserId = 0;
  /** The spotlighted users, as `getSpotlightedUserList()` returns them. */
  spotlighted: number[] = [];
  /** The users whose video this browser renders (subscribes to) now, as the bundle counts them. */
  readonly renderedVideos = new Set<number>();
  private messages = 0;
  private pendingJoins: Array<{ resolve: () => void; reject: (e: unknown) => void }> = [];
  /** Host controls and the command channel (issue 13): see `fake-host.ts`. */
  readonly host: FakeHostSide = new FakeHostSide(this);
  /** Settings (issue 17): background, noise suppression, mirror, speaker; see `fake-settings.ts`. */
  readonly settings: FakeSettings = new FakeSettings(this);
  /** `init()` resolved once (the media library is loaded). */
  initialised = false;

  readonly stream: SdkStream = {
    startAudio: async (options?: AudioOption) => {
      this.calls.startAudio.push(options ?? {});
      if (this.script.startAudioDelayMs) await sleep(this.script.startAudioDelayMs);
      if (this.script.startAudioError) throw this.script.startAudioError;
      this.audioOn = true;
      this.tracks.started++;
      this.audioMuted = options?.mute === true;
      this.patchSelf({ audio: 'computer', muted: this.audioMuted });
      return '';
    },
    stopAudio: async () => {
      this.calls.stopAudio++;
      if (this.audioOn) this.tracks.stopped++;
      this.audioOn = false;
      this.patchSelf({ audio: '' });
      return '';
    },
    muteAudio: async (userId?: number) => {
      if (userId !== undefined && userId !== this.selfId) {
        return this.host.run('muteAudio', userId, false, () => this.updateUser(userId, { muted: true }));
      }
      this.calls.muteAudio++;
      this.audioMuted = true;
      this.patchSelf({ muted: true });
      return '';
    },
    unmuteAudio: async (userId?: number) => {
      // For someone else: a request only (they get `host-ask-unmute-audio`), resolved at once.
      if (userId !== undefined && userId !== this.selfId) return this.host.run('unmuteAudio', userId, false);
      this.calls.unmuteAudio++;
      this.audioMuted = false;
      this.patchSelf({ muted: false });
      return '';
    },
    isAudioMuted: () => this.audioMuted,
    startVideo: async (options?: CaptureVideoOption) => {
      this.calls.startVideo.push(options ?? {});
      if (this.script.startVideoDelayMs) await sleep(this.script.startVideoDelayMs);
      if (this.script.startVideoError) throw this.script.startVideoError;
      this.settings.startVideo(options);
      if (!this.videoOn) this.tracks.started++;
      this.videoOn = true;
      this.patchSelf({ bVideoOn: true });
      return '';
    },
    stopVideo: async () => {
      this.calls.stopVideo++;
      if (this.videoOn) this.tracks.stopped++;
      this.videoOn = false;
      this.patchSelf({ bVideoOn: false });
      return '';
    },
    isCapturingVideo: () => this.videoOn,
    attachVideo: async (userId: number, _quality?: number, element?: string | VideoPlayer) => {
      this.calls.attachVideo.push(userId);
      this.calls.attachQuality.push(_quality ?? -1);
      if (this.script.attachVideoError) throw this.script.attachVideoError;
      // As the 2.5.0 bundle does (`attachVideo` in dist/index.esm.js): with a cap above 1, a video of
      // someone else not rendered yet is refused once the others rendered reach the cap. It rejects
      // (not resolves) with `{type: 'INVALID_OPERATION', reason, errorCode: 6111}`.
      const cap = this.maxRenderableVideos;
      const others = [...this.renderedVideos].filter((id) => id !== this.selfId).length;
      if (cap > 1 && userId !== this.selfId && !this.renderedVideos.has(userId) && others >= cap) {
        throw failure(6111, `subscribe video counts greater than maximum size (${cap})`);
      }
      // Then, at any cap (1 included), a user not sending video (`bVideoOn` not true in the SDK's
      // user list, this browser's own too) is refused: `{type: 'INVALID_PARAMETERS', reason: 'user
      // is not send video', errorCode: 6001}` (STREAM_MISMATCH_USER).
      if (this.users.find((u) => u.userId === userId)?.bVideoOn !== true) {
        throw failure(6001, 'user is not send video', 'INVALID_PARAMETERS');
      }
      this.renderedVideos.add(userId);
      // Re-attaching the element it shows in only changes its quality.
      if (typeof element === 'object') return element;
      const player = document.createElement('video-player') as unknown as VideoPlayer;
      player.setAttribute('node-id', String(userId));
      return player;
    },
    detachVideo: async (userId: number, element?: string | VideoPlayer) => {
      this.calls.detachVideo.push(userId);
      this.renderedVideos.delete(userId);
      return (typeof element === 'object' ? element : []) as VideoPlayer;
    },
    getMaxRenderableVideos: () => this.maxRenderableVideos,
    isSupportMultipleVideos: () => this.script.multipleVideos ?? this.maxRenderableVideos > 1,
    getSpotlightedUserList: () => this.users.filter((u) => this.spotlighted.includes(u.userId)),
    switchCamera: async () => '',
    switchMicrophone: async () => '',
    startShareScreen: async (element: HTMLCanvasElement | HTMLVideoElement) => {
      this.calls.startShareScreen.push(element.localName);
      await sleep(1);
      if (this.script.startShareError) throw this.script.startShareError;
      if (!this.sharing) this.tracks.started++;
      this.sharing = true;
      this.patchSelf({ sharerOn: true });
      return '';
    },
    stopShareScreen: async () => {
      this.calls.stopShareScreen++;
      if (this.sharing) this.tracks.stopped++;
      this.sharing = false;
      this.patchSelf({ sharerOn: false });
      return '';
    },
    isStartShareScreenWithVideoElement: () => this.script.shareWithVideoElement === true,
    isShareLocked: () => this.script.shareLocked === true || this.host.shareLocked,
    getActiveShareUserId: () => this.activeShareUserId,
    // host controls (issue 13), as the bundle checks them
    muteAllAudio: async () => this.host.run('muteAllAudio', undefined, false),
    unmuteAllAudio: async () => this.host.run('unmuteAllAudio', undefined, false),
    spotlightVideo: async (userId: number) => this.host.run('spotlightVideo', userId, false, () => this.host.spotlight(userId, true)),
    removeSpotlightedVideo: async (userId?: number) =>
      this.host.run('removeSpotlightedVideo', userId, false, () => this.host.spotlight(userId ?? this.selfId, false)),
    lockShare: async (locked: boolean) =>
      this.host.run(`lockShare:${locked}`, undefined, false, () => this.host.setSharePrivilege(locked ? 1 : 0)),
    // settings (issue 17): see `fake-settings.ts`
    ...this.settings.stream,
    attachShareView: async (userId: number) => {
      this.calls.attachShareView.push(userId);
      if (this.script.attachShareError) throw this.script.attachShareError;
      const player = document.createElement('video-player') as unknown as VideoPlayer;
      player.setAttribute('share-user-id', String(userId));
      return player;
    },
    detachShareView: async (userId: number, element?: string | VideoPlayer) => {
      this.calls.detachShareView.push(userId);
      return (typeof element === 'object' ? element : []) as VideoPlayer;
    },
  };

  readonly chat: SdkChat = {
    setPrivilege: async (privilege: number) =>
      this.host.run(`setPrivilege:${privilege}`, undefined, false, () => this.host.setChatPrivilege(privilege)),
    getPrivilege: () => this.host.chatPrivilege as never,
    sendToAll: async (text: string) => {
      this.calls.sendToAll.push(text);
      await sleep(1);
      if (this.script.chatError) return this.script.chatError as Error;
      const self = this.users.find((u) => u.userId === this.selfId);
      const message = this.chatMessage({ userId: this.selfId, name: self?.displayName ?? '' }, text);
      if (this.script.chatEcho) this.emit('chat-on-message', message);
      return message;
    },
  };

  /** Cloud recording, as the bundle does it (`fake-recording.ts`). */
  readonly recording: FakeRecording = new FakeRecording(this);
  /** Live transcription, as the bundle does it (`fake-captions.ts`). */
  readonly captions: FakeCaptions = new FakeCaptions(this);

  readonly client: SdkClient = {
    init: async (lang: string, assets: string, options?: unknown) => {
      this.calls.init.push({ lang, assets });
      this.calls.initOptions.push(options);
      if (this.script.initDelayMs) await sleep(this.script.initDelayMs);
      if (this.script.initError) throw this.script.initError;
      this.initialised = true;
      return '';
    },
    join: async (topic: string, token: string, userName: string, passcode?: string) => {
      this.calls.join.push({ topic, token, userName, passcode });
      if (this.script.joinHangs) {
        await new Promise<void>((resolve, reject) => this.pendingJoins.push({ resolve, reject }));
      } else if (this.script.joinDelayMs) {
        await sleep(this.script.joinDelayMs);
      }
      if (this.script.joinError) {
        this.emit('connection-change', { state: 'Fail', errorCode: 200, reason: 'scripted' });
        throw this.script.joinError;
      }
      // Not connected to audio yet: no `muted` at all, as the SDK does.
      const self = participant(this.script.selfId ?? 100, userName, { audio: '' });
      delete self.muted;
      this.users = [self, ...this.users.filter((u) => u.userId !== self.userId)];
      this.inSession = true;
      this.emit('connection-change', { state: 'Connected' });
      return '';
    },
    leave: async (end?: boolean) => {
      if (end) await this.host.run('leave:end', undefined, true, () => this.host.endForAll());
      this.calls.leave++;
      if (this.videoOn) this.tracks.stopped++;
      if (this.audioOn) this.tracks.stopped++;
      if (this.sharing) this.tracks.stopped++;
      this.videoOn = false;
      this.audioOn = false;
      this.sharing = false;
      this.activeShareUserId = 0;
      this.renderedVideos.clear();
      const was = this.inSession;
      this.inSession = false;
      this.users = [];
      if (was) this.emit('connection-change', end ? { state: 'Closed', reason: 'ended by host' } : { state: 'Closed' });
      return '';
    },
    on: (event: string, callback: Callback) => {
      let set = this.listeners.get(event);
      if (!set) this.listeners.set(event, (set = new Set()));
      set.add(callback);
    },
    off: (event: string, callback: Callback) => {
      this.listeners.get(event)?.delete(callback);
    },
    getAllUser: () => (this.inSession ? [...this.users] : []),
    getCurrentUserInfo: () => (this.inSession ? this.users.find((u) => u.userId === this.selfId)! : undefined!),
    getSessionInfo: () => ({
      topic: this.calls.join.at(-1)?.topic ?? '',
      password: '',
      userName: '',
      userId: this.selfId,
      isInMeeting: this.inSession,
      sessionId: this.inSession ? 'fake-session' : '',
    }),
    getMediaStream: () => this.stream,
    getChatClient: () => this.chat,
    getRecordingClient: () => this.recording.client,
    getLiveTranscriptionClient: () => this.captions.client,
    // host controls and the command channel (issue 13): see `fake-host.ts`
    getCommandClient: () => this.host.command as never,
    isHost: () => this.host.isHost(),
    isManager: () => this.host.isManager(),
    makeHost: async (userId: number) =>
      this.host.run('makeHost', userId, true, () => {
        this.updateUser(this.selfId, { isHost: false });
        this.updateUser(userId, { isHost: true });
      }),
    makeManager: async (userId: number) =>
      this.host.run('makeManager', userId, true, () => this.updateUser(userId, { isManager: true })),
    revokeManager: async (userId: number) =>
      this.host.run('revokeManager', userId, true, () => this.updateUser(userId, { isManager: false })),
    removeUser: async (userId: number) => this.host.run('removeUser', userId, false, () => this.removeUser(userId)),
  };

  readonly module: SdkModule = {
    createClient: () => {
      this.calls.createClient++;
      return this.client;
    },
    checkSystemRequirements: () => ({ audio: true, video: true, screen: this.script.shareSupported !== false }),
    getDevices: async (skipPermissionCheck?: boolean) => {
      this.calls.getDevices++;
      this.calls.getDevicesSkip.push(skipPermissionCheck === true);
      if (this.script.devicesError) throw this.script.devicesError;
      return [...this.deviceList];
    },
    createLocalVideoTrack: (deviceId?: string): LocalVideoTrack => {
      this.calls.previewVideoTracks.push(deviceId);
      let live = false;
      return {
        start: async (element) => {
          await sleep(1);
          if (this.script.previewVideoError) throw this.script.previewVideoError;
          if (!(element instanceof HTMLElement)) throw new Error('no element');
          live = true;
          this.tracks.started++;
        },
        stop: async () => {
          if (!live) throw new Error('not started');
          live = false;
          this.tracks.stopped++;
        },
        switchCamera: async () => undefined,
        updateVirtualBackground: async () => undefined,
      };
    },
    createLocalAudioTrack: (deviceId?: string): LocalAudioTrack => {
      this.calls.previewAudioTracks.push(deviceId);
      let live = false;
      let muted = true;
      return {
        start: async () => {
          await sleep(1);
          if (this.script.previewAudioError) throw this.script.previewAudioError;
          live = true;
          this.tracks.started++;
        },
        unmute: async () => {
          muted = false;
        },
        mute: async () => {
          muted = true;
        },
        getCurrentVolume: () => (live && !muted ? (this.script.volume ?? 0) : 0),
        stop: async () => {
          if (!live) throw new Error('not started');
          live = false;
          this.tracks.stopped++;
        },
        testSpeaker: () => undefined,
        testMicrophone: () => undefined,
      };
    },
  };

  /** The loader to give the element or controller. */
  readonly loader: ClientLoader = async () => {
    this.calls.loads++;
    return this.module as unknown as ZoomVideoSdk;
  };

  get maxRenderableVideos(): number {
    return this.script.maxRenderableVideos ?? (this.script.multipleVideos === false ? 1 : 25);
  }

  get selfId(): number {
    return this.script.selfId ?? 100;
  }

  /** Listeners the engine has on the client now. */
  get listenerCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  /** Camera and microphone tracks started and not stopped. */
  get liveTracks(): number {
    return this.tracks.started - this.tracks.stopped;
  }

  /** Fires an SDK event at the listeners. */
  // ----- media state changing under the element (issue 11), with the 2.5.0 bundle's payloads -----

  /**
   * The host mutes this browser: the bundle emits `current-audio-change` with
   * `{action: 'muted', source: 'passive(mute one)'}` (or `'passive(mute all)'`).
   */
  hostMutes(source: 'passive(mute one)' | 'passive(mute all)' = 'passive(mute one)'): void {
    this.audioMuted = true;
    this.patchSelf({ muted: true });
    this.emit('current-audio-change', { action: 'muted', source });
  }

  /**
   * Audio drops under the participant: the bundle emits `{action: 'leave', source}` with a leave
   * source such as `'microphone error'` or `'audio stream is ended by system'`; the track is gone.
   */
  audioDrops(source = 'audio stream is ended by system'): void {
    if (this.audioOn) this.tracks.stopped++;
    this.audioOn = false;
    this.patchSelf({ audio: '' });
    this.emit('current-audio-change', { action: 'leave', source });
  }

  /** The bundle emits `host-ask-unmute-audio` with `{reason: 'Unmute' | 'Spotlight' | 'Allow to talk'}` (the d.ts types only 'Unmute'). */
  hostAsksUnmute(reason: 'Unmute' | 'Spotlight' | 'Allow to talk' = 'Unmute'): void {
    this.emit('host-ask-unmute-audio', { reason });
  }

  /** The bundle emits `auto-play-audio-failed` with `undefined` when its autoplay probe fails. */
  autoplayFails(): void {
    this.emit('auto-play-audio-failed', undefined);
  }

  /** The camera stops from outside: the bundle emits `video-capturing-change` `{state: 'Stopped'}` (or `'Failed'`). */
  cameraStops(state: 'Stopped' | 'Failed' = 'Stopped'): void {
    if (this.videoOn) this.tracks.stopped++;
    this.videoOn = false;
    this.patchSelf({ bVideoOn: false });
    this.emit('video-capturing-change', { state });
  }

  /**
   * A capture fails under the participant: the bundle emits `active-media-failed` (internally
   * `media-internal-error`) with `{message, type, code}` and an English sentence as `message`
   * (e.g. 202 "Can't access your camera. Please refresh your browser to try again."). For the
   * failures that end the capture (not 105/106/107/207, which resume on the next click) the track
   * is gone.
   */
  mediaFails(type: 'audio' | 'video' | 'sharing', code: number): void {
    const message = MEDIA_FAILED_MESSAGES[code] ?? 'Oops! Something went wrong. Please close all browsers and retry.';
    if (![105, 106, 107, 207].includes(code)) {
      if (type === 'video' && this.videoOn) {
        this.tracks.stopped++;
        this.videoOn = false;
        this.patchSelf({ bVideoOn: false });
      } else if (type === 'audio' && this.audioOn) {
        this.tracks.stopped++;
        this.audioOn = false;
        this.patchSelf({ audio: '' });
      }
    }
    this.emit('active-media-failed', { message, type, code });
  }

  /**
   * A device is unplugged: it leaves `getDevices()`'s list, and the bundle emits `device-change`
   * with `{}` (50 ms after it listed the devices again; at once here).
   */
  unplug(deviceId: string): void {
    this.deviceList = this.deviceList.filter((d) => d.deviceId !== deviceId);
    this.emit('device-change', {});
  }

  emit(event: string, payload: unknown): void {
    for (const callback of [...(this.listeners.get(event) ?? [])]) callback(payload);
  }

  /** Lets the oldest hanging `join()` succeed (or fail with `error`). */
  settleJoin(error?: unknown): void {
    const pending = this.pendingJoins.shift();
    if (!pending) throw new Error('no join is hanging');
    if (error) pending.reject(error);
    else pending.resolve();
  }

  /** Someone joins: updates the user list and fires `user-added`. */
  addUser(user: Participant): void {
    this.users = [...this.users, user];
    this.emit('user-added', [{ userId: user.userId, displayName: user.displayName }]);
  }

  /** Someone changes (mute, video, name): updates the list and fires `user-updated`. */
  updateUser(userId: number, change: Partial<Participant>): void {
    // One record replaced in place, not the list copied: 1,000 updates at once must cost the engine's
    // work, not the fake's (the bench's update of everyone). `getAllUser()` hands out copies.
    const at = this.users.findIndex((u) => u.userId === userId);
    if (at >= 0) this.users[at] = { ...this.users[at]!, ...change };
    this.emit('user-updated', [{ userId, ...change }]);
  }

  /**
   * Someone starts or stops their camera, as the bundle tells it: the user list's `bVideoOn`, then
   * `user-updated` with that key and `peer-video-state-change`.
   */
  peerVideo(userId: number, on: boolean): void {
    this.updateUser(userId, { bVideoOn: on });
    this.emit('peer-video-state-change', { action: on ? 'Start' : 'Stop', userId });
  }

  /** Someone leaves: updates the list and fires `user-removed`. */
  removeUser(userId: number): void {
    this.users = this.users.filter((u) => u.userId !== userId);
    this.emit('user-removed', [{ userId }]);
  }

  /** Someone starts sharing their screen and this browser receives it (it becomes the active share). */
  peerStartsShare(userId: number): void {
    this.updateUser(userId, { sharerOn: true });
    this.emit('peer-share-state-change', { userId, action: 'Start' });
    this.activeShareUserId = userId;
    this.emit('active-share-change', { state: 'Active', userId });
  }

  /** Someone stops sharing; when theirs was the active share, it goes inactive. */
  peerStopsShare(userId: number): void {
    this.updateUser(userId, { sharerOn: false });
    this.emit('peer-share-state-change', { userId, action: 'Stop' });
    if (this.activeShareUserId === userId) {
      this.activeShareUserId = 0;
      this.emit('active-share-change', { state: 'Inactive', userId });
    }
  }

  /** The SDK switches the received share to another sharer (`share-content-change`). */
  switchShare(userId: number): void {
    this.activeShareUserId = userId;
    this.emit('share-content-change', { userId });
  }

  /**
   * This browser's share is stopped from outside: the browser's own bar, or the host. The payload is
   * what the 2.5.0 bundle emits, `{reason}` (its event table: `() => ({reason: ...})`), not the bare
   * enum the d.ts declares.
   */
  stopShareFromOutside(reason: PassiveStopShareWhy): void {
    if (this.sharing) this.tracks.stopped++;
    this.sharing = false;
    this.patchSelf({ sharerOn: false });
    this.emit('passively-stop-share', { reason });
  }

  /** A chat message arrives from `from`: to everyone, or to this browser only with `privately`. */
  receiveChat(from: { userId: number; name: string }, text: string, options: { privately?: boolean; id?: string } = {}): SdkChatMessage {
    const message = this.chatMessage(from, text, options.privately ? this.selfId : 0);
    if (options.id !== undefined) message.id = options.id;
    this.emit('chat-on-message', message);
    return message;
  }

  private chatMessage(from: { userId: number; name: string }, text: string, to = 0): SdkChatMessage {
    this.messages++;
    return {
      id: `message-${this.messages}`,
      message: text,
      sender: { userId: from.userId, name: from.name },
      receiver: { userId: to, name: to === 0 ? 'Everyone' : '' },
      timestamp: Date.now(),
    };
  }

  private patchSelf(change: Partial<Participant>): void {
    this.users = this.users.map((u) => (u.userId === this.selfId ? { ...u, ...change } : u));
  }

  // ----- crowds (issue 12) -----------------------------------------------------------------------

  /**
   * `count` people join in batches of `batch` (one `user-added` each, as the server groups them),
   * every `cameraEvery`-th with camera on; ids from `firstId`. Returns the ids.
   */
  addCrowd(count: number, options: { batch?: number; cameraEvery?: number; firstId?: number } = {}): number[] {
    const { batch = 20, cameraEvery = 3, firstId = 1000 } = options;
    const ids: number[] = [];
    for (let start = 0; start < count; start += batch) {
      const group: Participant[] = [];
      for (let i = start; i < Math.min(start + batch, count); i++) {
        const id = firstId + i;
        ids.push(id);
        group.push(participant(id, crowdName(i), { bVideoOn: i % cameraEvery === 0, muted: true }));
      }
      this.users = [...this.users, ...group];
      this.emit('user-added', group.map((u) => ({ userId: u.userId, displayName: u.displayName })));
    }
    return ids;
  }

  /** The host spotlights `ids` (`video-spotlight-change`; the bundle may repeat it). */
  spotlight(ids: number[]): void {
    this.spotlighted = [...ids];
    this.emit('video-spotlight-change', { spotlightList: ids.map((userId) => ({ userId })) });
  }
}

/** The bundle's `active-media-failed` messages for the codes it sends them with. */
const MEDIA_FAILED_MESSAGES: Record<number, string> = {
  102: "Can't access your microphone. Please refresh your browser to try again.",
  103: 'Your browser is preventing access to your microphone.Please grant the permission.',
  202: "Can't access your camera. Please refresh your browser to try again.",
  203: 'Your browser is preventing access to your camera.Please grant the permission.',
};

const FIRST = ['Ada', 'Grace', 'Linus', 'Barbara', 'Alan', 'Margaret', 'Dennis', 'Frances', 'Edsger', 'Hedy', 'Tim', 'Radia'];
const LAST = ['Lovelace', 'Hopper', 'Torvalds', 'Liskov', 'Turing', 'Hamilton', 'Ritchie', 'Allen', 'Dijkstra', 'Lamarr'];

/** A plausible, unique name for the `i`-th person of a crowd. */
export function crowdName(i: number): string {
  return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i + 1}`;
}
