// The video slice: which participant's video is attached where, once; taken away when it stops,
// when its participant leaves and when the session ends; and the SDK's render cap.
import { expect } from '@open-wc/testing';
import { itOwnsItsListeners, setup } from '../../support/engine-helpers.js';
import { failure, participant } from '../../support/fake-zoom.js';
import { animationFrame, joinOptions, settle } from '../../support/session-helpers.js';

describe('video', () => {
  async function joinedWithOthers() {
    const s = setup();
    s.fake.users = [participant(200, 'Grace', { muted: true, bVideoOn: true })];
    await s.session.join(joinOptions());
    return s;
  }

  it('attaches a video into its container once, and detaches it when the video stops', async () => {
    const { fake, session } = await joinedWithOthers();
    const container = document.createElement('video-player-container');
    const slot = document.createElement('div');
    container.append(slot);
    document.body.append(container);
    try {
      await Promise.all([session.attachVideo(200, slot), session.attachVideo(200, slot)]);
      await session.attachVideo(200, slot);
      expect(fake.calls.attachVideo).to.deep.equal([200]);
      expect(slot.querySelector('video-player')!.getAttribute('node-id')).to.equal('200');
      expect(session.attachedVideos).to.deep.equal([200]);
      fake.peerVideo(200, false);
      expect(session.participants[1]!.videoOn).to.equal(false);
      await settle();
      expect(slot.children).to.have.length(0);
      expect(fake.calls.detachVideo).to.deep.equal([200]);
      await session.attachVideo(200, slot);
      expect(fake.calls.attachVideo, 'no attach while the video is off').to.deep.equal([200]);
      fake.peerVideo(200, true);
      await session.attachVideo(200, slot);
      expect(fake.calls.attachVideo).to.deep.equal([200, 200]);
      fake.removeUser(200);
      await settle();
      expect(slot.children, 'detached when the participant leaves').to.have.length(0);
    } finally {
      container.remove();
    }
  });

  it('past the render cap: the SDK refuses, nothing is reported, a re-render does not ask again', async () => {
    const { host, fake, session } = await joinedWithOthers();
    fake.script.maxRenderableVideos = 2;
    fake.addUser(participant(300, 'Linus', { bVideoOn: true }));
    fake.addUser(participant(400, 'Barbara', { bVideoOn: true }));
    const container = document.createElement('video-player-container');
    const slots = [200, 300, 400].map(() => document.createElement('div'));
    container.append(...slots);
    document.body.append(container);
    const render = () => Promise.all([200, 300, 400].map((id, i) => session.attachVideo(id, slots[i]!)));
    try {
      await render();
      await render(); // the element attaches after every render
      expect(fake.calls.attachVideo, 'the third is refused once, not asked again').to.deep.equal([200, 300, 400]);
      expect(session.attachedVideos).to.deep.equal([200, 300]);
      expect(host.of('zoom-session-error'), 'a cap is no participant-facing error').to.have.length(0);
      fake.peerVideo(200, false);
      await settle();
      await render();
      expect(session.attachedVideos, 'a place freed: the refused video shows').to.deep.equal([300, 400]);
    } finally {
      container.remove();
    }
  });

  it('another attach failure is reported once, and tried again when that video restarts', async () => {
    const { host, fake, session } = await joinedWithOthers();
    fake.script.attachVideoError = failure(6105, 'video decode failed', 'INTERNAL_ERROR');
    const container = document.createElement('video-player-container');
    const slot = document.createElement('div');
    container.append(slot);
    document.body.append(container);
    try {
      for (let i = 0; i < 3; i++) await session.attachVideo(200, slot);
      expect(fake.calls.attachVideo).to.deep.equal([200]);
      expect(host.of('zoom-session-error')).to.have.length(1);
      delete fake.script.attachVideoError;
      fake.peerVideo(200, false);
      fake.peerVideo(200, true);
      await session.attachVideo(200, slot);
      expect(session.attachedVideos).to.deep.equal([200]);
    } finally {
      container.remove();
    }
  });

  it('a video the SDK does not see yet (6001) is no error, and is tried again when the SDK says it is on', async () => {
    const { host, fake, session } = await joinedWithOthers();
    fake.addUser(participant(300, 'Linus'));
    const container = document.createElement('video-player-container');
    const slot = document.createElement('div');
    container.append(slot);
    document.body.append(container);
    try {
      // The camera's start is heard before the SDK's user list says so: the bundle refuses (6001).
      fake.emit('peer-video-state-change', { action: 'Start', userId: 300 });
      await settle();
      await session.attachVideo(300, slot);
      await session.attachVideo(300, slot);
      expect(fake.calls.attachVideo, 'refused once, not asked again by the next render').to.deep.equal([300]);
      expect(session.attachedVideos).to.deep.equal([]);
      expect(host.of('zoom-session-error'), 'not a participant-facing error').to.have.length(0);
      const updates = host.updates;
      fake.updateUser(300, { bVideoOn: true });
      await animationFrame();
      expect(host.updates, 'the element is asked to render (and so to attach) again').to.be.above(updates);
      await session.attachVideo(300, slot);
      expect(session.attachedVideos).to.deep.equal([300]);
      expect(slot.querySelector('video-player')).to.not.equal(null);
    } finally {
      container.remove();
    }
  });

  it('detaches every video when leaving', async () => {
    const { fake, session } = await joinedWithOthers();
    const container = document.createElement('video-player-container');
    const [a, b] = [document.createElement('div'), document.createElement('div')];
    container.append(a, b);
    document.body.append(container);
    try {
      await session.attachVideo(fake.selfId, a);
      await session.attachVideo(200, b);
      expect(container.querySelectorAll('video-player')).to.have.length(2);
      await session.leave();
      expect(container.querySelectorAll('video-player')).to.have.length(0);
      expect([...fake.calls.detachVideo].sort()).to.deep.equal([fake.selfId, 200].sort());
      expect(session.attachedVideos).to.deep.equal([]);
    } finally {
      container.remove();
    }
  });

  it('says self-view wants its own container exactly when the SDK cannot render several videos in one', async () => {
    const s = setup();
    s.fake.script.multipleVideos = false;
    expect(s.session.selfViewApart, 'not before joining').to.equal(false);
    await s.session.join(joinOptions());
    expect(s.session.selfViewApart).to.equal(true);
    s.fake.script.multipleVideos = true;
    expect(s.session.selfViewApart, 'read live, as the budget is').to.equal(false);
    await s.session.leave();
    expect(s.session.selfViewApart).to.equal(false);
    const { session } = await joinedWithOthers();
    expect(session.selfViewApart, 'the default: several videos in one container').to.equal(false);
  });

  itOwnsItsListeners('video', []);
});
