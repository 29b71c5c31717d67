// The pure device rules: choices from the browser's list (facing modes on phones), fall-back.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FACING_MODES, deviceChoices, fallBackDevices, isHandheld } from '../../src/session/slices/devices.js';

const device = (kind: MediaDeviceKind, deviceId: string, label = '') => ({ kind, deviceId, label, groupId: 'g' }) as MediaDeviceInfo;
const list = [device('videoinput', 'cam-a', 'FaceTime HD'), device('videoinput', 'cam-b'), device('audioinput', 'mic-a', 'Headset'), device('audioinput', '')];

describe('deviceChoices', () => {
  it('numbers missing labels and leaves out devices without an id', () => {
    assert.deepEqual(deviceChoices(list), {
      cameras: [
        { deviceId: 'cam-a', label: 'FaceTime HD' },
        { deviceId: 'cam-b', label: 'Camera 2' },
      ],
      microphones: [{ deviceId: 'mic-a', label: 'Headset' }],
    });
  });

  it('offers the facing modes as cameras on a phone or tablet, and none when there is no camera', () => {
    assert.deepEqual(deviceChoices(list, true).cameras, [...FACING_MODES]);
    assert.deepEqual(
      FACING_MODES.map((c) => c.deviceId),
      ['user', 'environment'],
    );
    assert.deepEqual(deviceChoices([device('audioinput', 'mic-a')], true).cameras, []);
  });
});

describe('isHandheld', () => {
  const nav = (userAgent: string, maxTouchPoints = 0) => ({ userAgent, maxTouchPoints }) as Navigator;
  it('says yes for Android, iPhone and iPadOS (a Mac with touch), no for a desktop', () => {
    assert.equal(isHandheld(nav('Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile')), true);
    assert.equal(isHandheld(nav('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)')), true);
    assert.equal(isHandheld(nav('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari', 5)), true);
    assert.equal(isHandheld(nav('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari', 0)), false);
    assert.equal(isHandheld(nav('Mozilla/5.0 (X11; Linux x86_64) Chrome/140')), false);
  });
});

describe('fallBackDevices', () => {
  it('falls back to the default for a chosen device that is gone, and names the kind', () => {
    const lists = deviceChoices(list);
    assert.deepEqual(fallBackDevices({ cameraId: 'cam-x', microphoneId: 'mic-a' }, lists), {
      cameraId: undefined,
      microphoneId: 'mic-a',
      gone: ['camera'],
    });
  });
});
