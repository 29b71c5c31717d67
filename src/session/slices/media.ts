/**
 * This browser's own media in a session: its audio (connected, muted) and its video (sending or
 * not), and the camera and microphone chosen for them (before joining, in the preview form, or
 * during the call). A refused camera or microphone is reported; the session goes on without it.
 */
import { quietly } from '../async.js';
import { toSessionError } from '../errors.js';
import { emptyPreview } from '../types.js';
import type { ZoomClient } from '../zoom-client.js';
import type { AudioOption, CaptureVideoOption } from '../zoom-sdk.js';
import { deviceChoices, fallBackDevices, isHandheld, type DeviceInfo } from './devices.js';
import type { Notifier } from './notices.js';
import { Slice, type SdkListeners, type SliceCore, type TeardownStep } from './slice.js';

export { fallBackDevices, type DeviceInfo } from './devices.js';

/**
 * `active-media-failed` codes after which the SDK resumes by itself on the participant's next click
 * anywhere on the page (105 MicrophoneMuted, 106 AudioStreamMuted, 107 AudioPlaybackInterrupted,
 * 207 VideoStreamMuted: an iOS tab sent to the background, the system muting the device).
 */
const RESUMES_ON_CLICK: ReadonlySet<number> = new Set([105, 106, 107, 207]);

/** No device known yet, none chosen: the devices of the one empty preview the form shows too. */
function noDevices(): DeviceInfo {
  const { cameras, microphones, cameraId, microphoneId } = emptyPreview();
  return { cameras, microphones, cameraId, microphoneId };
}

export class MediaSlice extends Slice {
  private audioConnected = false;
  private muted = true;
  private sending = false;
  private deviceInfo: DeviceInfo = noDevices();
  /** Counts sessions ended: a start that finishes in a later one than it began in is stopped, not recorded. */
  private ended = 0;
  private stoppingVideo = false;
  /** Every device of the last list read, speakers too (the settings slice reads them). */
  listed: readonly MediaDeviceInfo[] = [];
  /** What `startAudio` and `startVideo` get of the participant's settings (set in `slices/index.ts`). */
  options: { audio(): Partial<AudioOption>; video(): Partial<CaptureVideoOption> } = { audio: () => ({}), video: () => ({}) };

  /**
   * @param stopSelfView takes this browser's own video off the screen before the camera stops (the video slice)
   * @param notices what the participant is told in passing (the notices slice)
   */
  constructor(
    core: SliceCore,
    private readonly stopSelfView: () => Promise<void>,
    private readonly notices: Notifier,
  ) {
    super(core);
  }

  // ----- the SDK's word on this browser's media: it changes under the element -------------------

  override sdkListeners(): SdkListeners {
    return {
      'current-audio-change': this.onAudioChange,
      'host-ask-unmute-audio': this.onAskUnmute,
      'auto-play-audio-failed': this.onAutoplayFailed,
      'video-capturing-change': this.onCapturingChange,
      'active-media-failed': this.onMediaFailed,
      'device-change': this.onDeviceChange,
    };
  }

  /**
   * `{code, message, type: 'audio'|'video'|'sharing'}` (the bundle's `media-internal-error`): the
   * camera unplugged (202), access revoked by the system or the browser (103, 203), the capture
   * failed (104, 201, 206), out of memory or graphics (204, 205). The device is off, its button's next
   * press starts it again, and the participant is told why. A pause the SDK lifts on the next click
   * (`RESUMES_ON_CLICK`) is only said.
   */
  private readonly onMediaFailed = (payload: { code?: unknown; type?: unknown } | undefined) => {
    const code = Number(payload?.code) || 0;
    const type = payload?.type;
    const kind = type === 'video' ? 'camera' : type === 'audio' ? 'microphone' : 'share';
    if (RESUMES_ON_CLICK.has(code)) return void this.notices.notify('media-paused', { params: { kind, code } });
    this.notices.notify('media-failed', { params: { kind, code } });
    const zoom = this.core.joined;
    if (type === 'video' && this.sending) {
      this.sending = false;
      void this.stopSelfView();
      if (zoom) void this.stopVideoQuietly(zoom);
    } else if (type === 'audio' && this.audioConnected) {
      this.audioConnected = false;
      this.muted = true;
      if (zoom) void quietly(() => zoom.stopAudio());
    } else {
      return;
    }
    this.core.refresh();
  };

