import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EVENT_ACCESS,
  createTokenHandler,
  eventPolicy,
  eventRole,
  readCookie,
  type EventAccess,
  type EventSession,
} from '../../src/server/index.js';
import { vectors } from '../fixtures/indico-vectors.js';
import { SDK_KEY, SDK_SECRET, post, read, verify } from './helpers.js';

/** A stand-in for an event site's session store. */
const sessions = new Map<string, EventSession>([
  ['sid-manager', { userId: 17, isManager: true, isAttendee: false }],
  ['sid-attendee', { userId: 'u-42', isManager: false, isAttendee: true }],
  ['sid-visitor', { userId: 99, isManager: false, isAttendee: false }],
]);

const policy = eventPolicy({
  cookieName: 'indico_session',
  lookupSession: async (sid) => sessions.get(sid) ?? null,
});
const handler = createTokenHandler({ sdkKey: SDK_KEY, sdkSecret: SDK_SECRET, authorize: policy });
const withCookie = (sid: string | undefined, body: object) =>
  post(body, sid === undefined ? {} : { cookie: `theme=dark; indico_session=${sid}; other=1` });

describe('eventPolicy: managers host, attendees participate', () => {
  it('gives an event manager a host token with their id as user_key', async () => {
    const r = await read(await handler(withCookie('sid-manager', { sessionName: 'indico-event-12', role: 1, userIdentity: 'spoofed' })));
    assert.equal(r.status, 200, r.text);
    const claims = await verify((r.json as { signature: string }).signature);
    assert.equal(claims['role_type'], 1);
    assert.equal(claims['user_key'], '17');
  });

  it('lets a manager join as a participant too', async () => {
    const r = await read(await handler(withCookie('sid-manager', { sessionName: 'indico-event-12', role: 0 })));
    assert.equal((await verify((r.json as { signature: string }).signature))['role_type'], 0);
  });

  it('gives an attendee a participant token and refuses them a host one', async () => {
    const ok = await read(await handler(withCookie('sid-attendee', { sessionName: 'indico-event-12', role: 0 })));
    const claims = await verify((ok.json as { signature: string }).signature);
    assert.equal(claims['role_type'], 0);
    assert.equal(claims['user_key'], 'u-42');
    const host = await read(await handler(withCookie('sid-attendee', { sessionName: 'indico-event-12', role: 1 })));
    assert.equal(host.status, 403);
    assert.deepEqual(
      (host.json as { errors: { property: string }[] }).errors.map((e) => e.property),
      ['role'],
    );
  });

  it('refuses visitors, unknown sessions and requests without the cookie', async () => {
    for (const sid of ['sid-visitor', 'sid-expired', '', undefined]) {
      const r = await read(await handler(withCookie(sid, { sessionName: 'indico-event-12', role: 0 })));
      assert.equal(r.status, 403, String(sid));
      assert.equal((r.json as { errors: { property: string }[] }).errors[0]!.property, 'authorization');
    }
  });

  it('answers 500 without details when the session store fails', async () => {
    const failing = createTokenHandler({
      sdkKey: SDK_KEY,
      sdkSecret: SDK_SECRET,
      authorize: eventPolicy({
        cookieName: 'indico_session',
        lookupSession: () => Promise.reject(new Error('redis: connection refused')),
      }),
    });
    const r = await read(await failing(withCookie('sid-manager', { sessionName: 'x', role: 0 })));
    assert.equal(r.status, 500);
    assert.doesNotMatch(r.text, /redis/);
  });

  it('needs a cookie name and a lookup function', () => {
    assert.throws(() => eventPolicy({ cookieName: '', lookupSession: () => null }), /cookieName/);
    assert.throws(() => eventPolicy({ cookieName: 'a' } as never), /lookupSession/);
  });
});

describe('eventRole and eventPolicy: the Indico guide\'s access choice', () => {
  it('gives each person of the shared vectors the role the guide\'s role_for gives', () => {
    const accesses = Object.keys(vectors.access) as EventAccess[];
    assert.deepEqual([...accesses].sort(), [...EVENT_ACCESS].sort(), 'the vectors cover every access choice');
    let checked = 0;
    for (const access of accesses) {
      for (const [who, role] of Object.entries(vectors.access[access])) {
        const person = vectors.people[who];
        assert.ok(person, `a person named ${who}`);
        assert.equal(eventRole(access, person), role, `${access}: ${who}`);
        checked += 1;
      }
    }
    assert.equal(checked, accesses.length * Object.keys(vectors.people).length);
    assert.throws(() => eventRole('anyone' as EventAccess, vectors.people['event or category manager']!), /Unknown event access/);
  });

  it('grants through the handler what the vectors say, with a user_key only for logged-in people', async () => {
    for (const access of EVENT_ACCESS) {
      const store = new Map<string, EventSession>(
        Object.entries(vectors.people).map(([, p], i) => [
          `sid-${i}`,
          { userId: p.loggedIn ? 100 + i : null, isManager: p.isManager, isAttendee: p.isRegistered, canAccess: p.canAccess },
        ]),
      );
      const h = createTokenHandler({
        sdkKey: SDK_KEY,
        sdkSecret: SDK_SECRET,
        authorize: eventPolicy({ cookieName: 'indico_session', lookupSession: (sid) => store.get(sid) ?? null, access }),
      });
      for (const [i, [who, person]] of Object.entries(vectors.people).entries()) {
        const expected = vectors.access[access][who];
        const asked = expected === 1 ? 1 : 0;
        const r = await read(await h(withCookie(`sid-${i}`, { sessionName: 'indico-event-42', role: asked })));
        if (expected === null) {
          assert.equal(r.status, 403, `${access}: ${who}`);
          continue;
        }
        assert.equal(r.status, 200, `${access}: ${who}: ${r.text}`);
        const claims = await verify((r.json as { signature: string }).signature);
        assert.equal(claims['role_type'], expected, `${access}: ${who}`);
        assert.equal(claims['user_key'], person.loggedIn ? String(100 + i) : undefined, `${access}: ${who}`);
      }
    }
  });

  it('refuses an unknown access choice', () => {
    assert.throws(
      () => eventPolicy({ cookieName: 'indico_session', lookupSession: () => null, access: 'anyone' as EventAccess }),
      /access must be one of everyone, logged_in, registered, no_one/,
    );
  });
});

describe('readCookie', () => {
  it('finds one cookie among many, decoded and unquoted', () => {
    assert.equal(readCookie('a=1; b=2', 'b'), '2');
    assert.equal(readCookie('a=1;b="x y"', 'b'), 'x y');
    assert.equal(readCookie('b=%E2%9C%93', 'b'), '✓');
    assert.equal(readCookie('b=%E2%9C', 'b'), '%E2%9C');
    assert.equal(readCookie('ab=1; b=2', 'b'), '2');
    assert.equal(readCookie('a=1', 'b'), undefined);
    assert.equal(readCookie(null, 'b'), undefined);
    assert.equal(readCookie('b=1=2', 'b'), '1=2');
  });
});
