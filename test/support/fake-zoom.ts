/**
 * A scriptable stand-in for the Zoom Video SDK, typed against the SDK's own interfaces: `module`
 * satisfies `SdkModule`, `client` `SdkClient` and `stream` `SdkStream`, which are `Pick`s of the
 * real `typeof ZoomVideo`, `typeof VideoClient` and `typeof Stream`. If the SDK renames a method
 * or changes a signature the engine uses, this file (and `zoom-client.ts`) stop compiling.
 *
 * It records every call, counts listeners and camera/microphone tracks, and lets a test decide
 * how init, join and media behave (delay, hang, fail) and which SDK events happen.
 */
import type {
  AudioOption,
  CaptureVideoOption,
  ClientLoader,
  LocalAudioTrack,
  LocalVideoTrack,
  Participant,
  SdkClient,
  SdkModule,
  SdkStream,
  VideoPlayer,
  ZoomVideoSdk,
} from '../../src/session/zoom-client.js';

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
  /** The preview camera's `start()` rejects with this. */
  previewVideoError?: unknown;
  /** The preview microphone's `start()` rejects with this. */
  previewAudioError?: unknown;
  devicesError?: unknown;
  /** What the preview microphone's `getCurrentVolume()` says (RMS, 0 to 1). */
  volume?: number;
  /** The user id this browser gets when it joins. */
  selfId?: number;
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

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class FakeZoom {
  readonly script: FakeScript = {};

  /** Every call the engine made, in order per method. */
  readonly calls = {
    loads: 0,
    createClient: 0,
    init: [] as Array<{ lang: string; assets: string }>,
    join: [] as Array<{ topic: string; token: string; userName: string; passcode: string | undefined }>,
    leave: 0,
    startAudio: [] as AudioOption[],
    stopAudio: 0,
    muteAudio: 0,
    unmuteAudio: 0,
    startVideo: [] as CaptureVideoOption[],
    stopVideo: 0,
    attachVideo: [] as number[],
    detachVideo: [] as number[],
    getDevices: 0,
    previewVideoTracks: [] as Array<string | undefined>,
    previewAudioTracks: [] as Array<string | undefined>,
  };

  /** Camera and microphone tracks, session and preview alike. */
  readonly tracks = { started: 0, stopped: 0 };

  readonly listeners = new Map<string, Set<Callback>>();
  users: Participant[] = [];
  inSession = false;
  private audioOn = false;
  private audioMuted = true;
  private videoOn = false;
  private pendingJoins: Array<{ resolve: () => void; reject: (e: unknown) => void }> = [];

  readonly stream: SdkStream = {
    startAudio: async (options?: AudioOption) => {
      this.calls.startAudio.push(options ?? {});
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
    muteAudio: async () => {
      this.calls.muteAudio++;
      this.audioMuted = true;
      this.patchSelf({ muted: true });
      return '';
    },
    unmuteAudio: async () => {
      this.calls.unmuteAudio++;
      this.audioMuted = false;
      this.patchSelf({ muted: false });
      return '';
    },
    isAudioMuted: () => this.audioMuted,
    startVideo: async (options?: CaptureVideoOption) => {
      this.calls.startVideo.push(options ?? {});
      if (this.script.startVideoError) throw this.script.startVideoError;
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
    attachVideo: async (userId: number) => {
      this.calls.attachVideo.push(userId);
      const player = document.createElement('video-player') as unknown as VideoPlayer;
      player.setAttribute('node-id', String(userId));
      return player;
    },
    detachVideo: async (userId: number, element?: string | VideoPlayer) => {
      this.calls.detachVideo.push(userId);
      return (typeof element === 'object' ? element : []) as VideoPlayer;
    },
    switchCamera: async () => '',
    switchMicrophone: async () => '',
  };

  readonly client: SdkClient = {
    init: async (lang: string, assets: string) => {
      this.calls.init.push({ lang, assets });
      if (this.script.initDelayMs) await sleep(this.script.initDelayMs);
      if (this.script.initError) throw this.script.initError;
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
    leave: async () => {
      this.calls.leave++;
      if (this.videoOn) this.tracks.stopped++;
      if (this.audioOn) this.tracks.stopped++;
      this.videoOn = false;
      this.audioOn = false;
      const was = this.inSession;
      this.inSession = false;
      this.users = [];
      if (was) this.emit('connection-change', { state: 'Closed' });
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
  };

  readonly module: SdkModule = {
    createClient: () => {
      this.calls.createClient++;
      return this.client;
    },
    getDevices: async () => {
      this.calls.getDevices++;
      if (this.script.devicesError) throw this.script.devicesError;
      const device = (kind: MediaDeviceKind, deviceId: string, label: string) =>
        ({ kind, deviceId, label, groupId: 'g', toJSON: () => ({}) }) as MediaDeviceInfo;
      return [
        device('videoinput', 'cam-1', 'Front camera'),
        device('videoinput', 'cam-2', ''),
        device('audioinput', 'mic-1', 'Headset'),
        device('audiooutput', 'spk-1', 'Speaker'),
      ];
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
    this.users = this.users.map((u) => (u.userId === userId ? { ...u, ...change } : u));
    this.emit('user-updated', [{ userId, ...change }]);
  }

  /** Someone leaves: updates the list and fires `user-removed`. */
  removeUser(userId: number): void {
    this.users = this.users.filter((u) => u.userId !== userId);
    this.emit('user-removed', [{ userId }]);
  }

  private patchSelf(change: Partial<Participant>): void {
    this.users = this.users.map((u) => (u.userId === this.selfId ? { ...u, ...change } : u));
  }
}
