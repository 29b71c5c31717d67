// Each join step has its own budget, and its timeout names the step: loading the SDK module,
// init() with its assets, and join(). Short budgets, never a measured duration.
import { expect } from '@open-wc/testing';
import { authorPart, participantPart } from '../../src/session/errors.js';
import { expectClean, setup, states } from '../support/engine-helpers.js';
import { joinOptions } from '../support/session-helpers.js';

const never = () => new Promise<never>(() => undefined);

describe('join budgets', () => {
  it('a SDK chunk that never arrives fails with sdk-load-timeout, naming the step, instead of joining forever', async () => {
    const { fake, session, host } = setup({ loadTimeoutMs: 30 });
    session.clientLoader = never;
    expect(await session.join(joinOptions())).to.equal(false);
    expect(session.state).to.equal('failed');
    expect(states(host)).to.include('joining:loading');
    const error = session.error!;
    expect(error.code).to.equal('sdk-load-timeout');
    expect(error.retryable).to.equal(true);
    expect(participantPart(error.message)).to.match(/did not finish downloading within 0 seconds/);
    expect(participantPart(error.message)).to.not.match(/clientLoader|loadTimeoutMs/);
    expect(authorPart(error.message)).to.match(/loading the Video SDK module .*30 ms \(loadTimeoutMs\)/);
    expectClean(fake);
  });

  it('leave() while the SDK chunk hangs cancels the join: left, nothing running', async () => {
    const { fake, session, host } = setup();
    session.clientLoader = never;
    const joining = session.join(joinOptions());
    await new Promise((r) => setTimeout(r, 0));
    expect(session.state).to.equal('joining');
    await session.leave();
    expect(await joining).to.equal(false);
    expect(session.state).to.equal('left');
    expect(host.of('zoom-session-left').map((e) => e.reason)).to.deep.equal(['cancelled']);
    expectClean(fake);
  });

  it('init() that hears nothing fails with its own budget, naming client.init()', async () => {
    const { fake, session } = setup({ initTimeoutMs: 20, joinTimeoutMs: 5000 });
    fake.script.initDelayMs = 400;
    expect(await session.join(joinOptions())).to.equal(false);
    expect(session.error!.code).to.equal('assets-unreachable');
    expect(authorPart(session.error!.message)).to.match(/client\.init\(\) with its assets, after 20 ms \(initTimeoutMs\)/);
    expect(fake.calls.join).to.have.length(0);
  });

  it('init and join have separate budgets: a slow init within its own budget, then a hung join times out as join', async () => {
    const { fake, session } = setup({ initTimeoutMs: 5000, joinTimeoutMs: 30 });
    fake.script.initDelayMs = 60; // longer than the join's budget: only the init's own budget applies to it
    fake.script.joinHangs = true;
    expect(await session.join(joinOptions())).to.equal(false);
    expect(fake.calls.init).to.have.length(1);
    expect(fake.calls.join).to.have.length(1);
    expect(session.error!.code).to.equal('join-timeout');
    expect(participantPart(session.error!.message)).to.match(/while joining the session/);
    expect(authorPart(session.error!.message)).to.match(/client\.join\(\), after 30 ms \(joinTimeoutMs\)/);
    fake.settleJoin();
  });

  it('inits the SDK with stayAwake and patchJsMedia (the d.ts recommends it), and leaveOnPageUnload', async () => {
    const { fake, session } = setup();
    expect(await session.join(joinOptions())).to.equal(true);
    expect(fake.calls.initOptions).to.deep.equal([{ leaveOnPageUnload: true, stayAwake: true, patchJsMedia: true }]);
    await session.leave();
  });
});
