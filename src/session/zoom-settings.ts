/**
 * The SDK calls of the participant's settings (issue 17): virtual background, noise suppression,
 * original sound, mirroring, the speaker, HD, and what this browser and account support of them.
 * Like `zoom-features.ts`, it works on the SDK surface `zoom-sdk.ts` types and imports no SDK
 * code: the one SDK door stays `zoom-sdk.ts`.
 *
 * What the 2.5.0 bundle does (wave-2 SDK notes, section 5):
 * - Every stream call here but the `isSupport*` getters carries the joined guard: before a join it
 *   rejects `{type: 'IMPROPER_MEETING_STATE', reason: 'closed', errorCode: 5002}`. Before joining,
 *   a background shows only through a local video track started on a canvas or `<video-player>`
 *   (`LocalVideoTrack.start(element, {imageUrl})`), which needs `client.init()` first.
 * - `isSupportVirtualBackground()` is false until `init()` has loaded the media library; it checks
 *   the browser (Chromium 91, Firefox 89, Safari 17.4), not a mobile browser, more than 2 cores,
 *   `OffscreenCanvas` and the GPU. `isSupportBackgroundNoiseSuppression()` and `isSupportHDVideo()`
 *   read what Zoom's server sent at join.
 * - `updateVirtualBackgroundImage(url | 'blur' | undefined)` resolves `true`; `enableOriginalSound`
 *   turns noise suppression off, and `enableBackgroundNoiseSuppression(true)` original sound.
 */
import type { LocalVideoTrack, SdkClient } from './zoom-sdk.js';
import { isFailure } from './zoom-features.js';

/** Awaits an SDK call that may resolve a failure instead of rejecting: the failure is thrown. */
async function settle(result: unknown): Promise<void> {
  const value = await result;
  if (isFailure(value) || value instanceof Error) throw value;
}

/** A getter that may throw before the SDK is ready: false then. */
function safely(read: () => unknown): boolean {
  try {
    return read() === true;
  } catch {
    return false;
  }
}

/** What the SDK says this browser (and, once joined, the account) can do. */
export interface SdkSettingsSupport {
  background: boolean;
  noiseSuppression: boolean;
  hd: boolean;
}

export function settingsSupport(client: SdkClient): SdkSettingsSupport {
  const stream = client.getMediaStream();
  return {
    background: safely(() => stream.isSupportVirtualBackground()),
    noiseSuppression: safely(() => stream.isSupportBackgroundNoiseSuppression()),
    hd: safely(() => stream.isSupportHDVideo()),
  };
}

/** The running video's background: an image URL, `'blur'`, or `undefined` for none. */
export function setBackground(client: SdkClient, imageUrl: string | undefined): Promise<void> {
  return settle(client.getMediaStream().updateVirtualBackgroundImage(imageUrl));
}

export function setNoiseSuppression(client: SdkClient, on: boolean): Promise<void> {
  return settle(client.getMediaStream().enableBackgroundNoiseSuppression(on));
}

export function setOriginalSound(client: SdkClient, on: boolean): Promise<void> {
  return settle(client.getMediaStream().enableOriginalSound(on));
}

export function setMirrored(client: SdkClient, on: boolean): Promise<void> {
  return settle(client.getMediaStream().mirrorVideo(on));
}

export function switchSpeaker(client: SdkClient, speakerId: string): Promise<void> {
  return settle(client.getMediaStream().switchSpeaker(speakerId));
}

/** The device lists of a joined session (`getCameraList()`, ...), as `{deviceId, label}`. */
export function sessionDevices(client: SdkClient): Record<'cameras' | 'microphones' | 'speakers', Array<{ deviceId: string; label: string }>> {
  const stream = client.getMediaStream();
  const list = (read: () => Array<{ deviceId: string; label: string }> | undefined) => {
    try {
      return (read() ?? []).filter((d) => d.deviceId !== '');
    } catch {
      return [];
    }
  };
  return {
    cameras: list(() => stream.getCameraList()),
    microphones: list(() => stream.getMicList()),
    speakers: list(() => stream.getSpeakerList()),
  };
}

/**
 * Starts a local video track with a background on `element` (a canvas or `<video-player>`: a
 * `<video>` cannot carry one, the SDK throws). `init()` must have run.
 */
export async function startBackgroundPreview(track: LocalVideoTrack, element: HTMLElement, imageUrl: string): Promise<void> {
  await settle(track.start(element as HTMLCanvasElement, { imageUrl }));
}
