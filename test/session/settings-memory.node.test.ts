// What the settings slice keeps of a stored value: well-formed choices only, never an image.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanSettings, readSettings, rememberableBackground, writeSettings } from '../../src/session/slices/settings-memory.js';

describe('settings memory', () => {
  it('keeps well-formed choices and drops the rest', () => {
    assert.deepEqual(
      cleanSettings({ cameraId: 'cam-1', microphoneId: '', speakerId: 7, background: 'blur', noiseSuppression: false, mirrored: 'yes', extra: 1 }),
      { cameraId: 'cam-1', background: 'blur', noiseSuppression: false },
    );
    assert.deepEqual(cleanSettings(null), {});
    assert.deepEqual(cleanSettings('blur'), {});
    assert.deepEqual(cleanSettings({ cameraId: 'x'.repeat(257) }), {});
  });

  it('never keeps an image: no URL, no data, not the participant’s own', () => {
    for (const background of ['own', 'https://example.org/bg.jpg', 'data:image/png;base64,AAAA', 'blob:https://x/1']) {
      assert.equal(rememberableBackground(background), false, background);
      assert.deepEqual(cleanSettings({ background }), {}, background);
    }
    for (const background of ['none', 'blur', 'dusk', 'sea', 'paper']) assert.equal(rememberableBackground(background), true);
  });

  it('is no storage at all where there is none (Node, a sandboxed frame)', () => {
    writeSettings({ background: 'blur' });
    assert.deepEqual(readSettings(), {});
  });
});
