// The quality slice: `network-quality-change` payloads as the bundle emits them, smoothed bars per
// user, this participant's poor-connection notice after a while (not at once) with its camera-off
// button, withdrawn only after the link has been fine for a while, and users forgotten when their
// video goes off or they leave. Time is the slice's clock, moved by the test.
import { expect } from '@open-wc/testing';
import { DROP_HOLD_MS, NOTICE_AFTER_MS, NOTICE_CLEAR_AFTER_MS } from '../../../src/session/slices/network-quality.js';
import { GRACE, itOwnsItsListeners, joined } from '../../support/engine-helpers.js';
import { animationFrame } from '../../support/session-helpers.js';

async function withClock() {
  const s = await joined();
  let now = 1_000_000;
  s.session.slices.quality.clock = () => now;
  const at = (ms: number) => {
    now += ms;
    s.session.slices.quality.tick();
  };
  return { ...s, at };
}

const poorNotices = (codes: readonly { code: string }[]) => codes.filter((n) => n.code === 'connection-poor').length;

describe('connection quality', () => {
  it('shows a drop only after it lasted, and a rise at once', async () => {
    const { fake, session, host, at } = await withClock();
    const quality = session.slices.quality;
    fake.emit('network-quality-change', { userId: GRACE.userId, type: 'uplink', level: 5 });
    expect(quality.levelOf(GRACE.userId).level).to.equal(5);
    await animationFrame();
    const renders = host.updates;
    fake.emit('network-quality-change', { userId: GRACE.userId, type: 'uplink', level: 1 });
    expect(quality.levelOf(GRACE.userId).level, 'a dip does not flash the bars').to.equal(5);
    await animationFrame();
    expect(host.updates, 'nor costs a render').to.equal(renders);
    at(DROP_HOLD_MS + 1);
    expect(quality.levelOf(GRACE.userId).level).to.equal(1);
    fake.emit('network-quality-change', { userId: GRACE.userId, type: 'uplink', level: 4 });
    expect(quality.levelOf(GRACE.userId).level).to.equal(4);
    fake.updateUser(GRACE.userId, { bVideoOn: false });
    expect(quality.levelOf(GRACE.userId).level, 'video off: forgotten').to.equal(undefined);
  });

  it('tells this participant once when their link stays poor, and takes it back after it recovered for a while', async () => {
    const { fake, session, at } = await withClock();
    fake.emit('network-quality-change', { userId: 100, type: 'uplink', level: 1 });
    expect(poorNotices(session.notices), 'not at once').to.equal(0);
    at(NOTICE_AFTER_MS + 1);
    expect(poorNotices(session.notices)).to.equal(1);
    const notice = session.notices.find((n) => n.code === 'connection-poor')!;
    expect(notice.sticky).to.equal(true);
    expect(notice.actions).to.deep.equal(['camera-off']);
    fake.emit('network-quality-change', { userId: 100, type: 'uplink', level: 0 });
    at(1000);
    expect(poorNotices(session.notices), 'said once').to.equal(1);
    fake.emit('network-quality-change', { userId: 100, type: 'uplink', level: 3 });
    at(1000);
    expect(poorNotices(session.notices), 'no flapping').to.equal(1);
    at(NOTICE_CLEAR_AFTER_MS);
    expect(poorNotices(session.notices)).to.equal(0);
  });

  it('turns the camera off from the notice', async () => {
    const { fake, session, at } = await withClock();
    expect(session.videoOn, 'joined with the camera on').to.equal(true);
    fake.emit('network-quality-change', { userId: 100, type: 'downlink', level: 0 });
    at(NOTICE_AFTER_MS + 1);
    const notice = session.notices.find((n) => n.code === 'connection-poor')!;
    session.answerNotice(notice.id, 'camera-off');
    for (let i = 0; i < 20 && session.videoOn; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(session.videoOn).to.equal(false);
    expect(fake.calls.stopVideo).to.equal(1);
  });

  it('ignores payloads it does not understand, and forgets everything when the session ends', async () => {
    const { fake, session, at } = await withClock();
    fake.emit('network-quality-change', { userId: 100, type: 'sideways', level: 1 });
    fake.emit('network-quality-change', { userId: 100, type: 'uplink', level: 1 });
    at(NOTICE_AFTER_MS + 1);
    expect(poorNotices(session.notices)).to.equal(1);
    await session.leave();
    expect(session.slices.quality.poor).to.equal(false);
    expect(session.slices.quality.levelOf(100).level).to.equal(undefined);
  });

  itOwnsItsListeners('quality', ['network-quality-change', 'user-removed', 'user-updated']);
});
