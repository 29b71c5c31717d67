// Media state follows the SDK: events through the fake, with the 2.5.0 bundle's payloads.
import { expect } from '@open-wc/testing';
import { itOwnsItsListeners, joined } from '../../support/engine-helpers.js';

describe('media slice: the SDK says what changed', () => {
  itOwnsItsListeners('media', ['current-audio-change', 'host-ask-unmute-audio', 'auto-play-audio-failed', 'video-capturing-change']);

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
});
