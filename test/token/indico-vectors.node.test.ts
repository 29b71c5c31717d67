// The claim vectors the Indico guide's Python signing code is checked against
// (test/indico/indico-python.node.test.ts): here they are checked against buildClaims, so both
// signers follow one table.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildClaims } from '../../src/token/claims.js';
import { TokenError } from '../../src/token/types.js';
import { vectors } from '../fixtures/indico-vectors.js';

describe('the Indico claim vectors', () => {
  for (const vector of vectors.claims) {
    it(vector.name, () => {
      if (vector.errors) {
        assert.throws(
          () => buildClaims(vector.request, vectors.sdkKey, vectors.now),
          (e: unknown) =>
            e instanceof TokenError &&
            e.code === 'token-request-invalid' &&
            JSON.stringify(e.errors.map((x) => x.property)) === JSON.stringify(vector.errors),
        );
      } else {
        assert.deepEqual(buildClaims(vector.request, vectors.sdkKey, vectors.now), vector.claims);
      }
    });
  }

  it('has both kinds of vector', () => {
    assert.ok(vectors.claims.filter((v) => v.claims).length >= 3);
    assert.ok(vectors.claims.filter((v) => v.errors).length >= 3);
    for (const v of vectors.claims) assert.notEqual(v.claims === undefined, v.errors === undefined, v.name);
  });
});
