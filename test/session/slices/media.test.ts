// The media slice: this browser's own audio and video in a session, and the devices chosen for them.
import { expect } from '@open-wc/testing';
import type { JoinOptions } from '../../../src/session/types.js';
import { itOwnsItsListeners, setup } from '../../support/engine-helpers.js';
import { failure } from '../../support/fake-zoom.js';
import { joinOptions } from '../../support/session-helpers.js';

describe('media', () => {
  const media: Array<[Partial<JoinOptions>, boolean, boolean]> = [
    [{}, false, true],
    [{ startMuted: true }, true, true],
    [{ startVideoOff: true }, false, false],
    [{ startMuted: true, startVideoOff: true }, true, false],
  ];
  for (const [change, mute, video] of media) {
    it(`starts audio with mute ${mute} and ${video ? 'starts' : 'does not start'} video given ${JSON.stringify(change)}`, async () => {
      const { fake, session } = setup();
      await session.join(joinOptions(change));
      expect(fake.calls.startAudio).to.deep.equal([{ mute, backgroundNoiseSuppression: true }]);
      expect(fake.calls.startVideo).to.have.length(video ? 1 : 0);
      expect(session.audioMuted).to.equal(mute);
      expect(session.videoOn).to.equal(video);
      expect(session.self!.videoOn).to.equal(video);
      expect(session.self!.audioMuted).to.equal(mute);
    });
  }

  it('a refused camera is reported but the call goes on', async () => {
    const { host, fake, session } = setup();
    fake.script.startVideoError = failure(6100, 'Permission denied', 'VIDEO_USER_FORBIDDEN_CAPTURE');
    expect(await session.join(joinOptions())).to.equal(true);
    expect(session.state).to.equal('joined');
    expect(session.videoOn).to.equal(false);
    expect(session.error!.code).to.equal('camera-denied');
    expect(host.of('zoom-session-error').map((e) => e.error.code)).to.deep.equal(['camera-denied']);
  });

  it('a refused microphone is reported but the call goes on, and toggling audio tries again', async () => {
    const { fake, session } = setup();
    fake.script.startAudioError = { type: 'INVALID_OPERATION', reason: 'USER_FORBIDDEN_MICROPHONE', errorCode: 6010, subCode: 1 };
    expect(await session.join(joinOptions())).to.equal(true);
    expect(session.error!.code).to.equal('microphone-denied');
    expect(session.audioOn).to.equal(false);
    delete fake.script.startAudioError;
    await session.toggleAudio();
    expect(session.audioOn).to.equal(true);
    expect(session.audioMuted).to.equal(false);
  });

  it('toggles mute and video', async () => {
    const { fake, session } = setup();
    await session.join(joinOptions());
    await session.toggleAudio();
    expect([session.audioMuted, fake.calls.muteAudio]).to.deep.equal([true, 1]);
    await session.toggleAudio();
    expect([session.audioMuted, fake.calls.unmuteAudio]).to.deep.equal([false, 1]);
    await session.toggleVideo();
    expect([session.videoOn, fake.calls.stopVideo, session.self!.videoOn]).to.deep.equal([false, 1, false]);
    await session.toggleVideo();
    expect([session.videoOn, fake.calls.startVideo.length]).to.deep.equal([true, 2]);
  });

  it('uses the camera and microphone chosen in the preview', async () => {
    const { fake, session } = setup();
    await session.chooseCamera('cam-2');
    await session.chooseMicrophone('mic-1');
    await session.join(joinOptions());
    expect(fake.calls.startVideo).to.deep.equal([{ cameraId: 'cam-2' }]);
    expect(fake.calls.startAudio).to.deep.equal([{ mute: false, microphoneId: 'mic-1', backgroundNoiseSuppression: true }]);
  });

  it('switches the camera and microphone during the call', async () => {
    const { fake, session } = setup();
    await session.join(joinOptions());
    const switched: string[] = [];
    fake.stream.switchCamera = async (id) => (switched.push(`camera ${String(id)}`), '');
    fake.stream.switchMicrophone = async (id) => (switched.push(`microphone ${id}`), '');
    await session.chooseCamera('cam-2');
    await session.chooseMicrophone('mic-1');
    expect(switched).to.deep.equal(['camera cam-2', 'microphone mic-1']);
    expect([session.preview.cameraId, session.preview.microphoneId]).to.deep.equal(['cam-2', 'mic-1']);
    await session.toggleVideo();
    await session.chooseCamera('cam-1');
    expect(switched, 'no camera to switch while video is off').to.have.length(2);
  });

  itOwnsItsListeners('media', ['current-audio-change', 'host-ask-unmute-audio', 'auto-play-audio-failed', 'video-capturing-change', 'active-media-failed', 'device-change']);
});
