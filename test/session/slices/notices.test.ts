// The notices slice: said once, plain ones go after a while, sticky ones stay, actions answer and
// remove, at most MAX_NOTICES show, and nothing outlives the session.
import { expect } from '@open-wc/testing';
import { MAX_NOTICES, NOTICE_MS, NoticesSlice } from '../../../src/session/slices/notices.js';
import type { SliceCore } from '../../../src/session/slices/slice.js';
import { joined } from '../../support/engine-helpers.js';

function slice(): { notices: NoticesSlice; updates: () => number } {
  let updates = 0;
  const core = { update: () => void updates++ } as unknown as SliceCore;
  return { notices: new NoticesSlice(core), updates: () => updates };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('notices', () => {
  it('says a notice once: the same code and parameters on screen is not added again', () => {
    const { notices, updates } = slice();
    const first = notices.notify('host-muted-you');
    expect(notices.notify('host-muted-you')).to.equal(first);
    notices.notify('device-fell-back', { params: { kind: 'camera' } });
    notices.notify('device-fell-back', { params: { kind: 'microphone' } });
    expect(notices.notices.map((n) => [n.code, n.params['kind']])).to.deep.equal([
      ['host-muted-you', undefined],
      ['device-fell-back', 'camera'],
      ['device-fell-back', 'microphone'],
    ]);
    expect(updates()).to.equal(3);
    expect(Object.isFrozen(notices.notices)).to.equal(true);
  });

  it('lets a plain notice go after NOTICE_MS and keeps a sticky one', async () => {
    const { notices } = slice();
    const realSetTimeout = window.setTimeout;
    const timers: Array<{ fn: () => void; ms: number }> = [];
    window.setTimeout = ((fn: () => void, ms: number) => timers.push({ fn, ms })) as unknown as typeof setTimeout;
    try {
      notices.notify('host-muted-you');
      notices.notify('sound-blocked', { sticky: true, actions: { 'enable-sound': () => undefined } });
    } finally {
      window.setTimeout = realSetTimeout;
    }
    expect(timers.map((t) => t.ms)).to.deep.equal([NOTICE_MS]);
    timers[0]!.fn();
    expect(notices.notices.map((n) => n.code)).to.deep.equal(['sound-blocked']);
  });

  it('runs the answered action once and removes the notice; a second press does nothing', async () => {
    const { notices } = slice();
    const calls: string[] = [];
    const id = notices.notify('host-asks-unmute', {
      sticky: true,
      actions: { unmute: () => calls.push('unmute'), 'stay-muted': () => calls.push('stay') },
    });
    expect(notices.notices[0]!.actions).to.deep.equal(['unmute', 'stay-muted']);
    notices.answer(id, 'unmute');
    notices.answer(id, 'unmute');
    await tick();
    expect(calls).to.deep.equal(['unmute']);
    expect(notices.notices).to.deep.equal([]);
  });

  it('withdraws every notice of a code, and dismisses one without running an action', async () => {
    const { notices } = slice();
    const calls: string[] = [];
    notices.notify('sound-blocked', { sticky: true, actions: { 'enable-sound': () => calls.push('sound') } });
    const other = notices.notify('host-muted-you');
    notices.withdraw('sound-blocked');
    notices.dismiss(other);
    await tick();
    expect(notices.notices).to.deep.equal([]);
    expect(calls).to.deep.equal([]);
  });

  it(`shows at most ${MAX_NOTICES}, dropping the oldest`, () => {
    const { notices } = slice();
    notices.notify('host-muted-you');
    notices.notify('sound-blocked', { sticky: true });
    notices.notify('camera-stopped');
    notices.notify('microphone-stopped');
    expect(notices.notices.map((n) => n.code)).to.deep.equal(['sound-blocked', 'camera-stopped', 'microphone-stopped']);
  });

  it('forgets every notice when the session ends', async () => {
    const { session } = await joined();
    session.slices.notices.notify('host-muted-you');
    session.slices.notices.notify('sound-blocked', { sticky: true });
    expect(session.notices).to.have.length(2);
    await session.leave();
    expect(session.notices).to.deep.equal([]);
  });
});
