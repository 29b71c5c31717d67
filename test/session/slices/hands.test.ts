// The hands slice: raised hands over the command channel between two fake browsers, what a host
// may do and what a stranger may not, hands lowered on leaving and on unmuting, the late joiner's
// snapshot, Zoom's refusals, and garbage on the channel ignored.
import { expect } from '@open-wc/testing';
import { SessionController } from '../../../src/session/session-controller.js';
import { itOwnsItsListeners } from '../../support/engine-helpers.js';
import { FakeZoom, participant } from '../../support/fake-zoom.js';
import { TestHost, joinOptions, recordingProvider } from '../../support/session-helpers.js';

interface Browser {
  host: TestHost;
  fake: FakeZoom;
  session: SessionController;
}

/** A browser joined as `selfId`, seeing `others` in the session. */
async function browser(selfId: number, others: ReturnType<typeof participant>[], isHost = false): Promise<Browser> {
  const host = new TestHost();
  const fake = new FakeZoom();
  fake.script.selfId = selfId;
  fake.users = others;
  const session = new SessionController(host, {
    clientLoader: fake.loader,
    tokenProvider: recordingProvider().provider,
    assets: '/sdk/lib',
  });
  expect(await session.join(joinOptions())).to.equal(true);
  if (isHost) fake.updateUser(selfId, { isHost: true });
  return { host, fake, session };
}

/** Ada (100, the host) and Grace (200), linked; Linus (300) is in both lists and has no browser here. */
async function pair(): Promise<{ ada: Browser; grace: Browser }> {
  const ada = await browser(100, [participant(200, 'Grace Hopper'), participant(300, 'Linus Torvalds')], true);
  const grace = await browser(200, [participant(100, 'Ada', { isHost: true }), participant(300, 'Linus Torvalds')]);
  ada.fake.host.link(grace.fake.host);
  return { ada, grace };
}

const hands = (b: Browser) => b.host.of('zoom-session-hand').map((e) => `${e.userId}:${e.raised ? 'up' : 'down'}${e.self ? ':self' : ''}${e.byHost ? ':host' : ''}`);
const notices = (b: Browser) => b.session.notices.map((n) => n.code);

