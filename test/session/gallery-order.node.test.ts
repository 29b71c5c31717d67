import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  HOLD_MS,
  StableGalleryOrder,
  defaultLayout,
  galleryComparator,
  pageInfo,
  panelComparator,
  speakerView,
  tilesPerPage,
  type GalleryPerson,
} from '../../src/session/slices/gallery-order.js';
import {
  AttachFailures,
  FALLBACK_RENDER_BUDGET,
  VIDEO_QUALITY,
  diffAttachments,
  planAttachments,
  qualityForTile,
  renderBudget,
} from '../../src/session/slices/render-budget.js';

const person = (userId: number, extra: Partial<GalleryPerson> = {}): GalleryPerson => ({
  userId,
  name: `User ${userId}`,
  cameraOn: false,
  ...extra,
});

const crowd = (n: number, extra: (i: number) => Partial<GalleryPerson> = () => ({})) =>
  Array.from({ length: n }, (_, i) => person(i + 1, extra(i + 1)));

const arbPeople = fc
  .uniqueArray(
    fc.record({
      userId: fc.integer({ min: 1, max: 5000 }),
      name: fc.string({ maxLength: 6 }),
      cameraOn: fc.boolean(),
      spotlighted: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      lastSpokeAt: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
    }),
    { selector: (p) => p.userId, minLength: 1, maxLength: 60 },
  );

