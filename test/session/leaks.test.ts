// Benchmark-style leak checks: many join/leave cycles with the fake SDK must leave no SDK listener,
// no camera or microphone track, and (measured, printed) little heap behind.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ZoomSession } from '../../src/element/zoom-session.js';
import { SessionController } from '../../src/session/session-controller.js';
import { FakeZoom, participant } from '../support/fake-zoom.js';
import { TestHost, animationFrame, joinOptions, recordingProvider, settle } from '../support/session-helpers.js';

const CYCLES = 200;

/** Used JS heap after a full garbage collection (Chromium runs with --expose-gc). */
async function heap(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await settle(10);
  }
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

describe(`leaks over ${CYCLES} join/leave cycles`, function () {
  this.timeout(60000);

  it('the element leaves no listener, track or video behind, and little heap', async () => {
    expect((globalThis as { gc?: unknown }).gc, 'Chromium needs --js-flags=--expose-gc').to.be.a('function');
    const fake = new FakeZoom();
    const el = await fixture<ZoomSession>(html`<zoom-session session-name="Plenary" user-name="Ada"></zoom-session>`);
    el.clientLoader = fake.loader;
    el.tokenProvider = recordingProvider().provider;
    const container = () => el.shadowRoot!.querySelector('video-player-container');

    const cycle = async () => {
      fake.users = [participant(200, 'Grace', { bVideoOn: true }), participant(300, 'Linus')];
      expect(await el.join()).to.equal(true);
      await el.updateComplete;
      fake.addUser(participant(400, 'Barbara', { bVideoOn: true }));
      fake.emit('active-speaker', [{ userId: 200 }]);
      await animationFrame(); // the slices' changes render at the next frame
      await el.updateComplete;
      await el.leave();
      await el.updateComplete;
      expect(fake.listenerCount, 'SDK listeners left').to.equal(0);
      expect(fake.liveTracks, 'tracks left').to.equal(0);
      expect(container(), 'the call view is gone').to.equal(null);
    };

    for (let i = 0; i < 10; i++) await cycle(); // warm-up: JIT, Lit template caches
    const before = await heap();
    const started = performance.now();
    for (let i = 0; i < CYCLES; i++) await cycle();
    const ms = performance.now() - started;
    const after = await heap();
    console.log(
      `leak test: ${CYCLES} element join/leave cycles in ${Math.round(ms)} ms; heap ${mb(before)} -> ${mb(after)} ` +
        `(growth ${mb(after - before)})`,
    );
    expect(fake.calls.attachVideo.length, 'videos were attached each cycle').to.be.at.least(CYCLES * 3);
    expect(fake.calls.detachVideo.length, 'and detached').to.equal(fake.calls.attachVideo.length);
    expect(fake.calls.join).to.have.length(CYCLES + 10);
    expect(fake.calls.leave).to.equal(CYCLES + 10);
    // The goal is under 1 MB; the bound is generous so that GC timing cannot make it flaky.
    expect(after - before).to.be.below(4 * 1024 * 1024);
  });

  it('the controller with a preview each time leaves no listener or track behind', async () => {
    const fake = new FakeZoom();
    const host = new TestHost();
    const session = new SessionController(host, {
      clientLoader: fake.loader,
      tokenProvider: recordingProvider().provider,
    });
    const video = document.createElement('video');
    for (let i = 0; i < CYCLES; i++) {
      await session.startPreview(video);
      expect(fake.liveTracks).to.equal(2);
      await session.join(joinOptions({ startMuted: i % 2 === 0 }));
      await session.toggleVideo();
      await session.leave();
      expect(fake.listenerCount).to.equal(0);
      expect(fake.liveTracks).to.equal(0);
    }
    expect(fake.tracks.started).to.equal(CYCLES * 3 + CYCLES);
  });
});
