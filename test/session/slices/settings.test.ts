// The settings slice (issue 17): what goes into startAudio / startVideo at the join, what is applied
// in a session (and with which SDK arguments), what is said unsupported before anyone tries it,
// memory per origin on and off, a stored device that vanished, the background preview before
// joining, and the participant's own image.
import { expect } from '@open-wc/testing';
import { builtinBackgroundUrl } from '../../../src/session/backgrounds.js';
import type { SettingsConfig } from '../../../src/session/slices/settings.js';
import { SETTINGS_KEY } from '../../../src/session/slices/settings-memory.js';
import { expectClean, itOwnsItsListeners, joined, setup } from '../../support/engine-helpers.js';
import { joinOptions } from '../../support/session-helpers.js';

const PAGE: SettingsConfig = { remember: false, background: '', noiseSuppression: '', videoMode: 'webrtc', audioMode: 'webrtc' };
const stored = () => JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? 'null') as Record<string, unknown> | null;

describe('settings', () => {
  beforeEach(() => localStorage.removeItem(SETTINGS_KEY));
  after(() => localStorage.removeItem(SETTINGS_KEY));

  itOwnsItsListeners('settings', []);

  it('joins with noise suppression on by default and no background', async () => {
    const { fake, session } = await joined();
    expect(fake.calls.startAudio).to.deep.equal([{ mute: false, backgroundNoiseSuppression: true }]);
    expect(fake.calls.startVideo).to.deep.equal([{}]);
    expect(session.settings.noiseSuppression).to.equal(true);
    expect(session.settings.unsupported).to.deep.equal({});
  });

  it('joins with the page’s defaults: blur and noise suppression off', async () => {
    const { fake, session } = setup();
    session.configureSettings({ ...PAGE, background: 'blur', noiseSuppression: 'off' });
    expect(await session.join(joinOptions())).to.equal(true);
    expect(fake.calls.startVideo).to.deep.equal([{ virtualBackground: { imageUrl: 'blur' } }]);
    expect(fake.calls.startAudio).to.deep.equal([{ mute: false }]);
    expect(fake.settings.background).to.equal('blur');
  });

  it('joins with a built-in image, mirrored', async () => {
    const { fake, session } = setup();
    await session.chooseSettings({ background: 'sea', mirrored: true });
    expect(await session.join(joinOptions())).to.equal(true);
    const [options] = fake.calls.startVideo;
    expect(options!.mirrored).to.equal(true);
    expect(options!.virtualBackground!.imageUrl).to.equal(builtinBackgroundUrl('sea'));
    expect(options!.virtualBackground!.imageUrl).to.match(/^data:image\/jpeg;base64,/);
  });

  it('never asks the SDK for what it cannot do: no background, no noise suppression, said why', async () => {
    const { fake, session, host } = setup();
    fake.settings.script.virtualBackground = false;
    fake.settings.script.noiseSuppression = false;
    fake.settings.script.hd = false;
    session.configureSettings({ ...PAGE, background: 'blur' });
    expect(await session.join(joinOptions())).to.equal(true);
    expect(fake.calls.startVideo, 'no 6107 after the fact').to.deep.equal([{}]);
    expect(fake.calls.startAudio).to.deep.equal([{ mute: false }]);
    expect(session.error).to.equal(undefined);
    expect(host.of('zoom-session-error')).to.have.length(0);
    expect(session.settings.unsupported).to.deep.equal({ background: 'platform', noiseSuppression: 'platform', hd: 'platform' });
    expect([session.settings.noiseSuppression, session.settings.hd]).to.deep.equal([false, false]);
  });

  it('says WebAssembly media needs cross-origin isolation for background and noise suppression', async () => {
    expect(crossOriginIsolated, 'the test page is not isolated').to.equal(false);
    const { fake, session } = setup();
    session.configureSettings({ ...PAGE, background: 'blur', videoMode: 'wasm', audioMode: 'wasm' });
    expect(session.settings.unsupported).to.include({ background: 'isolation', noiseSuppression: 'isolation' });
    expect(await session.join(joinOptions({ videoMode: 'wasm', audioMode: 'wasm' }))).to.equal(true);
    expect(fake.calls.startVideo).to.deep.equal([{}]);
    expect(fake.calls.startAudio).to.deep.equal([{ mute: false }]);
  });

  it('applies each change in a session with the SDK’s own arguments, and fires zoom-session-settings', async () => {
    const { fake, session, host } = await joined();
    await session.chooseSettings({ background: 'blur' });
    await session.chooseSettings({ background: 'dusk' });
    await session.chooseSettings({ background: 'none' });
    await session.chooseSettings({ mirrored: true });
    await session.chooseSettings({ originalSound: true });
    expect(session.settings.noiseSuppression, 'original sound turns noise suppression off').to.equal(false);
    await session.chooseSettings({ noiseSuppression: true });
    expect(session.settings.originalSound).to.equal(false);
    await session.chooseSettings({ noiseSuppression: false });
    await session.chooseSpeaker('spk-1');
    expect(fake.settings.calls).to.deep.equal([
      'updateVirtualBackgroundImage:blur',
      'updateVirtualBackgroundImage:data:',
      'updateVirtualBackgroundImage:undefined',
      'mirrorVideo:true',
      'enableOriginalSound:true',
      'enableBackgroundNoiseSuppression:true',
      'enableBackgroundNoiseSuppression:false',
      'switchSpeaker:spk-1',
    ]);
    expect([fake.settings.background, fake.settings.mirrored, fake.settings.speakerId]).to.deep.equal([undefined, true, 'spk-1']);
    const events = host.of('zoom-session-settings');
    expect(events).to.have.length(8);
    expect(events.at(-1)!.settings).to.deep.equal({
      background: 'none',
      noiseSuppression: false,
      originalSound: false,
      mirrored: true,
      hd: false,
      cameraId: undefined,
      microphoneId: undefined,
      speakerId: 'spk-1',
    });
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(session.error).to.equal(undefined);
  });

  it('turns HD on where the account allows it by starting the camera again with hd', async () => {
    const { fake, session } = setup();
    expect(session.settings.unsupported.hd, 'known once joined').to.equal('after-join');
    expect(await session.join(joinOptions())).to.equal(true);
    expect(session.settings.unsupported.hd).to.equal(undefined);
    await session.chooseSettings({ hd: true });
    expect(fake.calls.stopVideo).to.equal(1);
    expect(fake.calls.startVideo).to.deep.equal([{}, { hd: true }]);
    expect(session.videoOn).to.equal(true);
  });

  it('waits for the camera and microphone before applying: the next start takes the choice', async () => {
    const { fake, session } = setup();
    expect(await session.join(joinOptions({ startVideoOff: true }))).to.equal(true);
    await session.chooseSettings({ background: 'blur', mirrored: true });
    expect(fake.settings.calls, 'nothing to apply to yet').to.deep.equal([]);
    await session.toggleVideo();
    expect(fake.calls.startVideo).to.deep.equal([{ virtualBackground: { imageUrl: 'blur' }, mirrored: true }]);
  });

  it('remembers devices and choices per origin, and a new page starts with them', async () => {
    const first = setup();
    first.session.configureSettings({ ...PAGE, remember: true });
    await first.session.startPreview(document.createElement('video'));
    await first.session.chooseCamera('cam-2');
    await first.session.chooseSettings({ background: 'blur', noiseSuppression: false });
    await first.session.chooseSpeaker('spk-1');
    await first.session.stopPreview();
    expect(stored()).to.deep.equal({ cameraId: 'cam-2', background: 'blur', noiseSuppression: false, speakerId: 'spk-1' });

    const second = setup();
    second.session.configureSettings({ ...PAGE, remember: true, background: 'sea' });
    expect(second.session.settings.background, 'the participant’s choice over the page’s default').to.equal('blur');
    expect(await second.session.join(joinOptions())).to.equal(true);
    expect(second.fake.calls.startVideo).to.deep.equal([{ virtualBackground: { imageUrl: 'blur' }, cameraId: 'cam-2' }]);
    expect(second.fake.calls.startAudio).to.deep.equal([{ mute: false, speakerId: 'spk-1' }]);
    expect(second.session.notices).to.have.length(0);
  });

  it('stores and reads nothing with memory off', async () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ background: 'blur', cameraId: 'cam-2' }));
    const { fake, session } = setup();
    session.configureSettings(PAGE);
    expect(session.settings.background, 'memory not read').to.equal('none');
    await session.chooseSettings({ background: 'dusk' });
    await session.chooseCamera('cam-1');
    expect(stored(), 'memory not written').to.deep.equal({ background: 'blur', cameraId: 'cam-2' });
    expect(await session.join(joinOptions())).to.equal(true);
    expect(fake.calls.startVideo[0]!.cameraId).to.equal('cam-1');
  });

  it('never stores the participant’s own image, and refuses what is not an image', async () => {
    const { fake, session } = setup();
    session.configureSettings({ ...PAGE, remember: true });
    expect(await session.chooseOwnBackground(new Blob(['x'], { type: 'text/plain' }))).to.equal(false);
    const png = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    expect(await session.chooseOwnBackground(png)).to.equal(true);
    expect(session.settings.background).to.equal('own');
    expect(session.settings.ownImage).to.match(/^blob:/);
    expect(stored()).to.deep.equal({});
    expect(await session.join(joinOptions())).to.equal(true);
    expect(fake.calls.startVideo[0]!.virtualBackground!.imageUrl).to.equal(session.settings.ownImage);
  });

  it('falls back to the default for a stored device that is gone, with a notice, before joining', async () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ cameraId: 'cam-gone', microphoneId: 'mic-1', background: 'blur' }));
    const { fake, session } = setup();
    session.configureSettings({ ...PAGE, remember: true });
    await session.startPreview(document.createElement('video'));
    expect(session.preview.cameraId).to.equal(undefined);
    expect(session.preview.microphoneId).to.equal('mic-1');
    expect(fake.calls.previewVideoTracks).to.deep.equal([undefined]);
    expect(session.notices.map((n) => [n.code, n.params['kind']])).to.deep.equal([['device-fell-back', 'camera']]);
    expect(stored(), 'the vanished device is forgotten').to.deep.equal({ microphoneId: 'mic-1', background: 'blur' });
    await session.stopPreview();
  });

  it('falls back for a stored device gone at a join without preview', async () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ cameraId: 'cam-1', speakerId: 'spk-gone' }));
    const { fake, session } = setup();
    session.configureSettings({ ...PAGE, remember: true });
    expect(await session.join(joinOptions())).to.equal(true);
    expect(fake.calls.startVideo).to.deep.equal([{ cameraId: 'cam-1' }]);
    expect(fake.calls.startAudio).to.deep.equal([{ mute: false, backgroundNoiseSuppression: true }]);
    expect(session.notices.map((n) => [n.code, n.params['kind']])).to.deep.equal([['device-fell-back', 'speaker']]);
  });

  it('shows the background before joining on a canvas after init, and gives the camera to the session', async () => {
    const { fake, session } = setup();
    expect(session.settings.unsupported.background).to.equal('checking');
    await session.checkSettings();
    expect(fake.calls.init).to.have.length(1);
    expect(session.settings.unsupported.background).to.equal(undefined);
    const canvas = document.createElement('canvas');
    await session.showBackground(canvas);
    expect(session.slices.settings.previewing, 'no background: no preview').to.equal(false);
    await session.chooseSettings({ background: 'blur' });
    await session.showBackground(canvas);
    expect(session.slices.settings.previewing).to.equal(true);
    expect(fake.liveTracks).to.equal(1);
    await session.chooseSettings({ background: 'paper' });
    await session.showBackground(canvas);
    expect(fake.liveTracks, 'the same track, another image').to.equal(1);
    expect(await session.join(joinOptions())).to.equal(true);
    expect(session.slices.settings.previewing).to.equal(false);
    await session.leave();
    expectClean(fake);
  });

  it('does not leave the camera on when the panel closes while the background preview starts', async () => {
    const { fake, session } = setup();
    await session.checkSettings();
    await session.chooseSettings({ background: 'blur' });
    const showing = session.showBackground(document.createElement('canvas'));
    await session.showBackground(undefined);
    await showing;
    expect(session.slices.settings.previewing).to.equal(false);
    expect(fake.liveTracks).to.equal(0);
  });

  it('releases the background preview’s camera when the element goes away', async () => {
    const { fake, session } = setup();
    await session.checkSettings();
    await session.chooseSettings({ background: 'blur' });
    await session.showBackground(document.createElement('canvas'));
    expect(fake.liveTracks).to.equal(1);
    await session.dispose();
    expectClean(fake);
  });

  it('says so when the SDK cannot load before joining, and shows no background', async () => {
    const { fake, session } = setup();
    fake.script.initError = { type: 'INVALID_OPERATION', reason: 'dependent assets are not accessible', errorCode: 5001 };
    await session.checkSettings();
    expect(session.settings.unsupported.background).to.equal('unavailable');
    await session.chooseSettings({ background: 'blur' });
    await session.showBackground(document.createElement('canvas'));
    expect(fake.liveTracks).to.equal(0);
  });
});