  /**
   * `{}`, after the SDK listed the devices again (a device plugged in or out; also right after a
   * start and a permission grant). The lists are read again without asking for permission; a chosen
   * device that is gone falls back to the default (the first listed), and the participant is told.
   */
  private readonly onDeviceChange = () => {
    void this.devicesChanged();
  };

  private async devicesChanged(): Promise<void> {
    await this.refreshDevices(true);
    const { cameraId, microphoneId, gone } = fallBackDevices(this.deviceInfo, this.deviceInfo);
    if (gone.length === 0) return;
    this.setDevices({ cameraId, microphoneId });
    const zoom = this.core.joined;
    for (const kind of gone) {
      this.notices.notify('device-fell-back', { params: { kind } });
      if (!zoom) continue;
      if (kind === 'camera' && this.sending) {
        const first = this.deviceInfo.cameras[0]?.deviceId;
        if (first) await quietly(() => zoom.switchCamera(first));
      } else if (kind === 'microphone' && this.audioConnected) {
        const first = this.deviceInfo.microphones[0]?.deviceId;
        if (first) await quietly(() => zoom.switchMicrophone(first));
      }
    }
  }

  /** Stops the SDK's capture after it failed, so that the next start begins clean. */
  private async stopVideoQuietly(zoom: ZoomClient): Promise<void> {
    this.stoppingVideo = true;
    await quietly(() => zoom.stopVideo());
    this.stoppingVideo = false;
  }

  /**
   * `{action: 'join'|'leave'|'muted'|'unmuted', source?}` as the 2.5.0 bundle emits it. A muted
   * source other than `active` (`passive(mute one)`, `passive(mute all)`) is the host; a leave
   * source other than `active` (`microphone error`, `audio stream is ended by system`, `failover`,
   * `pstn`) is audio dropped under the participant: the next press of the button starts it again.
   */
  private readonly onAudioChange = (payload: { action?: unknown; source?: unknown }) => {
    const source = String(payload.source ?? '');
    if (payload.action === 'muted') {
      this.muted = true;
      if (source.startsWith('passive')) this.notices.notify('host-muted-you');
    } else if (payload.action === 'unmuted') {
      this.muted = false;
      this.notices.withdraw('host-asks-unmute');
    } else if (payload.action === 'join') {
      this.audioConnected = true;
    } else if (payload.action === 'leave') {
      this.audioConnected = false;
      this.muted = true;
      if (source !== 'active' && this.core.inSession) this.notices.notify('microphone-stopped', { params: { reason: source } });
    } else {
      return;
    }
    this.core.refresh();
  };

  /** `{reason: 'Unmute'|'Spotlight'|'Allow to talk'}`: a consent prompt; accepting unmutes. */
  private readonly onAskUnmute = (payload: { reason?: unknown }) => {
    if (!this.audioConnected || !this.muted) return;
    this.notices.notify('host-asks-unmute', {
      sticky: true,
      params: { reason: String(payload?.reason ?? 'Unmute') },
      actions: { unmute: () => this.muted && this.toggleAudio(), 'stay-muted': () => undefined },
    });
  };

  /**
   * Emitted with no payload when the autoplay probe fails after `startAudio`; the SDK itself joins
   * audio again on the next user gesture, so the "Turn on sound" button is that gesture.
   */
  private readonly onAutoplayFailed = () => {
    this.notices.notify('sound-blocked', { sticky: true, actions: { 'enable-sound': () => undefined } });
  };

  /**
   * `{state: 'Started'|'Stopped'|'Failed'}`. `Stopped` also follows this browser's own stop (then
   * `sending` is already false); one that comes while sending is the camera stopped from outside.
   */
  private readonly onCapturingChange = (payload: { state?: unknown }) => {
    if (payload.state === 'Started') {
      if (this.sending) return;
      this.sending = true;
    } else if (payload.state === 'Stopped' || payload.state === 'Failed') {
      if (!this.sending || this.stoppingVideo) return;
      this.sending = false;
      void this.stopSelfView();
      this.notices.notify('camera-stopped', { params: { reason: String(payload.state) } });
    } else {
      return;
    }
    this.core.refresh();
  };

  /** True when this browser's audio is connected to the session. */
  get audioOn(): boolean {
    return this.audioConnected;
  }

  /** True when this browser is muted (or its audio is not connected). */
  get audioMuted(): boolean {
    return !this.audioConnected || this.muted;
  }

  /** True when this browser sends video. */
  get videoOn(): boolean {
    return this.sending;
  }

  /** The device lists and the chosen devices (a new object on every change). */
  get devices(): DeviceInfo {
    return this.deviceInfo;
  }