describe('gallery order', () => {
  it('ranks spotlight, active speaker, recent speakers (latest first), camera on, then name', () => {
    const people = [
      person(1, { name: 'Zoe' }),
      person(2, { name: 'Anna', cameraOn: true }),
      person(3, { name: 'Bob', lastSpokeAt: 100 }),
      person(4, { name: 'Carl', lastSpokeAt: 200 }),
      person(5, { name: 'Dora' }),
      person(6, { name: 'Eve', spotlighted: true }),
      person(7, { name: 'Finn', cameraOn: true, lastSpokeAt: 50 }),
    ];
    const order = new StableGalleryOrder().update(people, { activeSpeakerId: 5, now: 0, pageSize: 4 });
    assert.deepEqual(order, [6, 5, 4, 3, 7, 2, 1]);
  });

  it('compares names the way the locale reads them, numbers as numbers', () => {
    const names = ['User 10', 'zoé', 'Émile', 'User 2', 'eve', 'Zack'];
    const sorted = names
      .map((name, i) => person(i + 1, { name }))
      .sort(galleryComparator(undefined, 'fr'))
      .map((p) => p.name);
    assert.deepEqual(sorted, ['Émile', 'eve', 'User 2', 'User 10', 'Zack', 'zoé']);
  });

  it('sorts from scratch exactly as the comparator does, names learnt across updates', () => {
    const name = fc.constantFrom('eve', 'Eve', 'ève', 'Zoé', 'zoe', 'Ann 2', 'Ann 10', 'Ånn', 'bob', '');
    const people = fc.uniqueArray(
      fc.record({ userId: fc.integer({ min: 1, max: 99 }), name, cameraOn: fc.boolean(), lastSpokeAt: fc.option(fc.nat(9), { nil: undefined }) }),
      { selector: (p) => p.userId, minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(people, people, (earlier, later) => {
        const order = new StableGalleryOrder({ locale: 'fr' });
        order.update(earlier, { activeSpeakerId: undefined, now: 0, pageSize: 4 });
        order.reset();
        const got = order.update(later, { activeSpeakerId: later[0]!.userId, now: 1, pageSize: 4 });
        const expected = [...later].sort(galleryComparator(later[0]!.userId, 'fr')).map((p) => p.userId);
        assert.deepEqual(got, expected);
      }),
    );
  });

  it('puts hosts then managers first in the panel', () => {
    const people = [person(1, { name: 'A' }), person(2, { name: 'B', isManager: true }), person(3, { name: 'C', isHost: true })];
    assert.deepEqual(people.sort(panelComparator('en')).map((p) => p.userId), [3, 2, 1]);
  });

  it('always returns each present person exactly once', () => {
    fc.assert(
      fc.property(arbPeople, arbPeople, fc.integer({ min: 0, max: 20_000 }), (a, b, dt) => {
        const order = new StableGalleryOrder();
        order.update(a, { activeSpeakerId: a[0]!.userId, now: 0, pageSize: 4 });
        const out = order.update(b, { activeSpeakerId: b.at(-1)!.userId, now: dt, pageSize: 4 });
        assert.deepEqual([...out].sort((x, y) => x - y), b.map((p) => p.userId).sort((x, y) => x - y));
      }),
    );
  });

  it('keeps the active speaker on the first page, whatever the history', () => {
    fc.assert(
      fc.property(
        arbPeople,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 3000 })), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 9 }),
        (people, steps, pageSize) => {
          const spotlighted = people.filter((p) => p.spotlighted).length;
          fc.pre(spotlighted < pageSize);
          const order = new StableGalleryOrder();
          let now = 0;
          for (const [pick, dt] of steps) {
            now += dt;
            const speaker = people[pick % people.length]!.userId;
            const out = order.update(people, { activeSpeakerId: speaker, now, pageSize });
            assert.ok(out.indexOf(speaker) < pageSize, `speaker ${speaker} at ${out.indexOf(speaker)}`);
          }
        },
      ),
    );
  });

  it('holds positions inside the hold window: a new speaker swaps in, nobody else moves', () => {
    const people = crowd(1000, (i) => ({ cameraOn: i % 3 === 0 }));
    const order = new StableGalleryOrder();
    const first = order.update(people, { activeSpeakerId: undefined, now: 0, pageSize: 25 });
    const second = order.update(people, { activeSpeakerId: 900, now: 1000, pageSize: 25 });
    assert.ok(second.indexOf(900) < 25, 'the 900th person is on the first page');
    const moved = second.filter((id, i) => first[i] !== id);
    assert.equal(moved.length, 2, 'exactly one swap');
    // A speaker already on the first page does not move anyone.
    const third = order.update(people, { activeSpeakerId: first[10], now: 2000, pageSize: 25 });
    assert.deepEqual(third, second);
  });

  it('after the hold, re-sorts page membership but keeps slots of those who stay on the page', () => {
    const people = crowd(12);
    const order = new StableGalleryOrder();
    const before = order.update(people, { activeSpeakerId: 1, now: 0, pageSize: 4 });
    assert.deepEqual(before.slice(0, 4), [1, 2, 3, 4]);
    // Person 12 speaks; later 1 stops being the active speaker but keeps a recent-speaker rank.
    const spoke = people.map((p) => (p.userId === 12 ? { ...p, lastSpokeAt: 10 } : p.userId === 1 ? { ...p, lastSpokeAt: 5 } : p));
    const held = order.update(spoke, { activeSpeakerId: 12, now: 10, pageSize: 4 });
    assert.equal(held.indexOf(12) < 4, true);
    const after = order.update(spoke, { activeSpeakerId: undefined, now: 10 + HOLD_MS, pageSize: 4 });
    // The ideal first page is {12, 1, 2, 3}; those already on it keep their slots.
    assert.deepEqual(new Set(after.slice(0, 4)), new Set([12, 1, 2, 3]));
    for (const id of held.slice(0, 4)) if (after.slice(0, 4).includes(id)) assert.equal(after.indexOf(id), held.indexOf(id), `slot of ${id}`);
    assert.notDeepEqual(after, [12, 1, 2, 3, ...after.slice(4)], 'not a plain re-sort');
  });

  it('re-sorts at once when the spotlight changes, spotlighted first', () => {
    const people = crowd(10);
    const order = new StableGalleryOrder();
    order.update(people, { activeSpeakerId: undefined, now: 0, pageSize: 4 });
    const lit = people.map((p) => (p.userId === 7 ? { ...p, spotlighted: true } : p));
    assert.equal(order.update(lit, { activeSpeakerId: undefined, now: 1, pageSize: 4 })[0], 7);
  });

  it('places newcomers inside the hold and drops those who left', () => {
    const order = new StableGalleryOrder();
    order.update(crowd(5), { activeSpeakerId: undefined, now: 0, pageSize: 4 });
    const next = [...crowd(5).filter((p) => p.userId !== 2), person(99, { name: 'Aaron' })];
    assert.deepEqual(order.update(next, { activeSpeakerId: undefined, now: 1, pageSize: 4 }), [1, 3, 4, 5, 99]);
  });
});

