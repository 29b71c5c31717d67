// The roster slice: who is in the session, self first, who has video on, who speaks.
import { expect } from '@open-wc/testing';
import { itOwnsItsListeners, setup } from '../../support/engine-helpers.js';
import { participant } from '../../support/fake-zoom.js';
import { joinOptions } from '../../support/session-helpers.js';

describe('roster', () => {
  async function joinedWithOthers() {
    const s = setup();
    s.fake.users = [participant(200, 'Grace', { muted: true, bVideoOn: true })];
    await s.session.join(joinOptions());
    return s;
  }

  it('lists everyone, self first, from the SDK', async () => {
    const { fake, session } = await joinedWithOthers();
    expect(session.participants).to.deep.equal([
      { userId: fake.selfId, name: 'Ada', audioMuted: false, videoOn: true, isHost: false, isSelf: true },
      { userId: 200, name: 'Grace', audioMuted: true, videoOn: true, isHost: false, isSelf: false },
    ]);
  });

  it('follows user-added, user-updated and user-removed, with one event per change', async () => {
    const { host, fake, session } = await joinedWithOthers();
    const before = host.of('zoom-session-participants').length;
    fake.addUser(participant(300, 'Linus', { isHost: true }));
    expect(session.participants.map((p) => p.userId)).to.deep.equal([fake.selfId, 200, 300]);
    fake.updateUser(200, { muted: false, displayName: 'Grace H.' });
    expect(session.participants[1]).to.include({ name: 'Grace H.', audioMuted: false });
    fake.removeUser(300);
    expect(session.participants.map((p) => p.userId)).to.deep.equal([fake.selfId, 200]);
    const events = host.of('zoom-session-participants').slice(before);
    expect(events).to.have.length(3);
    expect(events.at(-1)!.participants).to.equal(session.participants);
    fake.updateUser(200, {});
    expect(host.of('zoom-session-participants').slice(before), 'no event without a change').to.have.length(3);
  });

  it('follows active-speaker', async () => {
    const { fake, session } = await joinedWithOthers();
    fake.emit('active-speaker', [{ userId: 200, displayName: 'Grace' }]);
    expect(session.activeSpeakerId).to.equal(200);
  });

  it('forgets everyone and the speaker when the session ends, with one last event', async () => {
    const { host, fake, session } = await joinedWithOthers();
    fake.emit('active-speaker', [{ userId: 200 }]);
    await session.leave();
    expect(session.participants).to.deep.equal([]);
    expect(session.activeSpeakerId).to.equal(undefined);
    expect(host.of('zoom-session-participants').at(-1)!.participants).to.deep.equal([]);
    fake.emit('user-added', [{ userId: 300 }]);
    expect(session.participants, 'nothing heard after the session').to.deep.equal([]);
  });

  itOwnsItsListeners('roster', [
    'user-added',
    'user-updated',
    'user-removed',
    'peer-video-state-change',
    'active-speaker',
    'video-active-change',
    'video-spotlight-change',
  ]);
});
