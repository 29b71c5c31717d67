import { fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { ZoomSession } from '../src/element/zoom-session.js';
import { FakeZoom, crowdName, participant } from '../test/support/fake-zoom.js';
import { recordingProvider, settle } from '../test/support/session-helpers.js';
import { RosterSlice } from '../src/session/slices/roster.js';
import { VideoSlice } from '../src/session/slices/video.js';
import { StableGalleryOrder } from '../src/session/slices/gallery-order.js';
import { ParticipantIndex } from '../src/session/slices/participant-index.js';
import { CrowdLayout } from '../src/element/views/crowd.js';
import { CallView } from '../src/element/call-view.js';
import { LitElement } from 'lit';

const acc = new Map<string, { t: number; n: number }>();
function wrap(proto: any, name: string, label: string) {
  const f = proto[name];
  proto[name] = function (...a: unknown[]) {
    const s = performance.now();
    try { return f.apply(this, a); } finally {
      const e = acc.get(label) ?? { t: 0, n: 0 }; e.t += performance.now() - s; e.n++; acc.set(label, e);
    }
  };
}
wrap(RosterSlice.prototype, 'flush', 'roster.flush');
wrap(VideoSlice.prototype, 'show', 'video.show');
wrap(StableGalleryOrder.prototype, 'update', 'order.update');
wrap(ParticipantIndex.prototype, 'reset', 'index.reset');
wrap(ParticipantIndex.prototype, 'merge', 'index.merge');
wrap(CrowdLayout.prototype, 'tiles', 'crowd.tiles');
wrap(CallView.prototype, 'render', 'callview.render');
wrap(CallView.prototype, 'hostUpdated', 'callview.hostUpdated');
wrap(ZoomSession.prototype, 'render', 'el.render');
wrap(LitElement.prototype, 'update', 'lit.update');
wrap(FakeZoom.prototype, 'updateUser', 'fake.updateUser');
wrap(FakeZoom.prototype, 'emit', 'fake.emit');
const dump = (title: string, total: number) => {
  console.log(`--- ${title}: ${total.toFixed(0)} ms`);
  for (const [k, v] of [...acc].sort((a, b) => b[1].t - a[1].t)) console.log(`${k.padEnd(24)} ${v.t.toFixed(1).padStart(8)} ms  x${v.n}`);
  acc.clear();
};
const N = 1000;
describe('profile', () => {
  it('profiles', async function () {
    this.timeout(120_000);
    const fake = new FakeZoom();
    fake.script.maxRenderableVideos = 25;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1280px"></div>`);
    wrapper.innerHTML = '<zoom-session session-name="Plenary" user-name="Ada" no-preview></zoom-session>';
    const el = wrapper.querySelector('zoom-session')! as ZoomSession;
    el.clientLoader = fake.loader;
    el.tokenProvider = recordingProvider().provider;
    await el.join();
    acc.clear();
    let work = 0;
    const t0 = performance.now();
    for (let start = 0; start < N; start += 20) {
      const w = performance.now();
      const group = Array.from({ length: 20 }, (_, i) => participant(1000 + start + i, crowdName(start + i), { bVideoOn: (start + i) % 3 === 0, muted: true }));
      fake.users = [...fake.users, ...group];
      fake.emit('user-added', group.map((u) => ({ userId: u.userId, displayName: u.displayName })));
      await el.updateComplete;
      work += performance.now() - w;
      await settle();
    }
    await el.updateComplete;
    console.log(`arrival work (excluding timer waits) ${work.toFixed(0)} ms`);
    dump('arrival', performance.now() - t0);
    await settle(50);
    acc.clear();
    const speaks: number[] = [];
    for (let i = 0; i < 31; i++) {
      const s = performance.now();
      fake.emit('active-speaker', [{ userId: 1000 + ((i * 97) % N) }]);
      await el.updateComplete;
      speaks.push(performance.now() - s);
      await settle();
    }
    dump('31 speaker changes', speaks.reduce((a, b) => a + b, 0));
    const u0 = performance.now();
    for (let k = 0; k < N; k++) fake.updateUser(1000 + k, { muted: k % 2 === 0 });
    const u1 = performance.now();
    await el.updateComplete;
    console.log(`update loop ${(u1 - u0).toFixed(0)} ms, then render ${(performance.now() - u1).toFixed(0)}`);
    dump('update all', performance.now() - u0);
    await el.leave();
  });
});
