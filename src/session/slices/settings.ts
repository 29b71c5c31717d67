/**
 * The participant's settings (issue 17): background (none, blur, a built-in image, their own image
 * or the page's), noise suppression (on by default where supported), original sound, mirroring, HD
 * and the speaker; remembered per origin unless the page says `no-remember`; a stored device that
 * is gone falls back to the default with the `device-fell-back` notice.
 *
 * Before joining a background shows in a preview of its own (a local video track started on a
 * canvas, after `init()`: the SDK's stream calls need a joined session), and the choices go into
 * `startAudio` / `startVideo` at the join. In a session they are applied at once. What this browser
 * or mode cannot do is said before the participant tries it (`unsupported`), never as an error
 * after the fact.
 */
import { quietly } from '../async.js';
import { toSessionError } from '../errors.js';
import { ZoomSessionSettingsEvent } from '../events.js';
import type { MediaDeviceChoice, MediaMode, SessionSettings } from '../types.js';
import type { ZoomClient } from '../zoom-client.js';
import type { AudioOption, CaptureVideoOption, LocalVideoTrack } from '../zoom-sdk.js';
import * as calls from '../zoom-settings.js';
import { builtinBackgroundUrl, isBuiltinBackground } from '../backgrounds.js';
import type { DeviceInfo } from './media.js';
import type { Notifier } from './notices.js';
import { readSettings, rememberableBackground, writeSettings, type RememberedSettings } from './settings-memory.js';
import { Slice, type SliceCore } from './slice.js';

/** What the participant chooses. `background`: `none`, `blur`, a built-in name, `own`, or the page's image URL. */
export interface SettingsChoice {
  background: string;
  noiseSuppression: boolean;
  originalSound: boolean;
  mirrored: boolean;
  hd: boolean;
  speakerId: string | undefined;
}

/**
 * Why a choice cannot be made here: `checking` (the SDK is being asked), `isolation` (WebAssembly
 * media without cross-origin isolation), `platform` (this browser, device or account cannot),
 * `unavailable` (the SDK's media files could not load), `after-join` (known once joined).
 */
export type Unsupported = 'checking' | 'isolation' | 'platform' | 'unavailable' | 'after-join';

export interface SettingsInfo extends SettingsChoice {
  /** The speakers to choose from (empty: the browser's default only). */
  speakers: readonly MediaDeviceChoice[];
  /** The participant's own image, read locally (an object URL), if they chose one. */
  ownImage: string | undefined;
  /** The choices this browser, mode or account cannot make, and why. */
  unsupported: Readonly<Partial<Record<'background' | 'noiseSuppression' | 'hd' | 'speaker', Unsupported>>>;
}

/** What the page sets: memory on or off, its defaults, the media modes. */
export interface SettingsConfig {
  remember: boolean;
  /** `none`, `blur`, or an image URL; empty: none. */
  background: string;
  /** `on`, `off`, or empty: on where supported. */
  noiseSuppression: string;
  videoMode: MediaMode;
  audioMode: MediaMode;
}

/** What the settings slice needs of the media slice. */
export interface SettingsMedia {
  readonly devices: DeviceInfo;
  readonly listed: readonly MediaDeviceInfo[];
  readonly audioOn: boolean;
  readonly videoOn: boolean;
  chooseCamera(deviceId: string): Promise<void>;
  chooseMicrophone(deviceId: string): Promise<void>;
  toggleVideo(): Promise<void>;
}

/** The largest own image read (the SDK scales it; a bigger one only costs memory). */
export const OWN_IMAGE_MAX_BYTES = 15 * 1024 * 1024;

const BASE: SettingsChoice = {
  background: 'none',
  noiseSuppression: true,
  originalSound: false,
  mirrored: false,
  hd: false,
  speakerId: undefined,
};

