import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { inspectToken, type TokenProblemCode } from '../../src/token/inspect.js';

const now = 1_790_000_000;
const secret = new TextEncoder().encode('inspect-test-secret-0123456789abcdef');
const good = {
  app_key: 'KEY',
  role_type: 0,
  tpc: 'Plenary Hall',
  version: 1,
  iat: now - 30,
  exp: now - 30 + 7200,
};
const sign = (payload: Record<string, unknown>) =>
  new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(secret);
const problemCodes = async (payload: Record<string, unknown>, role?: 0 | 1): Promise<TokenProblemCode[]> =>
  inspectToken(await sign(payload), { sessionName: 'plenary hall', role }, now).problems.map((p) => p.code);

describe('inspectToken', () => {
  it('finds nothing wrong with a good token, matching the session name case-insensitively', async () => {
    const token = await sign(good);
    const result = inspectToken(token, { sessionName: 'PLENARY HALL', role: 0 }, now);
    assert.deepEqual(result.problems, []);
    assert.equal(result.claims['app_key'], 'KEY');
  });

  it('malformed: not a JWT', () => {
    for (const token of ['', 'abc', 'a.b', 'a.b.c', 'x'.repeat(50)]) {
      assert.deepEqual(inspectToken(token, { sessionName: 's' }, now).problems.map((p) => p.code), ['token-malformed'], token);
    }
  });

  it('malformed: not HS256', async () => {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const token = `${b64({ alg: 'none' })}.${b64(good)}.`;
    assert.deepEqual(inspectToken(token, { sessionName: 'plenary hall' }, now).problems.map((p) => p.code), ['token-malformed']);
  });

  it('missing claims, one problem each', async () => {
    for (const claim of ['app_key', 'role_type', 'tpc', 'version', 'iat', 'exp']) {
      const payload: Record<string, unknown> = { ...good };
      delete payload[claim];
      const { problems } = inspectToken(await sign(payload), { sessionName: 'plenary hall' }, now);
      const missing = problems.filter((p) => p.code === 'token-claim-missing');
      assert.deepEqual(missing.map((p) => p.claim), [claim]);
      assert.match(missing[0]!.message, new RegExp(`"${claim}"`));
    }
  });

  it('version other than 1', async () => {
    assert.deepEqual(await problemCodes({ ...good, version: 2 }), ['token-version']);
  });

  it('expired', async () => {
    const codes = await problemCodes({ ...good, iat: now - 8000, exp: now - 10 });
    assert.deepEqual(codes, ['token-expired']);
    const { problems } = inspectToken(await sign({ ...good, iat: now - 8000, exp: now - 600 }), { sessionName: 'plenary hall' }, now);
    assert.match(problems[0]!.message, /expired 10 minutes ago/);
  });

  it('expiring exactly now counts as expired', async () => {
    assert.deepEqual(await problemCodes({ ...good, iat: now - 7200, exp: now }), ['token-expired']);
  });

  it('not yet valid beyond the clock-skew allowance', async () => {
    assert.deepEqual(await problemCodes({ ...good, iat: now + 60, exp: now + 60 + 7200 }), []);
    assert.deepEqual(await problemCodes({ ...good, iat: now + 3600, exp: now + 3600 + 7200 }), ['token-not-yet-valid']);
  });

  it('lifetime outside 30 minutes to 48 hours', async () => {
    assert.deepEqual(await problemCodes({ ...good, exp: good.iat + 1799 }), ['token-lifetime']);
    assert.deepEqual(await problemCodes({ ...good, exp: good.iat + 172801 }), ['token-lifetime']);
    assert.deepEqual(await problemCodes({ ...good, exp: good.iat + 1800 }), []);
    assert.deepEqual(await problemCodes({ ...good, exp: good.iat + 172800 }), []);
  });

  it('topic for another session', async () => {
    const codes = await problemCodes({ ...good, tpc: 'Other Room' });
    assert.deepEqual(codes, ['token-topic-mismatch']);
    const { problems } = inspectToken(await sign({ ...good, tpc: 'Other Room' }), { sessionName: 'Plenary Hall' }, now);
    assert.equal(problems[0]!.message, 'The token is for the session "Other Room", not "Plenary Hall".');
  });

  it('role other than the expected one', async () => {
    assert.deepEqual(await problemCodes({ ...good, role_type: 1 }, 0), ['token-role-mismatch']);
    assert.deepEqual(await problemCodes({ ...good, role_type: 0 }, 1), ['token-role-mismatch']);
    assert.deepEqual(await problemCodes({ ...good, role_type: 1 }), []);
  });

  it('claims of the wrong type', async () => {
    assert.deepEqual(await problemCodes({ ...good, exp: 'tomorrow' }), ['token-malformed']);
    assert.deepEqual(await problemCodes({ ...good, role_type: 'host' }), ['token-malformed']);
  });
});
