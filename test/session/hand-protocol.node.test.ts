import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  MAX_MESSAGE_CHARS,
  NO_HANDS,
  actionFor,
  decodeHandMessage,
  encodeHandMessage,
  handChanges,
  handsReducer,
  isDesignatedResponder,
  raisedIds,
  type HandMessage,
  type HandState,
} from '../../src/session/slices/hand-protocol.js';

const SELF = 100;
/** A `command-channel-message` payload shaped like the 2.5.0 bundle's. */
const incoming = (text: string, senderId: number | string = 7) => ({
  senderId: String(senderId),
  senderName: 'Ada',
  senderGuid: 'guid',
  senderUserKey: '',
  text,
  timestamp: 1,
  msgid: 'm1',
});

const userId = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
const arbMessage: fc.Arbitrary<HandMessage> = fc.oneof(
  fc.boolean().map((up) => ({ t: 'hand' as const, up })),
  userId.map((u) => ({ t: 'lower' as const, u })),
  fc.constant({ t: 'lower' as const, all: true as const }),
  fc.constant({ t: 'ask' as const }),
  fc.uniqueArray(userId, { maxLength: 20 }).map((up) => ({ t: 'state' as const, up })),
);

describe('hand message format', () => {
  it('writes the documented texts', () => {
    assert.equal(encodeHandMessage({ t: 'hand', up: true }), 'zse1:{"t":"hand","up":true}');
    assert.equal(encodeHandMessage({ t: 'lower', u: 42 }), 'zse1:{"t":"lower","u":42}');
    assert.equal(encodeHandMessage({ t: 'lower', all: true }), 'zse1:{"t":"lower","all":true}');
    assert.equal(encodeHandMessage({ t: 'ask' }), 'zse1:{"t":"ask"}');
    assert.equal(encodeHandMessage({ t: 'state', up: [7, 3] }), 'zse1:{"t":"state","up":[7,3]}');
  });

  it('round-trips every message from another participant', () => {
    fc.assert(
      fc.property(arbMessage, userId, (message, sender) => {
        fc.pre(sender !== SELF);
        const got = decodeHandMessage(incoming(encodeHandMessage(message), sender), SELF);
        assert.deepEqual(got, { senderId: sender, senderName: 'Ada', message });
      }),
    );
  });

  it('never writes more than 512 characters; a long state keeps the oldest hands', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => Number.MAX_SAFE_INTEGER - i);
    const text = encodeHandMessage({ t: 'state', up: ids });
    assert.ok(text.length <= MAX_MESSAGE_CHARS);
    const got = decodeHandMessage(incoming(text), SELF);
    assert.ok(got && got.message.t === 'state');
    assert.deepEqual(got.message.up, ids.slice(0, got.message.up.length));
    assert.ok(got.message.up.length >= 25);
    fc.assert(
      fc.property(fc.array(userId, { maxLength: 300 }), (up) => {
        assert.ok(encodeHandMessage({ t: 'state', up }).length <= MAX_MESSAGE_CHARS);
      }),
    );
  });

  it('ignores garbage, other versions, other apps, oversize texts and oneself', () => {
    const rejected: unknown[] = [
      undefined,
      null,
      'zse1:{"t":"hand","up":true}',
      { text: 42, senderId: '7' },
      incoming('hello everyone'),
      incoming('zse2:{"t":"hand","up":true}'),
      incoming('zse1:'),
      incoming('zse1:{"t":"hand","up":tru'),
      incoming('zse1:[1,2]'),
      incoming('zse1:null'),
      incoming('zse1:"hand"'),
      incoming('zse1:{"t":"wave"}'),
      incoming('zse1:{"t":"hand","up":"yes"}'),
      incoming('zse1:{"t":"lower","u":-1}'),
      incoming('zse1:{"t":"lower","u":1.5}'),
      incoming('zse1:{"t":"lower","all":false}'),
      incoming('zse1:{"t":"state","up":[1,"2"]}'),
      incoming('zse1:{"t":"state","up":{}}'),
      incoming(`zse1:{"t":"hand","up":true,"pad":"${'x'.repeat(MAX_MESSAGE_CHARS)}"}`),
      incoming('zse1:{"t":"hand","up":true}', SELF),
      incoming('zse1:{"t":"hand","up":true}', 'abc'),
      incoming('zse1:{"t":"hand","up":true}', '0'),
      { ...incoming('zse1:{"t":"hand","up":true}'), senderId: 7 },
    ];
    for (const payload of rejected) assert.equal(decodeHandMessage(payload, SELF), undefined, JSON.stringify(payload));
    // Unknown extra fields are fine: version 1 may grow optional fields.
    assert.deepEqual(decodeHandMessage(incoming('zse1:{"t":"hand","up":true,"v":2}'), SELF)?.message, { t: 'hand', up: true });
  });

  it('never throws on arbitrary payloads', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string().map((s) => incoming(s)), fc.json().map((j) => incoming(`zse1:${j}`))), (payload) => {
        const got = decodeHandMessage(payload, SELF);
        if (got) assert.ok(['hand', 'lower', 'ask', 'state'].includes(got.message.t));
      }),
    );
  });
});

