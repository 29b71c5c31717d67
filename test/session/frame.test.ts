// Renders batched per frame (issue 12): a burst of SDK events over many tasks (one websocket
// message each) costs one render of the host; the core's own state changes render at once; a tab
// without animation frames (hidden) still renders, by the fallback timer; nothing is left waiting
// for a frame when the session is over or the host is gone.
import { expect } from '@open-wc/testing';
import { FrameBatch, type FrameScheduler } from '../../src/session/frame.js';
import { SessionController } from '../../src/session/session-controller.js';
import { FakeZoom, participant } from '../support/fake-zoom.js';
import { TestHost, animationFrame, joinOptions, recordingProvider, settle, until } from '../support/session-helpers.js';

/** Frames that come only when the test says so: a frame window as long as the test needs. */
function manualFrames() {
  const waiting = new Set<() => void>();
  const schedule: FrameScheduler = (run) => {
    waiting.add(run);
    return () => waiting.delete(run);
  };
  return {
    schedule,
    get pending() {
      return waiting.size;
    },
    run() {
      const runs = [...waiting];
      waiting.clear();
      for (const run of runs) run();
    },
  };
}

function setup(frame?: FrameScheduler) {
  const host = new TestHost();
  const fake = new FakeZoom();
  fake.users = [participant(200, 'Grace', { bVideoOn: true })];
  const session = new SessionController(host, {
    clientLoader: fake.loader,
    tokenProvider: recordingProvider().provider,
    assets: '/sdk/lib',
    ...(frame && { frame }),
  });
  return { host, fake, session };
}

describe('renders batched per frame', () => {
  it('FrameBatch runs once for any number of requests; now() runs at once and drops the frame; cancel drops it', () => {
    const frames = manualFrames();
    let runs = 0;
    const batch = new FrameBatch(() => runs++, frames.schedule);
    batch.request();
    batch.request();
    batch.request();
    expect([runs, frames.pending, batch.pending]).to.deep.equal([0, 1, true]);
    frames.run();
    expect([runs, batch.pending]).to.deep.equal([1, false]);
    batch.request();
    batch.now();
    expect([runs, frames.pending], 'the frame asked for is covered by the run now').to.deep.equal([2, 0]);
    batch.request();
    batch.cancel();
    frames.run();
    expect([runs, frames.pending, batch.pending]).to.deep.equal([2, 0, false]);
  });

  it('a burst of user-added, user-updated and active-speaker events, one task each, renders the host once', async () => {
    const frames = manualFrames();
    const { host, fake, session } = setup(frames.schedule);
    expect(await session.join(joinOptions())).to.equal(true);
    frames.run();
    const before = host.updates;
    const N = 20;
    for (let i = 0; i < N; i++) {
      fake.addUser(participant(1000 + i, `Guest ${i}`, { bVideoOn: i % 3 === 0 }));
      await settle(); // the next websocket message is another task
    }
    fake.updateUser(200, { muted: true });
    await settle();
    fake.emit('active-speaker', [{ userId: 1007 }]);
    await settle();
    expect(host.updates, 'nothing rendered before the frame').to.equal(before);
    expect(session.participants, 'the state is current all along').to.have.length(N + 2);
    expect(session.activeSpeakerId).to.equal(1007);
    expect(frames.pending, 'one frame asked for').to.equal(1);
    frames.run();
    expect(host.updates - before, 'one render for the burst').to.equal(1);
    await settle();
    expect(frames.pending, 'and nothing more asked for').to.equal(0);
    await session.leave();
  });

  it('renders the session’s own state changes at once, covering the frame asked for', async () => {
    const frames = manualFrames();
    const { host, fake, session } = setup(frames.schedule);
    expect(await session.join(joinOptions())).to.equal(true);
    fake.addUser(participant(300, 'Linus'));
    await settle();
    expect(frames.pending).to.equal(1);
    const before = host.updates;
    const leaving = session.leave();
    expect(session.state).to.equal('leaving');
    expect(host.updates, 'leaving renders without waiting for a frame').to.equal(before + 1);
    await leaving;
    expect(session.state).to.equal('left');
    expect(frames.pending, 'the render of left covers what the teardown asked for').to.equal(0);
  });

  it('leaves nothing waiting for a frame when the host leaves the page', async () => {
    const frames = manualFrames();
    const { host, session } = setup(frames.schedule);
    session.configureSettings({ remember: false, background: 'blur', noiseSuppression: '', videoMode: 'webrtc', audioMode: 'webrtc' });
    expect(frames.pending, 'a slice asked for a render').to.equal(1);
    await host.remove();
    await session.dispose();
    expect(frames.pending).to.equal(0);
  });

  it('still renders without animation frames (a hidden tab), by the fallback timer', async () => {
    const { host, fake, session } = setup();
    expect(await session.join(joinOptions())).to.equal(true);
    await animationFrame(); // what the join asked for has rendered
    const original = window.requestAnimationFrame;
    let asked = 0;
    window.requestAnimationFrame = () => ++asked; // a hidden tab: frames asked for never come
    try {
      const before = host.updates;
      fake.addUser(participant(300, 'Linus'));
      await settle();
      expect(asked, 'a frame was asked for').to.equal(1);
      expect(host.updates, 'not at once').to.equal(before);
      await until(() => host.updates > before, 'the render by the fallback timer');
    } finally {
      window.requestAnimationFrame = original;
    }
    await session.leave();
  });
});