  /** Starts session audio with the chosen microphone. */
  async startAudio(muted: boolean): Promise<void> {
    const zoom = this.core.joined;
    if (!zoom) return;
    const microphoneId = this.deviceInfo.microphoneId;
    const ended = this.ended;
    try {
      await zoom.startAudio({ ...this.options.audio(), ...(microphoneId ? { mute: muted, microphoneId } : { mute: muted }) });
      if (ended !== this.ended) return void (await quietly(() => zoom.stopAudio()));
      this.audioConnected = true;
      this.muted = muted;
      this.core.clearError('microphone-');
    } catch (error) {
      this.core.report(toSessionError(error, { stage: 'audio' }));
    }
    this.core.refresh();
  }

  /** Starts this browser's video with the chosen camera. */
  async startVideo(): Promise<void> {
    const zoom = this.core.joined;
    if (!zoom) return;
    const cameraId = this.deviceInfo.cameraId;
    const ended = this.ended;
    try {
      await zoom.startVideo({ ...this.options.video(), ...(cameraId ? { cameraId } : {}) });
      if (ended !== this.ended) return void (await quietly(() => zoom.stopVideo()));
      this.sending = true;
      this.core.clearError('camera-');
    } catch (error) {
      this.core.report(toSessionError(error, { stage: 'video' }));
    }
    this.core.refresh();
  }

  /** Mutes or unmutes (connecting audio first if it is not). Problems are reported, not thrown. */
  toggleAudio(): Promise<void> {
    return this.toggle('audio', async (zoom) => {
      if (!this.audioConnected) {
        await this.startAudio(false);
        return;
      }
      const mute = !this.muted;
      try {
        await zoom.setAudioMuted(mute);
        this.muted = mute;
      } catch (error) {
        this.core.report(toSessionError(error, { stage: 'audio' }));
      }
    });
  }

  /** Starts or stops this browser's video. Problems are reported, not thrown. */
  toggleVideo(): Promise<void> {
    return this.toggle('video', async (zoom) => {
      if (!this.sending) {
        await this.startVideo();
        return;
      }
      await this.stopSelfView();
      this.stoppingVideo = true; // the SDK's own `Stopped` may come before `stopVideo()` resolves
      try {
        await zoom.stopVideo();
        this.sending = false;
      } catch (error) {
        this.core.report(toSessionError(error, { stage: 'video' }));
      }
      this.stoppingVideo = false;
    });
  }

  /**
   * Reads the camera and microphone lists. Without `skipPermissionCheck` the SDK asks for both
   * camera and microphone first (so labels are known); with it, it only lists what the browser shows
   * (labels of a kind appear once that kind was allowed). On a phone the cameras are facing modes.
   */
  async refreshDevices(skipPermissionCheck = false): Promise<void> {
    try {
      const devices = await this.core.client().devices(skipPermissionCheck);
      this.listed = devices;
      this.setDevices(deviceChoices(devices, isHandheld()));
    } catch (error) {
      this.core.report(toSessionError(error, { stage: 'devices' }));
    }
  }

  /** Chooses the camera for the session (switching it if video runs) and for the next start. */
  async chooseCamera(deviceId: string): Promise<void> {
    this.setDevices({ cameraId: deviceId });
    const zoom = this.core.joined;
    if (!this.core.inSession || !this.sending || !zoom) return;
    try {
      await zoom.switchCamera(deviceId);
    } catch (error) {
      this.core.report(toSessionError(error, { stage: 'video' }));
    }
  }

  /** Chooses the microphone for the session (switching it if audio runs) and for the next start. */
  async chooseMicrophone(deviceId: string): Promise<void> {
    this.setDevices({ microphoneId: deviceId });
    const zoom = this.core.joined;
    if (!this.core.inSession || !this.audioConnected || !zoom) return;
    try {
      await zoom.switchMicrophone(deviceId);
    } catch (error) {
      this.core.report(toSessionError(error, { stage: 'audio' }));
    }
  }

  /** Camera off, then microphone off, before the SDK is left. */
  override release(): TeardownStep[] {
    this.ended++;
    const steps: TeardownStep[] = [];
    if (this.sending) steps.push((zoom) => zoom.stopVideo());
    if (this.audioConnected) steps.push((zoom) => zoom.stopAudio());
    return steps;
  }

  override reset(): void {
    this.audioConnected = false;
    this.muted = true;
    this.sending = false;
  }

  private setDevices(change: Partial<DeviceInfo>): void {
    this.deviceInfo = { ...this.deviceInfo, ...change };
    this.core.update();
  }
}
