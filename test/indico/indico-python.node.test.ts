/**
 * The Indico guide's Python (docs/indico/indico_zoom_session/) run for real: its signing code
 * against the shared vectors (test/indico/check_tokens.py), and the tokens it signs through the
 * project's inspectToken and a signature check with the secret. Needs python3 with PyJWT
 * (Debian: python3-jwt, which .ci/run installs); without it locally the test says so and skips,
 * and under ZSE_REQUIRE_PYTHON=1 (set by .ci/run) it fails instead.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { inspectToken } from '../../src/token/inspect.js';
import { vectors } from '../fixtures/indico-vectors.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const guide = join(root, 'docs/indico/indico_zoom_session');

/** The first python3 that can import PyJWT: $PYTHON, the one on PATH, then Debian's. */
function findPython(): { python?: string; why: string } {
  const tried: string[] = [];
  for (const candidate of [process.env['PYTHON'], 'python3', '/usr/bin/python3']) {
    if (!candidate) continue;
    const run = spawnSync(candidate, ['-c', 'import jwt, sys; print(sys.version.split()[0], jwt.__version__)'], {
      encoding: 'utf8',
    });
    if (run.status === 0) return { python: candidate, why: `python ${run.stdout.trim()}` };
    tried.push(`${candidate}: ${run.error ? 'not found' : (run.stderr.trim().split('\n').pop() ?? 'failed')}`);
  }
  return { why: `no python3 with PyJWT (install Debian's python3-jwt); tried ${tried.join('; ')}` };
}

const { python, why } = findPython();
const required = process.env['ZSE_REQUIRE_PYTHON'] === '1';
if (!python) console.log(`indico-python: skipped: ${why}`);

describe('the Indico guide\'s Python', { skip: !python && !required ? why : false }, () => {
  it('finds python3 with PyJWT', () => assert.ok(python, why));

  let signed: { name: string; token: string }[] = [];

  it('builds the vectors\' claims, access roles and session names (check_tokens.py)', () => {
    const run = spawnSync(python!, [join(root, 'test/indico/check_tokens.py')], { encoding: 'utf8' });
    assert.equal(run.status, 0, `check_tokens.py failed:\n${run.stderr}`);
    const out = JSON.parse(run.stdout) as { pyjwt: string; tokens: typeof signed };
    signed = out.tokens;
    assert.equal(signed.length, vectors.claims.filter((v) => v.claims).length);
  });

  it('signs tokens the element accepts: inspectToken finds nothing, the secret verifies them', async () => {
    assert.ok(signed.length > 0, 'the check above signed tokens');
    const secret = new TextEncoder().encode(vectors.sdkSecret);
    for (const { name, token } of signed) {
      const vector = vectors.claims.find((v) => v.name === name)!;
      const expected = vector.claims!;
      const inspection = inspectToken(
        token,
        { sessionName: String(expected['tpc']), role: expected['role_type'] as 0 | 1 },
        vectors.now,
      );
      assert.deepEqual(inspection.problems, [], name);
      assert.deepEqual(inspection.claims, expected, name);
      assert.deepEqual(decodeProtectedHeader(token), { alg: 'HS256', typ: 'JWT' }, name);
      const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], currentDate: new Date(vectors.now * 1000) });
      assert.deepEqual(payload, expected, name);
      // And the element would refuse it for another session or role.
      const other = inspectToken(token, { sessionName: 'indico-event-43', role: 1 - (expected['role_type'] as number) as 0 | 1 }, vectors.now);
      assert.deepEqual(other.problems.map((p) => p.code), ['token-topic-mismatch', 'token-role-mismatch'], name);
    }
  });

  it('has the plugin\'s other Python files at least compiling', () => {
    const files = readdirSync(guide).filter((f) => f.endsWith('.py')).map((f) => join(guide, f));
    assert.ok(files.length >= 4, `the plugin's files: ${files.join(', ')}`);
    const code = 'import ast, sys\nfor path in sys.argv[1:]:\n    ast.parse(open(path).read(), path)';
    const run = spawnSync(python!, ['-c', code, ...files], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });
});