describe('hands', () => {
  it('a raised hand reaches the other browser, in the documented format, and goes down again', async () => {
    const { ada, grace } = await pair();
    await grace.session.raiseHand();
    expect(grace.fake.host.sent).to.deep.equal([['zse1:{"t":"hand","up":true}', undefined]]);
    expect(grace.session.raisedHands).to.deep.equal([200]);
    expect(ada.session.raisedHands).to.deep.equal([200]);
    expect(hands(grace)).to.deep.equal(['200:up:self']);
    expect(hands(ada)).to.deep.equal(['200:up']);
    const [event] = ada.host.of('zoom-session-hand');
    expect(event!.bubbles && event!.composed).to.equal(true);
    await grace.session.raiseHand();
    expect(grace.fake.host.sent, 'raising twice sends nothing').to.have.length(1);
    await grace.session.raiseHand(false);
    expect(ada.session.raisedHands).to.deep.equal([]);
    expect(hands(ada)).to.deep.equal(['200:up', '200:down']);
  });

  it('keeps hands in the order raised', async () => {
    const { ada, grace } = await pair();
    ada.fake.host.receive({ senderId: 300, senderName: 'Linus' }, 'zse1:{"t":"hand","up":true}');
    await grace.session.raiseHand();
    await ada.session.raiseHand();
    expect(ada.session.raisedHands).to.deep.equal([300, 200, 100]);
    expect(grace.session.raisedHands).to.deep.equal([200, 100]);
  });

  it('a host lowers one hand or all; the participant is told', async () => {
    const { ada, grace } = await pair();
    await grace.session.raiseHand();
    await ada.session.lowerHand(200);
    expect(ada.fake.host.sent.at(-1)).to.deep.equal(['zse1:{"t":"lower","u":200}', undefined]);
    expect(grace.session.raisedHands).to.deep.equal([]);
    expect(hands(grace)).to.deep.equal(['200:up:self', '200:down:self:host']);
    expect(notices(grace)).to.deep.equal(['hand-lowered-by-host']);
    await grace.session.raiseHand();
    grace.fake.host.receive({ senderId: 300, senderName: 'Linus' }, 'zse1:{"t":"hand","up":true}');
    await ada.session.lowerHand('all');
    expect(ada.fake.host.sent.at(-1)![0]).to.equal('zse1:{"t":"lower","all":true}');
    expect(grace.session.raisedHands).to.deep.equal([]);
    expect(ada.session.raisedHands).to.deep.equal([]);
  });

  it('someone who is not host or manager cannot lower hands, here or elsewhere', async () => {
    const { ada, grace } = await pair();
    await ada.session.raiseHand();
    await grace.session.lowerHand(100);
    expect(grace.fake.host.sent, 'nothing sent').to.deep.equal([]);
    ada.fake.host.receive({ senderId: 300, senderName: 'Linus' }, 'zse1:{"t":"lower","all":true}');
    ada.fake.host.receive({ senderId: 300, senderName: 'Linus' }, 'zse1:{"t":"state","up":[]}');
    expect(ada.session.raisedHands).to.deep.equal([100]);
    expect(grace.session.raisedHands).to.deep.equal([100]);
  });

  it('ignores garbage on the channel, without error or event', async () => {
    const { ada } = await pair();
    const before = ada.host.events.length;
    const from = { senderId: 300, senderName: 'Linus' };
    for (const text of [
      'hello',
      'zse1:',
      'zse1:not json',
      'zse1:[1,2]',
      'zse1:{"t":"hand","up":"yes"}',
      'zse1:{"t":"dance"}',
      'zse2:{"t":"hand","up":true}',
      `zse1:{"t":"hand","up":true,"pad":"${'x'.repeat(600)}"}`,
      42,
      undefined,
    ]) {
      ada.fake.host.receive(from, text);
    }
    ada.fake.host.receive({ senderId: 'abc', senderName: 'x' }, 'zse1:{"t":"hand","up":true}');
    ada.fake.host.receive({ senderId: 100, senderName: 'me' }, 'zse1:{"t":"hand","up":true}');
    ada.fake.emit('command-channel-message', null);
    expect(ada.session.raisedHands).to.deep.equal([]);
    expect(ada.host.events.length).to.equal(before);
    expect(ada.session.error).to.equal(undefined);
  });

  it('a hand goes down when its owner leaves or is unmuted', async () => {
    const { ada, grace } = await pair();
    await grace.session.raiseHand();
    ada.fake.host.receive({ senderId: 300, senderName: 'Linus' }, 'zse1:{"t":"hand","up":true}');
    ada.fake.updateUser(200, { muted: false });
    expect(ada.session.raisedHands).to.deep.equal([300]);
    ada.fake.removeUser(300);
    expect(ada.session.raisedHands).to.deep.equal([]);
  });

  it('a late joiner asks once the channel is up, and only the host answers it', async () => {
    const { ada, grace } = await pair();
    ada.fake.host.receive({ senderId: 300, senderName: 'Linus' }, 'zse1:{"t":"hand","up":true}');
    expect(grace.session.raisedHands).to.deep.equal([]);
    grace.fake.emit('command-channel-status', 'Connected');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(grace.fake.host.sent).to.deep.equal([['zse1:{"t":"ask"}', undefined]]);
    expect(ada.fake.host.sent).to.deep.equal([['zse1:{"t":"state","up":[300]}', 200]]);
    expect(grace.session.raisedHands).to.deep.equal([300]);
    grace.fake.emit('command-channel-status', 'Connected');
    expect(grace.fake.host.sent, 'asks once').to.have.length(1);
  });

  it('waits for the channel when Zoom says it is not ready (7104)', async () => {
    const { ada, grace } = await pair();
    grace.fake.host.script.commandNotReady = true;
    await grace.session.raiseHand();
    expect(grace.session.raisedHands).to.deep.equal([200]);
    expect(ada.session.raisedHands).to.deep.equal([]);
    grace.fake.host.script.commandNotReady = false;
    grace.fake.emit('command-channel-status', 'Connected');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ada.session.raisedHands).to.deep.equal([200]);
  });

  it('undoes the hand and says so when Zoom refuses it (7105 rate limit, 7103 too long)', async () => {
    const { ada, grace } = await pair();
    grace.fake.host.script.commandRateLimited = true;
    await grace.session.raiseHand();
    expect(grace.session.raisedHands).to.deep.equal([]);
    expect(ada.session.raisedHands).to.deep.equal([]);
    expect(hands(grace)).to.deep.equal(['200:up:self', '200:down:self']);
    expect(notices(grace)).to.deep.equal(['hand-not-sent']);
    let refused: unknown;
    await ada.fake.client.getCommandClient().send('x'.repeat(1025)).catch((e: unknown) => (refused = e));
    expect(refused).to.include({ errorCode: 7103 });
  });

  it('forgets every hand when the session ends', async () => {
    const { ada, grace } = await pair();
    await grace.session.raiseHand();
    await ada.session.leave();
    expect(ada.session.raisedHands).to.deep.equal([]);
    await grace.session.leave();
  });

  it('no-hands: forgets the hands without events, sends nothing, follows nothing; off again, it asks', async () => {
    const { ada, grace } = await pair();
    ada.fake.emit('command-channel-status', 'Connected');
    ada.fake.host.sent.length = 0;
    await grace.session.raiseHand();
    await ada.session.raiseHand();
    expect(ada.session.raisedHands).to.deep.equal([200, 100]);
    const events = ada.host.of('zoom-session-hand').length;
    ada.session.slices.hands.setOff(true);
    expect(ada.session.raisedHands).to.deep.equal([]);
    expect(ada.fake.host.sent.at(-1), 'its own hand goes down first, once').to.deep.equal(['zse1:{"t":"hand","up":false}', undefined]);
    expect(grace.session.raisedHands).to.deep.equal([200]);
    const sent = ada.fake.host.sent.length;
    await ada.session.raiseHand();
    await ada.session.lowerHand(200);
    ada.fake.host.receive({ senderId: 300, senderName: 'Linus' }, 'zse1:{"t":"hand","up":true}');
    ada.fake.host.receive({ senderId: 300, senderName: 'Linus' }, 'zse1:{"t":"ask"}');
    ada.fake.emit('command-channel-status', 'Connected');
    expect(ada.fake.host.sent.length, 'nothing sent, not even an answer').to.equal(sent);
    expect(ada.session.raisedHands).to.deep.equal([]);
    expect(ada.host.of('zoom-session-hand').length, 'no event').to.equal(events);
    expect(grace.session.raisedHands, 'the others still follow theirs').to.deep.equal([200]);
    ada.session.slices.hands.setOff(false);
    expect(ada.fake.host.sent.at(-1)).to.deep.equal(['zse1:{"t":"ask"}', undefined]);
    await grace.session.raiseHand(false);
    await grace.session.raiseHand();
    expect(ada.session.raisedHands).to.deep.equal([200]);
  });

  itOwnsItsListeners('hands', ['command-channel-message', 'command-channel-status', 'user-removed', 'user-updated']);
});
