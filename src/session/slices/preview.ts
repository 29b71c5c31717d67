/**
 * The preview before joining: the camera in a `<video>` of the element and the microphone's level,
 * with local tracks of the SDK (no session, no `init()`). The tracks are released when joining,
 * leaving, on `stop()` and when the element is removed; a stop never races a start.
 */
import { toSessionError } from '../errors.js';
import { emptyPreview, type PreviewInfo } from '../types.js';
import type { LocalAudioTrack, LocalVideoTrack } from '../zoom-sdk.js';
import { quietly } from '../async.js';
import { Slice, type SliceCore } from './slice.js';
import type { DeviceInfo } from './media.js';

/** How often the microphone level is read during the preview. */
const LEVEL_INTERVAL_MS = 100;

/** The preview's own part of `PreviewInfo` (the devices are the media slice's). */
export type PreviewTracks = Pick<PreviewInfo, 'videoOn' | 'audioOn' | 'level'>;

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

export class PreviewSlice extends Slice {
  private tracks: PreviewTracks = PreviewSlice.off();
  private element: HTMLVideoElement | undefined;
  private video: PreviewTrack<LocalVideoTrack> | undefined;
  private audio: PreviewTrack<LocalAudioTrack> | undefined;
  private generation = 0;
  private levelTimer: ReturnType<typeof setInterval> | undefined;

  /** @param devices the media slice: its chosen devices, and the device lists to read */
  constructor(
    core: SliceCore,
    private readonly devices: { readonly devices: DeviceInfo; refreshDevices(skipPermissionCheck?: boolean): Promise<void> },
  ) {
    super(core);
  }

  /** Camera and microphone off: the tracks of the one empty preview the form shows too. */
  private static off(): PreviewTracks {
    const { videoOn, audioOn, level } = emptyPreview();
    return { videoOn, audioOn, level };
  }

  /** Camera and microphone on or off, and the microphone's level (a new object on every change). */
  get info(): PreviewTracks {
    return this.tracks;
  }

  /**
   * Shows the camera in `video` and measures the microphone; loads the SDK and lists the devices.
   * The tracks ask for what they use, and only then are the devices listed, without the SDK's own
   * prompt for both camera and microphone (`getDevices(true)`): a preview with the camera only never
   * asks for the microphone. Labels of a kind show once that kind is allowed.
   */
  async start(video: HTMLVideoElement, options: { video?: boolean; audio?: boolean } = {}): Promise<void> {
    if (this.core.underWay) return;
    this.element = video;
    const generation = this.generation;
    try {
      await this.core.client().load();
    } catch (error) {
      this.core.report(toSessionError(error, { stage: 'load' }));
      return;
    }
    if (generation !== this.generation) return;
    const starts: Array<Promise<void>> = [];
    if (options.video !== false) starts.push(this.startVideo());
    if (options.audio !== false) starts.push(this.startAudio());
    await Promise.all(starts);
    if (generation === this.generation) await this.devices.refreshDevices(true);
  }

  /** Stops both preview tracks (a start under way is stopped once it is done). */
  async stop(): Promise<void> {
    this.element = undefined;
    this.generation++;
    const video = this.video;
    this.video = undefined;
    if (this.tracks.videoOn) this.set({ videoOn: false });
    await Promise.all([release(video), this.stopAudio()]);
  }

  /** Turns the preview camera off or on (on needs a `start` before). */
  async toggleVideo(): Promise<void> {
    if (this.video) {
      const video = this.video;
      this.video = undefined;
      this.set({ videoOn: false });
      await release(video);
    } else {
      await this.startVideo();
      if (this.video) await this.devices.refreshDevices(true); // the camera's labels, now allowed
    }
  }

  /** Turns the preview microphone off or on (on needs a `start` before). */
  async toggleAudio(): Promise<void> {
    if (this.audio) return this.stopAudio();
    await this.startAudio();
    if (this.audio) await this.devices.refreshDevices(true); // the microphone's labels, now allowed
  }

  /** Another camera was chosen: the running preview switches to it. */
  async cameraChosen(deviceId: string): Promise<void> {
    const preview = this.video;
    if (!preview || !(await preview.started)) return;
    try {
      await preview.track.switchCamera(deviceId);
    } catch (error) {
      this.core.report(toSessionError(error, { stage: 'camera' }));
    }
  }

  /** Another microphone was chosen: the running preview restarts with it. */
  async microphoneChosen(): Promise<void> {
    if (!this.audio) return;
    await this.stopAudio();
    await this.startAudio();
  }

  private async startVideo(): Promise<void> {
    const element = this.element;
    if (this.video || !element || this.core.underWay) return;
    const generation = this.generation;
    let track: LocalVideoTrack;
    try {
      track = await this.core.client().createLocalVideoTrack(this.devices.devices.cameraId);
    } catch (error) {
      this.core.report(toSessionError(error, { stage: 'camera' }));
      return;
    }
    if (generation !== this.generation || this.video) return;
    const started = track.start(element).then(
      () => true,
      (error: unknown) => {
        this.core.report(toSessionError(error, { stage: 'camera' }));
        return false;
      },
    );
    const preview = { track, started };
    this.video = preview;
    if ((await started) && this.video === preview) this.set({ videoOn: true });
    else if (this.video === preview) this.video = undefined;
  }

  private async startAudio(): Promise<void> {
    if (this.audio || !this.element || this.core.underWay) return;
    const generation = this.generation;
    let track: LocalAudioTrack;
    try {
      track = await this.core.client().createLocalAudioTrack(this.devices.devices.microphoneId);
    } catch (error) {
      this.core.report(toSessionError(error, { stage: 'microphone' }));
      return;
    }
    if (generation !== this.generation || this.audio) return;
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
        this.core.report(toSessionError(error, { stage: 'microphone' }));
        return false;
      },
    );
    const preview = { track, started };
    this.audio = preview;
    if ((await started) && this.audio === preview) {
      this.set({ audioOn: true, level: 0 });
      clearInterval(this.levelTimer);
      this.levelTimer = setInterval(() => {
        const level = micLevel(track.getCurrentVolume());
        if (Math.abs(level - this.tracks.level) >= 0.02) this.set({ level });
      }, LEVEL_INTERVAL_MS);
    } else if (this.audio === preview) {
      this.audio = undefined;
    }
  }

  private async stopAudio(): Promise<void> {
    const audio = this.audio;
    this.audio = undefined;
    clearInterval(this.levelTimer);
    this.levelTimer = undefined;
    if (this.tracks.audioOn || this.tracks.level !== 0) this.set({ audioOn: false, level: 0 });
    await release(audio);
  }

  private set(change: Partial<PreviewTracks>): void {
    this.tracks = { ...this.tracks, ...change };
    this.core.update();
  }
}
