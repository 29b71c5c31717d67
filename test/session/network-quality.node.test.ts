import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  DROP_HOLD_MS,
  NOTICE_AFTER_MS,
  NOTICE_CLEAR_AFTER_MS,
  NetworkQuality,
  qualityBand,
} from '../../src/session/slices/network-quality.js';

const SELF = 16778240;
const OTHER = 16779264;
/** A `network-quality-change` payload as the SDK emits it. */
const quality = (userId: number, type: 'uplink' | 'downlink', level: number) => ({ userId, type, level });

describe('signal bars', () => {
  it('names the bands as the SDK documents them', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5].map(qualityBand), ['bad', 'bad', 'normal', 'good', 'good', 'good']);
  });

  it('rises at once, ignores a short dip, drops after the hold', () => {
    const q = new NetworkQuality();
    q.receive(quality(OTHER, 'uplink', 2), 0);
    q.receive(quality(OTHER, 'uplink', 5), 100);
    assert.equal(q.shown(OTHER, 100).level, 5, 'up at once');
    q.receive(quality(OTHER, 'uplink', 1), 1_000);
    q.receive(quality(OTHER, 'uplink', 5), 2_000);
    assert.equal(q.shown(OTHER, 2_000).level, 5, 'a one-second dip is not shown');
    q.receive(quality(OTHER, 'uplink', 1), 3_000);
    assert.equal(q.shown(OTHER, 3_000 + DROP_HOLD_MS - 1).level, 5);
    assert.equal(q.nextChangeAt(3_000), 3_000 + DROP_HOLD_MS);
    assert.equal(q.shown(OTHER, 3_000 + DROP_HOLD_MS).level, 1, 'a lasting drop shows');
    assert.equal(q.nextChangeAt(3_000 + DROP_HOLD_MS), undefined);
  });

  it('shows the lower of uplink and downlink, nothing when unknown or cleared', () => {
    const q = new NetworkQuality();
    assert.deepEqual(q.shown(OTHER, 0), { uplink: undefined, downlink: undefined, level: undefined });
    q.receive(quality(OTHER, 'uplink', 4), 0);
    q.receive(quality(OTHER, 'downlink', 2), 0);
    assert.deepEqual(q.shown(OTHER, 0), { uplink: 4, downlink: 2, level: 2 });
    q.clear(OTHER, 1);
    assert.equal(q.shown(OTHER, 1).level, undefined);
  });

  it('ignores malformed payloads', () => {
    const q = new NetworkQuality();
    for (const p of [null, 3, quality(OTHER, 'sideways' as 'uplink', 3), quality(OTHER, 'uplink', -1), quality(OTHER, 'uplink', 6), quality(OTHER, 'uplink', 2.5), { type: 'uplink', level: 3 }]) {
      assert.equal(q.receive(p, 0), false, JSON.stringify(p));
    }
    assert.equal(q.shown(OTHER, 0).level, undefined);
  });

  it('shows the highest level held within the last few seconds, at every moment', () => {
    const STEP = 250; // events and looks on a grid, so the reference below is exact
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 12 })), { minLength: 1, maxLength: 30 }), (events) => {
        const q = new NetworkQuality();
        const raw: Array<[number, number]> = [];
        const rawAt = (g: number) => raw.filter(([at]) => at <= g).at(-1)?.[1];
        const lookUntil = (from: number, to: number) => {
          for (let look = from; look < to; look += STEP) {
            let expected: number | undefined;
            for (let g = look - DROP_HOLD_MS; g <= look; g += STEP) {
              const v = rawAt(g);
              if (v !== undefined) expected = Math.max(expected ?? 0, v);
            }
            assert.equal(q.shown(OTHER, look).level, expected, `at ${look}`);
          }
        };
        let t = 0;
        for (const [level, gap] of events) {
          lookUntil(t, t + gap * STEP);
          t += gap * STEP;
          q.receive(quality(OTHER, 'downlink', level), t);
          raw.push([t, level]);
        }
        lookUntil(t, t + 2 * DROP_HOLD_MS);
      }),
    );
  });
});

