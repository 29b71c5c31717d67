// Media state follows the SDK: events through the fake, with the 2.5.0 bundle's payloads.
import { expect } from '@open-wc/testing';
import { fallBackDevices } from '../../../src/session/slices/media.js';
import { itOwnsItsListeners, joined } from '../../support/engine-helpers.js';
import { mediaDevice } from '../../support/fake-zoom.js';

describe('media slice: the SDK says what changed', () => {
  itOwnsItsListeners('media', [
    'current-audio-change',
    'host-ask-unmute-audio',
    'auto-play-audio-failed',
    'video-capturing-change',
    'active-media-failed',
    'device-change',
  ]);

  it('the host mutes: muted, told once, and the next press unmutes', async () => {
    const { session, fake } = await joined();
    expect(session.audioMuted).to.equal(false);
    fake.hostMutes();
    fake.hostMutes('passive(mute all)');
    expect(session.audioMuted).to.equal(true);
    expect(session.notices.map((n) => n.code)).to.deep.equal(['host-muted-you']);
    await session.toggleAudio();
    expect(fake.calls.unmuteAudio).to.equal(1);
    expect(session.audioMuted).to.equal(false);
    await session.leave();
  });

  it('audio drops: told why, and the next press starts audio again', async () => {
    const { session, fake } = await joined();
    fake.audioDrops('microphone error');
    expect(session.audioOn).to.equal(false);
    const notice = session.notices.find((n) => n.code === 'microphone-stopped')!;
    expect(notice.params).to.deep.equal({ reason: 'microphone error' });
    const starts = fake.calls.startAudio.length;
    await session.toggleAudio();
    expect(fake.calls.startAudio.length).to.equal(starts + 1);
    expect(session.audioOn).to.equal(true);
    await session.leave();
    expect(fake.liveTracks).to.equal(0);
  });

  it('the host asks to unmute: a prompt, and Unmute unmutes', async () => {
    const { session, fake } = await joined();
    fake.hostMutes();
    fake.hostAsksUnmute('Spotlight');
    const prompt = session.notices.find((n) => n.code === 'host-asks-unmute')!;
    expect(prompt.sticky).to.equal(true);
    expect(prompt.actions).to.deep.equal(['unmute', 'stay-muted']);
    session.answerNotice(prompt.id, 'unmute');
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.calls.unmuteAudio).to.equal(1);
    expect(session.notices.some((n) => n.code === 'host-asks-unmute')).to.equal(false);
    await session.leave();
  });

  it('autoplay blocked: a sticky "Turn on sound" notice', async () => {
    const { session, fake } = await joined();
    fake.autoplayFails();
    const notice = session.notices.find((n) => n.code === 'sound-blocked')!;
    expect(notice.actions).to.deep.equal(['enable-sound']);
    session.answerNotice(notice.id, 'enable-sound');
    expect(session.notices.some((n) => n.code === 'sound-blocked')).to.equal(false);
    await session.leave();
  });

  it('the camera stops from outside: off, told, and the next press starts it', async () => {
    const { session, fake } = await joined();
    expect(session.videoOn).to.equal(true);
    fake.cameraStops();
    expect(session.videoOn).to.equal(false);
    expect(session.notices.map((n) => n.code)).to.include('camera-stopped');
    const starts = fake.calls.startVideo.length;
    await session.toggleVideo();
    expect(fake.calls.startVideo.length).to.equal(starts + 1);
    expect(session.videoOn).to.equal(true);
    await session.leave();
    expect(fake.liveTracks).to.equal(0);
  });

  it('active-media-failed for the camera (202, unplugged): off, told why, and the next press starts it', async () => {
    const { session, fake } = await joined();
    expect(session.videoOn).to.equal(true);
    fake.mediaFails('video', 202);
    expect(session.videoOn).to.equal(false);
    const notice = session.notices.find((n) => n.code === 'media-failed')!;
    expect(notice.params).to.deep.equal({ kind: 'camera', code: 202 });
    await new Promise((r) => setTimeout(r, 0));
    const starts = fake.calls.startVideo.length;
    await session.toggleVideo();
    expect(fake.calls.startVideo.length, 'the next press starts video').to.equal(starts + 1);
    expect(session.videoOn).to.equal(true);
    await session.leave();
    expect(fake.liveTracks).to.equal(0);
  });

  it('active-media-failed for the microphone (103, access revoked): audio off, told, the next press starts audio', async () => {
    const { session, fake } = await joined();
    expect(session.audioOn).to.equal(true);
    fake.mediaFails('audio', 103);
    expect(session.audioOn).to.equal(false);
    expect(session.notices.find((n) => n.code === 'media-failed')!.params).to.deep.equal({ kind: 'microphone', code: 103 });
    const starts = fake.calls.startAudio.length;
    await session.toggleAudio();
    expect(fake.calls.startAudio.length).to.equal(starts + 1);
    expect(session.audioOn).to.equal(true);
    await session.leave();
    expect(fake.liveTracks).to.equal(0);
  });

  it('active-media-failed 207 (iOS tab in the background): said, the camera stays on, the SDK resumes it', async () => {
    const { session, fake } = await joined();
    fake.mediaFails('video', 207);
    expect(session.videoOn).to.equal(true);
    expect(session.notices.map((n) => [n.code, n.params['kind']])).to.deep.equal([['media-paused', 'camera']]);
    expect(fake.calls.stopVideo).to.equal(0);
    await session.leave();
  });

  it('device-change: the lists refresh without asking again, and a chosen microphone that vanished falls back', async () => {
    const { session, fake } = await joined();
    fake.deviceList = [...fake.deviceList, mediaDevice('audioinput', 'mic-2', 'Desk microphone')];
    await session.refreshDevices();
    await session.chooseMicrophone('mic-2');
    fake.unplug('mic-2');
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.calls.getDevicesSkip.at(-1), 'listed without a permission prompt').to.equal(true);
    expect(session.preview.microphones.map((m) => m.deviceId)).to.deep.equal(['mic-1']);
    expect(session.preview.microphoneId).to.equal(undefined);
    expect(session.notices.map((n) => [n.code, n.params['kind']])).to.deep.equal([['device-fell-back', 'microphone']]);
    fake.emit('device-change', {});
    await new Promise((r) => setTimeout(r, 0));
    expect(session.notices, 'said once').to.have.length(1);
    await session.leave();
  });

  it('device-change: a new device is listed, and nothing is said when the chosen one is still there', async () => {
    const { session, fake } = await joined();
    await session.chooseCamera('cam-1');
    fake.deviceList = [...fake.deviceList, mediaDevice('videoinput', 'cam-3', 'USB camera')];
    fake.emit('device-change', {});
    await new Promise((r) => setTimeout(r, 0));
    expect(session.preview.cameras.map((c) => c.deviceId)).to.deep.equal(['cam-1', 'cam-2', 'cam-3']);
    expect(session.preview.cameraId).to.equal('cam-1');
    expect(session.notices).to.deep.equal([]);
    await session.leave();
  });
});

describe('fallBackDevices', () => {
  const lists = { cameras: [{ deviceId: 'cam-1', label: 'A' }], microphones: [{ deviceId: 'mic-1', label: 'B' }] };
  it('keeps what is listed, drops what is gone, names the kinds that fell back', () => {
    expect(fallBackDevices({ cameraId: 'cam-1', microphoneId: 'mic-9' }, lists)).to.deep.equal({
      cameraId: 'cam-1',
      microphoneId: undefined,
      gone: ['microphone'],
    });
    expect(fallBackDevices({ cameraId: 'cam-9', microphoneId: undefined }, lists).gone).to.deep.equal(['camera']);
  });
  it('keeps a facing mode while a camera is there, and everything when nothing is listed at all', () => {
    expect(fallBackDevices({ cameraId: 'environment', microphoneId: undefined }, lists).gone).to.deep.equal([]);
    expect(fallBackDevices({ cameraId: 'cam-9', microphoneId: 'mic-9' }, { cameras: [], microphones: [] }).gone).to.deep.equal([]);
    expect(fallBackDevices({ cameraId: 'cam-9', microphoneId: 'mic-1' }, { cameras: [], microphones: lists.microphones }).gone).to.deep.equal(['camera']);
  });
});