describe('hand state', () => {
  const run = (actions: Parameters<typeof handsReducer>[1][], from: HandState = NO_HANDS) => actions.reduce(handsReducer, from);

  it('keeps raise order and ignores duplicates', () => {
    const state = run([
      { type: 'raise', userId: 3, now: 1 },
      { type: 'raise', userId: 1, now: 2 },
      { type: 'raise', userId: 3, now: 3 },
    ]);
    assert.deepEqual(state.hands, [{ userId: 3, raisedAt: 1 }, { userId: 1, raisedAt: 2 }]);
    assert.equal(handsReducer(state, { type: 'raise', userId: 1, now: 9 }), state, 'same object: nothing to render');
    assert.equal(handsReducer(state, { type: 'lower', userId: 8 }), state);
  });

  it('lowers on request, by the host (one or all), when the owner leaves or is given the floor', () => {
    const up = run([1, 2, 3, 4, 5].map((userId) => ({ type: 'raise' as const, userId, now: userId })));
    assert.deepEqual(raisedIds(run([{ type: 'lower', userId: 2 }], up)), [1, 3, 4, 5]);
    assert.deepEqual(raisedIds(run([{ type: 'lower-by-host', target: 4 }], up)), [1, 2, 3, 5]);
    assert.deepEqual(raisedIds(run([{ type: 'left', userId: 1 }], up)), [2, 3, 4, 5]);
    assert.deepEqual(raisedIds(run([{ type: 'unmuted', userId: 5 }], up)), [1, 2, 3, 4]);
    assert.deepEqual(raisedIds(run([{ type: 'lower-by-host', target: 'all' }], up)), []);
  });

  it('merges a snapshot: its order first, hands it did not know after', () => {
    const mine = run([{ type: 'raise', userId: 9, now: 50 }, { type: 'raise', userId: 2, now: 51 }]);
    const merged = handsReducer(mine, { type: 'snapshot', userIds: [4, 2, 4], now: 60 });
    assert.deepEqual(merged.hands, [{ userId: 4, raisedAt: 60 }, { userId: 2, raisedAt: 51 }, { userId: 9, raisedAt: 50 }]);
    assert.equal(handsReducer(merged, { type: 'snapshot', userIds: [4, 2, 9], now: 70 }), merged);
  });

  it('reports who raised and who lowered', () => {
    const before = run([{ type: 'raise', userId: 1, now: 0 }, { type: 'raise', userId: 2, now: 0 }]);
    const after = run([{ type: 'lower', userId: 1 }, { type: 'raise', userId: 3, now: 1 }], before);
    assert.deepEqual(handChanges(before, after), { raised: [3], lowered: [1] });
  });

  it('has no duplicate hands after any sequence of actions', () => {
    const id = fc.integer({ min: 1, max: 6 });
    const action = fc.oneof(
      id.map((userId) => ({ type: 'raise' as const, userId, now: 0 })),
      id.map((userId) => ({ type: 'lower' as const, userId })),
      id.map((userId) => ({ type: 'unmuted' as const, userId })),
      fc.oneof(id, fc.constant('all' as const)).map((target) => ({ type: 'lower-by-host' as const, target })),
      fc.array(id).map((userIds) => ({ type: 'snapshot' as const, userIds, now: 0 })),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const ids = raisedIds(run(actions));
        assert.equal(new Set(ids).size, ids.length);
      }),
    );
  });
});

describe('between participants', () => {
  it('trusts lower and state only when the caller says the sender may', () => {
    const lower = decodeHandMessage(incoming(encodeHandMessage({ t: 'lower', all: true })), SELF)!;
    assert.equal(actionFor(lower, 1, false), undefined);
    assert.deepEqual(actionFor(lower, 1, true), { type: 'lower-by-host', target: 'all' });
    const state = decodeHandMessage(incoming(encodeHandMessage({ t: 'state', up: [5] })), SELF)!;
    assert.equal(actionFor(state, 1, false), undefined);
    const hand = decodeHandMessage(incoming(encodeHandMessage({ t: 'hand', up: true }), 7), SELF)!;
    assert.deepEqual(actionFor(hand, 3, false), { type: 'raise', userId: 7, now: 3 });
  });

  it('picks exactly one responder to an ask: the host, else the lowest id', () => {
    const userIds = [30, 10, 20, 40];
    const answering = (hostId: number | undefined, askerId: number) =>
      userIds.filter((self) => isDesignatedResponder(self, { hostId, askerId, userIds }));
    assert.deepEqual(answering(30, 40), [30]);
    assert.deepEqual(answering(30, 30), [10], 'a host who joins late is answered by the lowest id');
    assert.deepEqual(answering(undefined, 10), [20]);
    assert.deepEqual(answering(99, 40), [10], 'a host not in the session does not count');
    assert.equal(isDesignatedResponder(5, { hostId: undefined, askerId: 5, userIds: [5] }), false);
  });

  it('round-trips hands between two participants over one channel', () => {
    // Two clients on a broadcast channel that echoes to the sender too (the worst case).
    const ids = [11, 22];
    const states = new Map<number, HandState>(ids.map((id) => [id, NO_HANDS]));
    const hosts = new Set([11]);
    const deliver = (from: number, message: HandMessage, now: number) => {
      for (const to of ids) {
        const received = decodeHandMessage(incoming(encodeHandMessage(message), from), to);
        if (!received) continue;
        const action = actionFor(received, now, hosts.has(received.senderId));
        if (action) states.set(to, handsReducer(states.get(to)!, action));
      }
    };
    const local = (id: number, action: Parameters<typeof handsReducer>[1]) => states.set(id, handsReducer(states.get(id)!, action));

    local(22, { type: 'raise', userId: 22, now: 1 });
    deliver(22, { t: 'hand', up: true }, 1);
    deliver(22, { t: 'hand', up: true }, 1); // resent after a 7105: idempotent
    deliver(22, { t: 'lower', all: true }, 2); // a participant may not lower hands
    assert.deepEqual(ids.map((id) => raisedIds(states.get(id)!)), [[22], [22]]);

    local(11, { type: 'lower-by-host', target: 22 });
    deliver(11, { t: 'lower', u: 22 }, 3);
    assert.deepEqual(ids.map((id) => raisedIds(states.get(id)!)), [[], []]);
  });
});