describe('paging', () => {
  it('says page k of n and clamps when the list shrinks', () => {
    assert.deepEqual(pageInfo(100, 25, 1), { page: 1, pageCount: 4, start: 25, end: 50 });
    assert.deepEqual(pageInfo(30, 25, 3), { page: 1, pageCount: 2, start: 25, end: 30 });
    assert.deepEqual(pageInfo(0, 25, 5), { page: 0, pageCount: 1, start: 0, end: 0 });
    assert.deepEqual(pageInfo(10, 4, -2), { page: 0, pageCount: 3, start: 0, end: 4 });
  });

  it('pages cover the list exactly once', () => {
    fc.assert(
      fc.property(fc.nat(2000), fc.integer({ min: 1, max: 49 }), (total, size) => {
        const first = pageInfo(total, size, 0);
        let covered = 0;
        for (let k = 0; k < first.pageCount; k++) {
          const info = pageInfo(total, size, k);
          assert.equal(info.start, covered);
          assert.ok(info.end - info.start <= size);
          covered = info.end;
        }
        assert.equal(covered, total);
      }),
    );
  });

  it('takes the budget from getMaxRenderableVideos, with a fallback before init', () => {
    assert.equal(renderBudget(undefined), FALLBACK_RENDER_BUDGET);
    assert.equal(renderBudget(Number.NaN), FALLBACK_RENDER_BUDGET);
    assert.equal(renderBudget(0), FALLBACK_RENDER_BUDGET);
    assert.equal(renderBudget(9), 9);
    assert.equal(renderBudget(25), 25);
    assert.equal(tilesPerPage(1), 4);
    assert.equal(tilesPerPage(25), 25);
  });

  it('starts in gallery while everyone fits on a page, speaker view above', () => {
    assert.equal(defaultLayout(25, 25), 'gallery');
    assert.equal(defaultLayout(26, 25), 'speaker');
    assert.equal(defaultLayout(10, 9), 'speaker');
    assert.equal(defaultLayout(0, 4), 'gallery');
  });
});

describe('speaker view', () => {
  it('puts the spotlight, else the active speaker, else a camera big; strip of speakers and cameras', () => {
    const people = [person(1), person(2, { cameraOn: true }), person(3, { lastSpokeAt: 5 }), person(4, { cameraOn: true })];
    assert.deepEqual(speakerView(people, 3, 4), { main: 3, strip: [2, 4] });
    assert.deepEqual(speakerView(people, undefined, 4), { main: 2, strip: [3, 4] });
    const lit = [person(4, { spotlighted: true, cameraOn: true }), ...people.slice(0, 3)];
    assert.deepEqual(speakerView(lit, 3, 4), { main: 4, strip: [2, 3] });
    assert.deepEqual(speakerView(people, 3, 2).strip.length, 1);
    assert.deepEqual(speakerView([person(1)], undefined, 4), { main: undefined, strip: [] });
  });
});

describe('attachments', () => {
  it('attaches only camera-on tiles, within budget, never a failed one, nothing when hidden', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ userId: fc.integer({ min: 1, max: 100 }), cameraOn: fc.boolean() }), { maxLength: 80 }),
        fc.integer({ min: 1, max: 25 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 100 })),
        (tiles, budget, failedIds) => {
          const failed = new AttachFailures();
          failedIds.forEach((id) => failed.add(id));
          const plan = planAttachments(tiles, { budget, failed, hidden: false });
          assert.ok(plan.length <= budget);
          assert.equal(new Set(plan).size, plan.length);
          for (const id of plan) {
            assert.ok(!failed.has(id));
            assert.ok(tiles.some((t) => t.userId === id && t.cameraOn));
          }
          const eligible = new Set(tiles.filter((t) => t.cameraOn && !failed.has(t.userId)).map((t) => t.userId));
          assert.equal(plan.length, Math.min(budget, eligible.size));
          assert.deepEqual(planAttachments(tiles, { budget, failed, hidden: true }), []);
        },
      ),
    );
  });

  it('keeps 60 cameras within a cap of 25 and retries a failed user after a camera change', () => {
    const tiles = crowd(60, () => ({ cameraOn: true }));
    const failed = new AttachFailures();
    failed.add(3);
    const plan = planAttachments(tiles, { budget: 25, failed, hidden: false });
    assert.equal(plan.length, 25);
    assert.ok(!plan.includes(3));
    failed.forget(3);
    assert.ok(planAttachments(tiles, { budget: 25, failed, hidden: false }).includes(3));
  });

  it('diffs detach before attach', () => {
    assert.deepEqual(diffAttachments([1, 2, 3], [3, 4]), { detach: [1, 2], attach: [4] });
    assert.deepEqual(diffAttachments(new Set([5]), [5]), { detach: [], attach: [] });
  });

  it('asks 720p only for one large tile, 360p for a 3x3 gallery, 180p for smaller', () => {
    assert.equal(qualityForTile({ width: 1280, height: 720, large: true }), VIDEO_QUALITY.P720);
    assert.equal(qualityForTile({ width: 1280, height: 720, large: false }), VIDEO_QUALITY.P360);
    assert.equal(qualityForTile({ width: 426, height: 240, large: false }), VIDEO_QUALITY.P360);
    assert.equal(qualityForTile({ width: 256, height: 144, large: false }), VIDEO_QUALITY.P180);
    assert.equal(qualityForTile({ width: 360, height: 640, large: true }), VIDEO_QUALITY.P360);
    assert.equal(qualityForTile({ width: 0, height: 0, large: true }), VIDEO_QUALITY.P180);
  });
});
