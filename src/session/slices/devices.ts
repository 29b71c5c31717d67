/**
 * Pure device rules of the media and preview slices: the browser's device list becomes the choices
 * the views offer (facing modes on phones), and a chosen device that is gone falls back to the
 * default. No SDK, no DOM: the media slice applies them on `device-change`, and a settings panel
 * with remembered devices can apply `fallBackDevices` to a stored choice at startup.
 */
import type { MediaDeviceChoice, PreviewInfo } from '../types.js';

/** The cameras and microphones to choose from, and the chosen ones (undefined: the browser's default). */
export type DeviceInfo = Pick<PreviewInfo, 'cameras' | 'microphones' | 'cameraId' | 'microphoneId'>;

/** A kind of device a participant chooses. */
export type ChosenKind = 'camera' | 'microphone';

/**
 * The camera choices on a phone or tablet: facing modes, which the SDK takes wherever it takes a
 * camera id (`startVideo({cameraId})`, `switchCamera`, the preview track's `switchCamera`) and turns
 * into a `facingMode` constraint. Device ids of phone cameras change and say little ("camera2 0").
 */
export const FACING_MODES: readonly MediaDeviceChoice[] = Object.freeze([
  { deviceId: 'user', label: 'Front camera' },
  { deviceId: 'environment', label: 'Back camera' },
]);

/** True for a camera id that is a facing mode, not a device. */
export function isFacingMode(deviceId: string | undefined): boolean {
  return deviceId === 'user' || deviceId === 'environment';
}

/** True on a phone or tablet, where the camera is chosen by facing mode. */
export function isHandheld(nav: Pick<Navigator, 'userAgent' | 'maxTouchPoints'> | undefined = globalThis.navigator): boolean {
  if (!nav) return false;
  const data = (nav as Navigator & { userAgentData?: { mobile?: boolean } }).userAgentData;
  if (data?.mobile) return true;
  // iPadOS says "Macintosh"; it is the one Mac with touch points.
  return /Android|iPhone|iPad|iPod/i.test(nav.userAgent) || (/Macintosh/.test(nav.userAgent) && nav.maxTouchPoints > 1);
}

/**
 * The browser's devices (`enumerateDevices()`, through the SDK) as choices: ids that are empty (no
 * permission yet) are left out, a missing label is numbered. On a handheld the cameras are the two
 * facing modes when there is any camera at all.
 */
export function deviceChoices(
  devices: readonly MediaDeviceInfo[],
  handheld = false,
): Pick<DeviceInfo, 'cameras' | 'microphones'> {
  const choices = (kind: MediaDeviceKind, label: string): MediaDeviceChoice[] =>
    devices
      .filter((d) => d.kind === kind && d.deviceId !== '')
      .map((d, i) => ({ deviceId: d.deviceId, label: d.label || `${label} ${i + 1}` }));
  const cameras = choices('videoinput', 'Camera');
  const anyCamera = devices.some((d) => d.kind === 'videoinput');
  return { cameras: handheld && anyCamera ? [...FACING_MODES] : cameras, microphones: choices('audioinput', 'Microphone') };
}

/**
 * New device lists applied to a choice: a chosen camera or microphone that is no longer listed
 * falls back to the default (`undefined`); `gone` names the kinds that fell back. A facing mode
 * never falls back while any camera is listed. Lists that came back empty of both kinds (no
 * permission, or the browser hid the ids) say nothing about what is gone, so the choice stays.
 */
export function fallBackDevices(
  current: Pick<DeviceInfo, 'cameraId' | 'microphoneId'>,
  lists: Pick<DeviceInfo, 'cameras' | 'microphones'>,
): { cameraId: string | undefined; microphoneId: string | undefined; gone: ChosenKind[] } {
  const gone: ChosenKind[] = [];
  const known = lists.cameras.length + lists.microphones.length > 0;
  const keep = (id: string | undefined, list: readonly MediaDeviceChoice[], kind: ChosenKind): string | undefined => {
    if (id === undefined || !known || list.some((d) => d.deviceId === id)) return id;
    if (kind === 'camera' && isFacingMode(id) && list.length > 0) return id;
    gone.push(kind);
    return undefined;
  };
  return {
    cameraId: keep(current.cameraId, lists.cameras, 'camera'),
    microphoneId: keep(current.microphoneId, lists.microphones, 'microphone'),
    gone,
  };
}
