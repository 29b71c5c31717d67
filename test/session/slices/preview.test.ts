// The preview slice: camera and microphone before joining, with local tracks and no session.
import { expect } from '@open-wc/testing';
import { micLevel } from '../../../src/session/slices/preview.js';
import { expectClean, itOwnsItsListeners, setup } from '../../support/engine-helpers.js';
import { joinOptions, settle, until } from '../../support/session-helpers.js';

describe('preview', () => {
  it('lists devices, shows the camera and measures the microphone, then stops both', async () => {
    const { fake, session } = setup();
    fake.script.volume = 0.1;
    const video = document.createElement('video');
    await session.startPreview(video);
    expect(session.preview.cameras).to.deep.equal([
      { deviceId: 'cam-1', label: 'Front camera' },
      { deviceId: 'cam-2', label: 'Camera 2' },
    ]);
    expect(session.preview.microphones).to.deep.equal([{ deviceId: 'mic-1', label: 'Headset' }]);
    expect([session.preview.videoOn, session.preview.audioOn]).to.deep.equal([true, true]);
    expect(fake.liveTracks).to.equal(2);
    await until(() => session.preview.level > 0, 'a level');
    expect(session.preview.level).to.be.closeTo(micLevel(0.1), 0.02);
    await session.stopPreview();
    expect([session.preview.videoOn, session.preview.audioOn, session.preview.level]).to.deep.equal([false, false, 0]);
    expectClean(fake);
    expect(fake.calls.init, 'the preview needs no init').to.have.length(0);
  });

  it('a camera-only preview lists the devices without asking for the microphone', async () => {
    const { fake, session } = setup();
    await session.startPreview(document.createElement('video'), { audio: false });
    expect([session.preview.videoOn, session.preview.audioOn]).to.deep.equal([true, false]);
    expect(fake.calls.previewAudioTracks, 'no microphone track').to.have.length(0);
    expect(fake.calls.getDevicesSkip.length, 'the devices are listed').to.be.greaterThan(0);
    expect(fake.calls.getDevicesSkip.every(Boolean), 'never the SDK prompt for camera and microphone').to.equal(true);
    expect(session.preview.cameras.map((c) => c.deviceId)).to.deep.equal(['cam-1', 'cam-2']);
    await session.togglePreviewAudio();
    expect(fake.calls.getDevicesSkip.every(Boolean)).to.equal(true);
    await session.stopPreview();
    expectClean(fake);
  });

  it('a facing mode chosen on a phone goes to the preview track and to the session camera as is', async () => {
    const { fake, session } = setup();
    await session.chooseCamera('environment');
    await session.startPreview(document.createElement('video'), { audio: false });
    expect(fake.calls.previewVideoTracks.at(-1)).to.equal('environment');
    await session.join(joinOptions());
    expect(fake.calls.startVideo.at(-1)).to.deep.equal({ cameraId: 'environment' });
    await session.leave();
    expectClean(fake);
  });

  it('toggles the preview camera and microphone, and switches the microphone', async () => {
    const { fake, session } = setup();
    await session.startPreview(document.createElement('video'));
    await session.togglePreviewVideo();
    expect([session.preview.videoOn, fake.liveTracks]).to.deep.equal([false, 1]);
    await session.togglePreviewVideo();
    expect([session.preview.videoOn, fake.liveTracks]).to.deep.equal([true, 2]);
    await session.togglePreviewAudio();
    expect([session.preview.audioOn, fake.liveTracks]).to.deep.equal([false, 1]);
    await session.togglePreviewAudio();
    await session.chooseMicrophone('mic-1');
    expect(fake.calls.previewAudioTracks.at(-1)).to.equal('mic-1');
    expect([session.preview.audioOn, fake.liveTracks]).to.deep.equal([true, 2]);
    await session.stopPreview();
    expectClean(fake);
  });

  it('releases the preview tracks when joining', async () => {
    const { fake, session } = setup();
    await session.startPreview(document.createElement('video'));
    let liveAtJoin = -1;
    const join = fake.client.join;
    fake.client.join = (...args) => {
      liveAtJoin = fake.liveTracks;
      return join(...args);
    };
    await session.join(joinOptions());
    expect(liveAtJoin, 'camera and microphone free when the SDK joins').to.equal(0);
    expect([session.preview.videoOn, session.preview.audioOn]).to.deep.equal([false, false]);
    await session.leave();
    expectClean(fake);
  });

  it('stopping while the camera starts still stops it', async () => {
    const { fake, session } = setup();
    const starting = session.startPreview(document.createElement('video'));
    await until(() => fake.calls.previewVideoTracks.length > 0, 'a camera track');
    await session.stopPreview();
    await starting;
    await settle(5);
    expectClean(fake);
  });

  it('reports a refused camera without changing the state', async () => {
    const { host, fake, session } = setup();
    fake.script.previewVideoError = new DOMException('Permission denied', 'NotAllowedError');
    await session.startPreview(document.createElement('video'));
    expect(session.state).to.equal('idle');
    expect(session.preview.videoOn).to.equal(false);
    expect(session.preview.audioOn).to.equal(true);
    expect(host.of('zoom-session-error').map((e) => e.error.code)).to.deep.equal(['camera-denied']);
    await session.stopPreview();
    expectClean(fake);
  });

  it('removed from the page during the preview: tracks stopped', async () => {
    const { host, fake, session } = setup();
    await session.startPreview(document.createElement('video'));
    await host.remove();
    await until(() => fake.liveTracks === 0, 'tracks stopped');
    expectClean(fake);
  });

  it('reads the microphone level on a decibel scale', () => {
    expect([micLevel(0), micLevel(-1), micLevel(0.001), micLevel(1), micLevel(2)]).to.deep.equal([0, 0, 0, 1, 1]);
    expect(micLevel(0.1)).to.be.closeTo(2 / 3, 1e-9);
  });

  itOwnsItsListeners('preview', []);
});