const isolated = () => (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
const canChooseSpeaker = () =>
  typeof HTMLMediaElement !== 'undefined' && typeof (HTMLMediaElement.prototype as { setSinkId?: unknown }).setSinkId === 'function';

export class SettingsSlice extends Slice {
  private config: SettingsConfig = { remember: false, background: '', noiseSuppression: '', videoMode: 'webrtc', audioMode: 'webrtc' };
  /** The participant's choices (and what memory gave back), over the page's defaults. */
  private chosen: Partial<SettingsChoice> = {};
  /** Stored devices not yet checked against the device lists. */
  private pending: Pick<RememberedSettings, 'cameraId' | 'microphoneId' | 'speakerId'> | undefined;
  private restored = false;
  private own: string | undefined;
  /** What the SDK said: before joining after `check()`, in a session at `joined()`. */
  private sdk: calls.SdkSettingsSupport | undefined;
  private sdkFailed = false;
  private checking: Promise<void> | undefined;
  private sessionSpeakers: MediaDeviceChoice[] | undefined;
  private cache: { key: string; info: SettingsInfo } | undefined;
  /** Counts stops of the background preview: a start that outlives one is dropped. */
  private generation = 0;
  private preview: { track: LocalVideoTrack; element: HTMLElement; url: string; started: Promise<boolean> } | undefined;

  constructor(
    core: SliceCore,
    private readonly media: SettingsMedia,
    private readonly notices: Notifier,
  ) {
    super(core);
  }

  /** The page's settings: memory, defaults and modes (the element hands them over on every render). */
  configure(config: SettingsConfig): void {
    const was = this.config;
    if (
      was.remember === config.remember && was.background === config.background && was.noiseSuppression === config.noiseSuppression &&
      was.videoMode === config.videoMode && was.audioMode === config.audioMode
    ) {
      return;
    }
    this.config = { ...config };
    if (config.remember && !this.restored) this.restore();
    this.core.update();
  }

  /** The settings now: choices, what can be chosen, and why not (a new object when one changes). */
  get info(): SettingsInfo {
    const choice: SettingsChoice = { ...BASE, ...this.defaults(), ...this.chosen };
    const unsupported = this.unsupported();
    if (unsupported.noiseSuppression) choice.noiseSuppression = false;
    if (unsupported.hd) choice.hd = false;
    if (choice.background === 'own' && !this.own) choice.background = 'none';
    const speakers = this.speakers();
    const key = JSON.stringify([choice, unsupported, speakers, this.own]);
    if (this.cache?.key === key) return this.cache.info;
    const info: SettingsInfo = { ...choice, speakers, ownImage: this.own, unsupported };
    this.cache = { key, info };
    return info;
  }

  /** The image URL the SDK gets for the background now (`'blur'`, a URL), or undefined for none. */
  imageUrl(background = this.info.background): string | undefined {
    if (background === 'none' || background === '') return undefined;
    if (background === 'blur') return 'blur';
    if (background === 'own') return this.own;
    if (isBuiltinBackground(background)) return builtinBackgroundUrl(background) || undefined;
    return /^(https?:|data:image\/|blob:)/i.test(background) ? background : undefined;
  }

  /** Asks the SDK (loaded and initialised) what this browser can do, before joining. */
  check(init: () => Promise<void>): Promise<void> {
    if (this.sdk || this.core.inSession) return Promise.resolve();
    this.checking ??= (async () => {
      this.core.update();
      try {
        await init();
        this.sdk = calls.settingsSupport(this.core.client().client);
        this.sdkFailed = false;
      } catch {
        this.sdkFailed = true;
      }
      this.checking = undefined;
      this.core.update();
    })();
    return this.checking;
  }

  /** The participant changed a setting: remembered, told to the page, applied to the session. */
  async choose(change: Partial<SettingsChoice>): Promise<void> {
    const before = this.info;
    const next = { ...change };
    if (next.originalSound === true) next.noiseSuppression = false;
    if (next.noiseSuppression === true) next.originalSound = false;
    this.chosen = { ...this.chosen, ...next };
    const after = this.info;
    this.save();
    this.core.update();
    this.core.dispatch(new ZoomSessionSettingsEvent(this.summary()));
    await this.apply(before, after);
  }

  /** The participant's own image, read locally (never uploaded by the element): becomes the background. */
  async chooseOwnImage(file: Blob): Promise<boolean> {
    if (!file.type.startsWith('image/') || file.size > OWN_IMAGE_MAX_BYTES) return false;
    if (this.own) URL.revokeObjectURL(this.own);
    this.own = URL.createObjectURL(file);
    // A new image under the same choice: the SDK gets it even if `background` stays `own`.
    if (this.info.background === 'own') this.chosen = { ...this.chosen, background: 'none' };
    await this.choose({ background: 'own' });
    return true;
  }

  /** Device choices of the media slice changed: remember them. */
  devicesChanged(): void {
    this.save();
    this.core.dispatch(new ZoomSessionSettingsEvent(this.summary()));
  }

  /** The device lists were read before joining: stored devices are checked against them. */
  devicesListed(): void {
    this.checkListed();
    this.core.update();
  }

  /** Stored devices against the browser's lists (the preview's). */
  private checkListed(): void {
    const listed = this.media.listed;
    const ids = (kind: MediaDeviceKind) => listed.filter((d) => d.kind === kind && d.deviceId !== '').map((d) => d.deviceId);
    this.checkStored({ cameras: ids('videoinput'), microphones: ids('audioinput'), speakers: ids('audiooutput') });
  }

  /** What `startAudio` gets of the settings. */
  audioOptions(): Partial<AudioOption> {
    const info = this.info;
    const options: Partial<AudioOption> = {};
    if (info.originalSound) options.originalSound = true;
    else if (info.noiseSuppression) options.backgroundNoiseSuppression = true;
    if (info.speakerId && !info.unsupported.speaker) options.speakerId = info.speakerId;
    return options;
  }

  /** What `startVideo` gets of the settings. */
  videoOptions(): Partial<CaptureVideoOption> {
    const info = this.info;
    const options: Partial<CaptureVideoOption> = {};
    const imageUrl = info.unsupported.background ? undefined : this.imageUrl(info.background);
    if (imageUrl) options.virtualBackground = { imageUrl };
    if (info.mirrored) options.mirrored = true;
    if (info.hd) options.hd = true;
    return options;
  }

  // ----- the background before joining ----------------------------------------------------------

  /**
   * Shows the camera with the chosen background in `element` (a canvas) before joining, or stops
   * that preview when there is no background to show. Needs `check()` to have run.
   */
  async showBackground(element: HTMLElement | undefined): Promise<void> {
    const info = this.info;
    const url = element && !info.unsupported.background && !this.core.underWay ? this.imageUrl(info.background) : undefined;
    const running = this.preview;
    if (running && url && running.element === element) {
      if (running.url === url || !(await running.started)) return;
      running.url = url;
      await quietly(() => running.track.updateVirtualBackground(url));
      return;
    }
    const generation = ++this.generation; // a later call (or a hide) wins over this one
    const old = this.preview;
    this.preview = undefined;
    if (old && (await old.started)) await quietly(() => old.track.stop());
    if (!url || !element || generation !== this.generation) return;
    let track: LocalVideoTrack;
    try {
      track = await this.core.client().createLocalVideoTrack(this.media.devices.cameraId);
    } catch (error) {
      this.core.report(toSessionError(error, { stage: 'camera' }));
      return;
    }
    // Stopped (the panel closed, a join began) or started elsewhere while the track was made.
    if (this.preview || generation !== this.generation || this.core.underWay) return;
    const started = calls.startBackgroundPreview(track, element, url).then(
      () => true,
      (error: unknown) => {
        this.core.report(toSessionError(error, { stage: 'camera' }));
        return false;
      },
    );
    const preview = { track, element, url, started };
    this.preview = preview;
    if (!(await started) && this.preview === preview) this.preview = undefined;
  }

  /** Stops the background preview (the camera is released). */
  async hideBackground(): Promise<void> {
    this.generation++;
    const preview = this.preview;
    this.preview = undefined;
    if (preview && (await preview.started)) await quietly(() => preview.track.stop());
  }

  /** True while the background preview runs (for tests and diagnostics). */
  get previewing(): boolean {
    return this.preview !== undefined;
  }

  // ----- the session --------------------------------------------------------------------------

  override listen(zoom: ZoomClient): void {
    void this.hideBackground(); // the camera goes to the session
    super.listen(zoom);
  }

  /** Joined: what the SDK says now (the account's HD, noise suppression), and the stored devices checked. */
  override joined(zoom: ZoomClient): void {
    this.sdk = calls.settingsSupport(zoom.client);
    const devices = calls.sessionDevices(zoom.client);
    this.sessionSpeakers = devices.speakers.map((d, i) => ({ deviceId: d.deviceId, label: d.label || `Speaker ${i + 1}` }));
    const ids = (list: Array<{ deviceId: string }>) => list.map((d) => d.deviceId);
    this.checkStored({ cameras: ids(devices.cameras), microphones: ids(devices.microphones), speakers: ids(devices.speakers) });
  }

  override reset(): void {
    void this.hideBackground();
    this.sessionSpeakers = undefined;
    // What the account allows is known again at the next join; what the browser allows stays.
    if (this.sdk) this.sdk = { ...this.sdk, hd: false, noiseSuppression: false };
    this.core.update();
  }

  // ----- inside ---------------------------------------------------------------------------------

  private defaults(): Partial<SettingsChoice> {
    const out: Partial<SettingsChoice> = {};
    const background = this.config.background.trim();
    if (background) out.background = background;
    if (this.config.noiseSuppression === 'off') out.noiseSuppression = false;
    return out;
  }

  private unsupported(): SettingsInfo['unsupported'] {
    const out: Partial<Record<keyof SettingsInfo['unsupported'], Unsupported>> = {};
    const joined = this.core.joined !== undefined; // the SDK joined (also while audio and video start)
    if (this.config.videoMode === 'wasm' && !isolated()) out.background = 'isolation';
    else if (!this.sdk) out.background = this.sdkFailed ? 'unavailable' : 'checking';
    else if (!this.sdk.background) out.background = 'platform';
    if (this.config.audioMode === 'wasm' && !isolated()) out.noiseSuppression = 'isolation';
    else if (joined && this.sdk && !this.sdk.noiseSuppression) out.noiseSuppression = 'platform';
    if (!joined) out.hd = 'after-join';
    else if (!this.sdk?.hd) out.hd = 'platform';
    if (!canChooseSpeaker()) out.speaker = 'platform';
    return out;
  }

  private speakers(): MediaDeviceChoice[] {
    if (this.sessionSpeakers) return this.sessionSpeakers;
    return this.media.listed
      .filter((d) => d.kind === 'audiooutput' && d.deviceId !== '')
      .map((d, i) => ({ deviceId: d.deviceId, label: d.label || `Speaker ${i + 1}` }));
  }

  private restore(): void {
    this.restored = true;
    const stored = readSettings();
    const { cameraId, microphoneId, speakerId, ...choices } = stored;
    this.chosen = { ...choices, ...this.chosen };
    if (cameraId || microphoneId || speakerId) this.pending = { ...(cameraId && { cameraId }), ...(microphoneId && { microphoneId }), ...(speakerId && { speakerId }) };
    // The preview may have listed the devices before the page's settings arrived (they come with a
    // render): check them now, so the order of the two does not matter. A join checks its own.
    if (!this.core.underWay && this.media.listed.length > 0) this.checkListed();
  }

  /** Stored devices against the lists: a known one is chosen, a vanished one falls back with a notice. */
  private checkStored(lists: Record<'cameras' | 'microphones' | 'speakers', string[]>): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    let gone = false;
    const check = (kind: 'camera' | 'microphone' | 'speaker', id: string | undefined, list: string[], use: (id: string) => unknown) => {
      if (!id) return;
      if (list.length === 0) {
        this.pending = { ...this.pending, [`${kind}Id`]: id }; // not listed yet (no permission): later
      } else if (list.includes(id)) {
        use(id);
      } else {
        gone = true;
        this.notices.notify('device-fell-back', { params: { kind } });
      }
    };
    check('camera', pending.cameraId, lists.cameras, (id) => this.media.chooseCamera(id));
    check('microphone', pending.microphoneId, lists.microphones, (id) => this.media.chooseMicrophone(id));
    check('speaker', pending.speakerId, lists.speakers, (id) => (this.chosen = { ...this.chosen, speakerId: id }));
    if (gone) this.save();
  }

  /** The choices and devices, as the event and memory say them. */
  private summary(): SessionSettings {
    const { background, noiseSuppression, originalSound, mirrored, hd, speakerId } = this.info;
    const { cameraId, microphoneId } = this.media.devices;
    return { background, noiseSuppression, originalSound, mirrored, hd, speakerId, cameraId, microphoneId };
  }

  private save(): void {
    if (!this.config.remember) return;
    const { cameraId, microphoneId } = this.media.devices;
    const out: RememberedSettings = {};
    const choice = this.chosen;
    if (rememberableBackground(choice.background)) out.background = choice.background!;
    for (const key of ['noiseSuppression', 'originalSound', 'mirrored', 'hd'] as const) {
      if (typeof choice[key] === 'boolean') out[key] = choice[key];
    }
    const camera = cameraId ?? this.pending?.cameraId;
    const microphone = microphoneId ?? this.pending?.microphoneId;
    const speaker = choice.speakerId ?? this.pending?.speakerId;
    if (camera) out.cameraId = camera;
    if (microphone) out.microphoneId = microphone;
    if (speaker) out.speakerId = speaker;
    writeSettings(out);
  }

  /** In a session, what changed goes to the SDK now; before one, it waits for the join (and the preview). */
  private async apply(before: SettingsInfo, after: SettingsInfo): Promise<void> {
    const zoom = this.core.joined;
    if (!zoom || !this.core.inSession) return;
    const client = zoom.client;
    const run = async (stage: 'video' | 'audio', call: () => Promise<void>) => {
      try {
        await call();
      } catch (error) {
        this.core.report(toSessionError(error, { stage }));
      }
    };
    const { videoOn, audioOn } = this.media;
    if (videoOn && !after.unsupported.background && this.imageUrl(before.background) !== this.imageUrl(after.background)) {
      await run('video', () => calls.setBackground(client, this.imageUrl(after.background)));
    }
    if (videoOn && before.mirrored !== after.mirrored) await run('video', () => calls.setMirrored(client, after.mirrored));
    if (audioOn && before.originalSound !== after.originalSound && after.originalSound) {
      await run('audio', () => calls.setOriginalSound(client, true));
    } else if (audioOn && before.noiseSuppression !== after.noiseSuppression) {
      await run('audio', () => calls.setNoiseSuppression(client, after.noiseSuppression));
    } else if (audioOn && before.originalSound !== after.originalSound) {
      await run('audio', () => calls.setOriginalSound(client, false));
    }
    if (audioOn && after.speakerId && before.speakerId !== after.speakerId && !after.unsupported.speaker) {
      await run('audio', () => calls.switchSpeaker(client, after.speakerId!));
    }
    if (videoOn && before.hd !== after.hd) {
      // The capture size is set when the camera starts: it starts again.
      await this.media.toggleVideo();
      await this.media.toggleVideo();
    }
  }
}
