/**
 * The fake SDK's settings calls (issue 17), kept apart from `fake-zoom.ts` so that file only wires
 * them in. Follows the 2.5.0 bundle (wave-2 SDK notes, section 5; `dist/index.esm.js`):
 *
 * - `updateVirtualBackgroundImage`, `enableBackgroundNoiseSuppression`, `enableOriginalSound`,
 *   `mirrorVideo` and `switchSpeaker` carry the joined guard: before a join they reject
 *   `{type: 'IMPROPER_MEETING_STATE', reason: 'closed', errorCode: 5002}`.
 * - `isSupportVirtualBackground()` is false until `init()` has loaded the media library;
 *   `isSupportBackgroundNoiseSuppression()` and `isSupportHDVideo()` read what the server sent at
 *   join, so they are false before it.
 * - `startVideo({virtualBackground})` and `updateVirtualBackgroundImage(url)` where virtual
 *   background is unsupported reject `{type: 'INVALID_PARAMETERS', reason: 'Virtual background is
 *   not supported on the current platform.', errorCode: 6107}`; `updateVirtualBackgroundImage`
 *   resolves `true`.
 * - `enableBackgroundNoiseSuppression(true)` where unsupported warns and resolves `''` with noise
 *   suppression left off (no rejection); it turns original sound off, and `enableOriginalSound`
 *   turns noise suppression off.
 * - `switchSpeaker(id)` with an id not in the speaker list (and not `'default'`) rejects
 *   `{type: 'INVALID_DEVICE_ID', errorCode: 6000}` (`STREAM_MISMATCH_DEVICE`).
 * - `getCameraList()` / `getMicList()` / `getSpeakerList()` give `{deviceId, label}` of the devices.
 */
import type { CaptureVideoOption, SdkStream } from '../../src/session/zoom-sdk.js';

type Failure = { type: string; reason?: string; errorCode: number };

/** What the fake settings need of their `FakeZoom`. */
export interface SettingsOf {
  inSession: boolean;
  readonly initialised: boolean;
  /** The devices `getDevices()` lists (`FakeZoom.deviceList`; `unplug()` takes one away). */
  readonly deviceList: readonly MediaDeviceInfo[];
}

export interface SettingsScript {
  /** `isSupportVirtualBackground()` once `init()` ran (default true). */
  virtualBackground?: boolean;
  /** `isSupportBackgroundNoiseSuppression()` once joined (default true). */
  noiseSuppression?: boolean;
  /** `isSupportHDVideo()` once joined (default true). */
  hd?: boolean;
}

const UNSUPPORTED_VB: Failure = {
  type: 'INVALID_PARAMETERS',
  reason: 'Virtual background is not supported on the current platform.',
  errorCode: 6107,
};

export class FakeSettings {
  readonly script: SettingsScript = {};
  /** Every settings call: `name:argument`. */
  readonly calls: string[] = [];
  background: string | undefined;
  noiseSuppression = false;
  originalSound = false;
  mirrored = false;
  speakerId = 'default';

  constructor(private readonly zoom: SettingsOf) {}

  private list(kind: MediaDeviceKind) {
    return this.zoom.deviceList.filter((d) => d.kind === kind).map(({ deviceId, label }) => ({ deviceId, label }));
  }

  private get vbSupported(): boolean {
    return this.zoom.initialised && this.script.virtualBackground !== false;
  }

  /** What `startVideo` does with the settings' options, as the bundle does (before it starts). */
  startVideo(options: CaptureVideoOption | undefined): void {
    if (options?.virtualBackground?.imageUrl && !this.vbSupported) throw UNSUPPORTED_VB;
    this.background = options?.virtualBackground?.imageUrl;
    if (options?.mirrored !== undefined) this.mirrored = options.mirrored;
  }

  private guarded<T>(name: string, arg: unknown, work: () => T): Promise<T> {
    this.calls.push(`${name}:${String(arg)}`);
    if (!this.zoom.inSession) return Promise.reject({ type: 'IMPROPER_MEETING_STATE', reason: 'closed', errorCode: 5002 });
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(error);
    }
  }

  readonly stream = {
    isSupportVirtualBackground: () => this.vbSupported,
    isSupportBackgroundNoiseSuppression: () => this.zoom.inSession && this.script.noiseSuppression !== false,
    isSupportHDVideo: () => this.zoom.inSession && this.script.hd !== false,
    updateVirtualBackgroundImage: (imageUrl: string | undefined) =>
      this.guarded('updateVirtualBackgroundImage', imageUrl?.startsWith('data:') ? 'data:' : imageUrl, () => {
        if (imageUrl && !this.vbSupported) throw UNSUPPORTED_VB;
        this.background = imageUrl;
        return true as unknown as ''; // the bundle resolves `true`; the d.ts says `ExecutedResult`

      }),
    enableBackgroundNoiseSuppression: (enabled: boolean) =>
      this.guarded('enableBackgroundNoiseSuppression', enabled, () => {
        const on = enabled && this.script.noiseSuppression !== false;
        if (on) this.originalSound = false;
        this.noiseSuppression = on;
        return '' as const;
      }),
    enableOriginalSound: (enable: boolean | { hifi?: boolean; stereo?: boolean }) =>
      this.guarded('enableOriginalSound', typeof enable === 'object' ? JSON.stringify(enable) : enable, () => {
        this.originalSound = !!enable;
        if (enable) this.noiseSuppression = false;
        return '' as const;
      }),
    mirrorVideo: (mirrored: boolean) =>
      this.guarded('mirrorVideo', mirrored, () => {
        this.mirrored = mirrored;
        return '' as const;
      }),
    switchSpeaker: (speakerId: string) =>
      this.guarded('switchSpeaker', speakerId, () => {
        if (speakerId !== 'default' && !this.zoom.deviceList.some((d) => d.kind === 'audiooutput' && d.deviceId === speakerId)) {
          throw { type: 'INVALID_DEVICE_ID', errorCode: 6000 } satisfies Failure;
        }
        this.speakerId = speakerId;
        return '' as const;
      }),
    getCameraList: () => (this.zoom.inSession ? this.list('videoinput') : []),
    getMicList: () => (this.zoom.inSession ? this.list('audioinput') : []),
    getSpeakerList: () => (this.zoom.inSession ? this.list('audiooutput') : []),
  } satisfies Partial<Record<keyof SdkStream, unknown>>;
}
