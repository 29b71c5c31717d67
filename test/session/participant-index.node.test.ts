import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { ParticipantIndex } from '../../src/session/slices/participant-index.js';

interface Person {
  userId: number;
  displayName?: string | undefined;
  bVideoOn?: boolean | undefined;
  muted?: boolean | undefined;
  isHost?: boolean | undefined;
}

it('merges partial user-updated payloads instead of replacing records', () => {
  const index = new ParticipantIndex<Person>();
  index.reset([{ userId: 1, displayName: 'Ada', bVideoOn: true, muted: undefined }]);
  assert.deepEqual(index.merge([{ userId: 1, muted: true }]), [1]);
  assert.deepEqual(index.get(1), { userId: 1, displayName: 'Ada', bVideoOn: true, muted: true });
  // `undefined` means "not known", never "cleared".
  assert.deepEqual(index.merge([{ userId: 1, displayName: undefined, bVideoOn: false }]), [1]);
  assert.deepEqual(index.get(1), { userId: 1, displayName: 'Ada', bVideoOn: false, muted: true });
});

it('reports only real changes and counts versions', () => {
  const index = new ParticipantIndex<Person>();
  index.merge([{ userId: 1, displayName: 'Ada' }]);
  const version = index.version;
  assert.deepEqual(index.merge([{ userId: 1, displayName: 'Ada' }]), []);
  assert.equal(index.version, version);
  assert.deepEqual(index.merge([{ userId: 2, displayName: 'Bo' }, { userId: 1, isHost: true }]), [2, 1]);
  assert.equal(index.version, version + 1);
});

it('keeps an update that overtakes its user-added, and merges a repeated user-added', () => {
  const index = new ParticipantIndex<Person>();
  index.merge([{ userId: 7, muted: false }]);
  index.merge([{ userId: 7, displayName: 'Cy', bVideoOn: false }]);
  assert.deepEqual(index.get(7), { userId: 7, muted: false, displayName: 'Cy', bVideoOn: false });
});

it('removes by id from a bare {userId} payload, ignores unknown ids and malformed elements', () => {
  const index = new ParticipantIndex<Person>();
  index.reset([{ userId: 1 }, { userId: 2 }]);
  assert.deepEqual(index.remove([{ userId: 2 }, { userId: 3 }]), [2]);
  assert.deepEqual(index.merge([{ userId: Number.NaN, displayName: 'x' }, null as unknown as Person]), []);
  assert.deepEqual(index.values().map((p) => p.userId), [1]);
  assert.equal(index.size, 1);
});

it('ends with the last defined value of every key, whatever the sequence of partial updates', () => {
  const update = fc.record(
    { userId: fc.integer({ min: 1, max: 5 }), displayName: fc.option(fc.string(), { nil: undefined }), muted: fc.option(fc.boolean(), { nil: undefined }) },
    { requiredKeys: ['userId'] },
  );
  fc.assert(
    fc.property(fc.array(update, { maxLength: 40 }), (updates) => {
      const index = new ParticipantIndex<Person>();
      for (const u of updates) index.merge([u]);
      for (const id of new Set(updates.map((u) => u.userId))) {
        const mine = updates.filter((u) => u.userId === id);
        for (const key of ['displayName', 'muted'] as const) {
          const last = mine.map((u) => u[key]).filter((v) => v !== undefined).at(-1);
          assert.equal(index.get(id)![key], last);
        }
      }
    }),
  );
});
