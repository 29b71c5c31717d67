// The moderation slice: the role only from the SDK (and its changes through user-updated), each host
// control reaching the SDK call it stands for, Zoom's role checks turned into words, and nothing
// sent by someone who is neither host nor manager.
import { expect } from '@open-wc/testing';
import { restricted } from '../../../src/session/slices/moderation.js';
import { GRACE, LINUS, expectClean, itOwnsItsListeners, joined, setup } from '../../support/engine-helpers.js';
import { participant } from '../../support/fake-zoom.js';
import { joinOptions } from '../../support/session-helpers.js';

const refusals = (codes: readonly { code: string; params: Record<string, unknown> }[]) =>
  codes.filter((n) => n.code === 'host-action-refused').map((n) => n.params.code);

describe('moderation', () => {
  it('a participant who is not host or manager has no controls, and nothing reaches Zoom', async () => {
    const { fake, session } = await joined();
    expect(session.moderation).to.include({ isHost: false, isManager: false });
    expect(await session.moderate('mute', GRACE.userId)).to.equal(false);
    expect(await session.moderate('mute-all')).to.equal(false);
    expect(fake.host.calls).to.deep.equal([]);
  });

  it('follows the role the SDK gives, with zoom-session-role and a notice', async () => {
    const { host, fake, session } = await joined();
    fake.updateUser(100, { isHost: true });
    expect(session.moderation).to.include({ isHost: true, isManager: false });
    expect(host.of('zoom-session-role').map((e) => [e.isHost, e.isManager])).to.deep.equal([[true, false]]);
    expect(session.notices.map((n) => [n.code, n.params.role])).to.deep.equal([['role-given', 'host']]);
    await session.moderate('make-host', GRACE.userId);
    expect(session.moderation.isHost, 'one host: giving it away loses it').to.equal(false);
    expect(host.of('zoom-session-role')).to.have.length(2);
    fake.updateUser(100, { isManager: true });
    expect(session.moderation).to.include({ isHost: false, isManager: true });
  });

  it('each control calls the SDK for it', async () => {
    const { fake, session } = await joined();
    fake.updateUser(100, { isHost: true });
    expect(await session.moderate('mute', LINUS.userId)).to.equal(true);
    expect(fake.users.find((u) => u.userId === LINUS.userId)!.muted).to.equal(true);
    expect(session.participants.find((p) => p.userId === LINUS.userId)!.audioMuted).to.equal(true);
    await session.moderate('ask-unmute', LINUS.userId);
    await session.moderate('spotlight', GRACE.userId);
    expect(session.moderation.spotlighted).to.deep.equal([GRACE.userId]);
    await session.moderate('unspotlight', GRACE.userId);
    expect(session.moderation.spotlighted).to.deep.equal([]);
    await session.moderate('make-manager', LINUS.userId);
    expect(session.moderation.managers).to.deep.equal([LINUS.userId]);
    await session.moderate('revoke-manager', LINUS.userId);
    expect(session.moderation.managers).to.deep.equal([]);
    await session.moderate('mute-all');
    await session.moderate('ask-all-unmute');
    await session.moderate('lock-share');
    expect(session.moderation.shareLocked).to.equal(true);
    await session.moderate('chat-no-one');
    expect(session.moderation.chatLocked).to.equal(true);
    await session.moderate('chat-everyone');
    await session.moderate('remove', LINUS.userId);
    expect(session.participants.map((p) => p.userId)).to.deep.equal([100, GRACE.userId]);
    expect(fake.host.calls).to.deep.equal([
      'muteAudio:300',
      'unmuteAudio:300',
      'spotlightVideo:200',
      'removeSpotlightedVideo:200',
      'makeManager:300',
      'revokeManager:300',
      'muteAllAudio',
      'unmuteAllAudio',
      'lockShare:true',
      'setPrivilege:4',
      'setPrivilege:1',
      'removeUser:300',
    ]);
    expect(session.error).to.equal(undefined);
  });

  it("turns Zoom's refusals into words, and the session goes on", async () => {
    const { fake, session } = await joined();
    fake.updateUser(100, { isManager: true });
    expect(await session.moderate('make-host', GRACE.userId)).to.equal(false);
    expect(await session.moderate('spotlight', LINUS.userId), 'video off').to.equal(false);
    expect(await session.moderate('mute', 999)).to.equal(false);
    expect(refusals(session.notices as never)).to.deep.equal([5007, 6001]);
    expect(session.state).to.equal('joined');
    expect(session.error).to.equal(undefined);
  });

  it('tells the participant when spotlighted', async () => {
    const { fake, session } = await joined();
    fake.emit('video-spotlight-change', { spotlightList: [{ userId: 100 }] });
    expect(session.moderation.spotlighted).to.deep.equal([100]);
    expect(session.notices.map((n) => n.code)).to.deep.equal(['spotlighted']);
  });

  it('the host ends the session for everyone (leave(true)) and nothing is left running', async () => {
    const { host, fake, session } = await joined();
    fake.updateUser(100, { isHost: true });
    expect(await session.moderate('end-for-all')).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(host.of('zoom-session-left').map((e) => e.reason)).to.deep.equal(['ended-by-host']);
    expect(fake.host.calls).to.include('leave:end');
    expect(session.moderation.isHost).to.equal(false);
    expectClean(fake);
  });

  it('reads who may chat and share at join; hosts and managers are never restricted', async () => {
    const s = setup();
    s.fake.users = [participant(GRACE.userId, GRACE.name)];
    s.fake.host.chatPrivilege = 4;
    s.fake.host.shareLocked = true;
    expect(await s.session.join(joinOptions())).to.equal(true);
    expect(s.session.moderation).to.include({ chatLocked: true, shareLocked: true });
    expect(restricted(s.session.moderation)).to.deep.equal({ chat: true, share: true });
    expect(s.session.notices, 'nothing changed: nothing said').to.deep.equal([]);
    s.fake.updateUser(100, { isManager: true });
    expect(restricted(s.session.moderation)).to.deep.equal({ chat: false, share: false });
  });

  it("follows the host's privilege changes as the bundle broadcasts them, and says each once", async () => {
    const grace = setup();
    grace.fake.script.selfId = GRACE.userId;
    grace.fake.users = [participant(100, 'Ada', { isHost: true })];
    const ada = await joined();
    ada.fake.updateUser(100, { isHost: true });
    ada.fake.host.link(grace.fake.host);
    expect(await grace.session.join(joinOptions())).to.equal(true);
    const said = () => grace.session.notices.map((n) => `${n.code}:${n.params.change}`);
    await ada.session.moderate('chat-no-one');
    expect(grace.session.moderation.chatLocked).to.equal(true);
    await ada.session.moderate('lock-share');
    expect(restricted(grace.session.moderation)).to.deep.equal({ chat: true, share: true });
    expect(said()).to.deep.equal(['privilege-changed:chat-off', 'privilege-changed:share-locked']);
    expect(restricted(ada.session.moderation), 'the host is not restricted').to.deep.equal({ chat: false, share: false });
    expect(ada.session.notices.filter((n) => n.code === 'privilege-changed'), 'nor told').to.deep.equal([]);
    for (const n of grace.session.notices) grace.session.dismissNotice(n.id);
    await ada.session.moderate('chat-everyone');
    ada.fake.host.setSharePrivilege(3); // MultipleShare, as setSharePrivilege does
    expect(restricted(grace.session.moderation)).to.deep.equal({ chat: false, share: false });
    expect(said()).to.deep.equal(['privilege-changed:chat-on', 'privilege-changed:share-unlocked']);
    grace.fake.emit('chat-privilege-change', { chatPrivilege: 5 }); // EveryonePublicly: messages to everyone still go
    grace.fake.emit('share-privilege-change', { privilege: 2 }); // AnyoneGrab, not in the d.ts
    grace.fake.emit('chat-privilege-change', { chatPrivilege: 'x' });
    grace.fake.emit('share-privilege-change', null);
    expect(restricted(grace.session.moderation)).to.deep.equal({ chat: false, share: false });
    expect(said()).to.have.length(2);
  });

  it('a participant whose share is locked is told so when pressing Share, and nothing starts', async () => {
    const { fake, session } = await joined();
    fake.host.setSharePrivilege(1); // another host locked it
    expect(session.moderation.shareLocked).to.equal(true);
    await session.toggleShare();
    expect(session.error?.code).to.equal('share-locked');
    expect(fake.calls.startShareScreen).to.deep.equal([]);
  });

  itOwnsItsListeners('moderation', ['user-updated', 'video-spotlight-change', 'chat-privilege-change', 'share-privilege-change']);
});