describe('poor connection notice', () => {
  it('comes on after five bad seconds, not before', () => {
    const q = new NetworkQuality();
    q.setSelf(SELF);
    q.receive(quality(SELF, 'uplink', 4), 0);
    q.receive(quality(SELF, 'uplink', 1), 1_000);
    assert.equal(q.nextChangeAt(1_000), 1_000 + DROP_HOLD_MS, 'first the bars drop');
    assert.equal(q.nextChangeAt(1_000 + DROP_HOLD_MS), 1_000 + NOTICE_AFTER_MS, 'then the notice comes');
    assert.equal(q.poorNotice(1_000 + NOTICE_AFTER_MS - 1), false);
    assert.equal(q.poorNotice(1_000 + NOTICE_AFTER_MS), true);
    // Others' bad levels never raise this participant's notice.
    const other = new NetworkQuality();
    other.setSelf(SELF);
    other.receive(quality(OTHER, 'uplink', 0), 0);
    assert.equal(other.poorNotice(60_000), false);
  });

  it('takes either direction: bad downlink counts too', () => {
    const q = new NetworkQuality();
    q.setSelf(SELF);
    q.receive(quality(SELF, 'uplink', 5), 0);
    q.receive(quality(SELF, 'downlink', 0), 0);
    assert.equal(q.poorNotice(NOTICE_AFTER_MS), true);
  });

  it('stays up through a link hovering between bad and normal, goes after ten good seconds', () => {
    const q = new NetworkQuality();
    q.setSelf(SELF);
    q.receive(quality(SELF, 'uplink', 0), 0);
    assert.equal(q.poorNotice(NOTICE_AFTER_MS), true);
    let t = NOTICE_AFTER_MS;
    for (let i = 0; i < 10; i++) {
      q.receive(quality(SELF, 'uplink', i % 2 === 0 ? 2 : 1), (t += 3_000));
      assert.equal(q.poorNotice(t), true, `still up at ${t}`);
    }
    q.receive(quality(SELF, 'uplink', 3), (t += 1_000));
    assert.equal(q.poorNotice(t + NOTICE_CLEAR_AFTER_MS - 1), true);
    assert.equal(q.nextChangeAt(t + NOTICE_CLEAR_AFTER_MS - 1), t + NOTICE_CLEAR_AFTER_MS);
    assert.equal(q.poorNotice(t + NOTICE_CLEAR_AFTER_MS), false);
  });

  it('turns on even if nobody asks until long after, and goes when the camera goes off', () => {
    const q = new NetworkQuality();
    q.setSelf(SELF);
    q.receive(quality(SELF, 'uplink', 1), 0);
    q.receive(quality(SELF, 'downlink', 1), 30_000);
    assert.equal(q.poorNotice(30_000), true, 'bad all along since 0');
    q.clear(SELF, 31_000);
    assert.equal(q.poorNotice(31_000), false);
    assert.equal(q.nextChangeAt(31_000), undefined);
  });

  it('never flaps: between two changes of the notice lie at least five seconds', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 8_000 })), { maxLength: 40 }), (events) => {
        const q = new NetworkQuality();
        q.setSelf(SELF);
        let t = 0;
        let shown = false;
        let changedAt = -Infinity;
        for (const [level, gap] of events) {
          for (let look = t; look < t + gap; look += 500) {
            const now = q.poorNotice(look);
            if (now !== shown) {
              // Seen on a 500 ms grid, so allow one grid step of rounding.
              assert.ok(look - changedAt >= NOTICE_AFTER_MS - 500, `changed at ${changedAt} and ${look}`);
              shown = now;
              changedAt = look;
            }
          }
          t += gap;
          q.receive(quality(SELF, 'uplink', level), t);
        }
      }),
    );
  });
});

describe('when to look again', () => {
  it('names the exact next moment the bars or the notice change with no event', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(SELF, OTHER), fc.constantFrom('uplink' as const, 'downlink' as const), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 6_000 })), { minLength: 1, maxLength: 20 }),
        (events) => {
          const q = new NetworkQuality();
          q.setSelf(SELF);
          let t = 0;
          for (const [userId, type, level, gap] of events) q.receive(quality(userId, type, level), (t += gap));
          const look = (at: number) => JSON.stringify([q.shown(SELF, at), q.shown(OTHER, at), q.poorNotice(at)]);
          let now = t;
          for (let guard = 0; guard < 10; guard++) {
            const next = q.nextChangeAt(now);
            const before = look(now);
            if (next === undefined) {
              assert.equal(look(now + 60_000), before);
              return;
            }
            assert.ok(next > now);
            assert.equal(look(next - 1), before, 'nothing changes before');
            assert.notEqual(look(next), before, 'something changes then');
            now = next;
          }
        },
      ),
    );
  });
});
