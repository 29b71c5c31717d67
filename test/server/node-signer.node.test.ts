/**
 * The Node adapter signs with node:crypto; every other runtime with jose. The tokens must be the
 * same bytes for the same claims, so the choice of runtime changes nothing Zoom sees.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTokenHandler as createNodeHandler } from '../../src/server/node.js';
import { nodeSigner } from '../../src/server/node-signer.js';
import { joseSigner } from '../../src/server/signer.js';
import { buildClaims } from '../../src/token/claims.js';
import type { TokenRequest } from '../../src/token/types.js';
import { SDK_KEY, SDK_SECRET, post, read, verify } from './helpers.js';

const NOW = 1_796_000_000;

const requests: TokenRequest[] = [
  { sessionName: 'abc', role: 0 },
  { sessionName: 'Spring Plenary', role: 1, expirationSeconds: 172800, userIdentity: 'user-42', sessionKey: 'k1' },
  // Non-ASCII text, quotes and backslashes: the JSON and base64url steps must agree byte for byte.
  { sessionName: 'Plenary <A&B> {1} ~ |', role: 0, userIdentity: 'Zoë "Q" \\ Ørsted 会议 😀', telemetryTrackingId: 'é\u2028' },
  {
    sessionName: 'x',
    role: 0,
    geoRegions: ['us', 'DE'],
    cloudRecordingOption: 1,
    cloudRecordingElection: 0,
    cloudRecordingTranscriptOption: 2,
    videoWebRtcMode: 0,
    audioWebRtcMode: 0,
    telemetryTrackingId: 'trace-1',
  },
];

describe('the node:crypto signer', () => {
  for (const secret of [SDK_SECRET, 'sécret-ünïcode-🔑', 'x']) {
    it(`writes the same token as jose for the same claims (secret ${JSON.stringify(secret.slice(0, 6))}…)`, async () => {
      const fast = nodeSigner(secret);
      const jose = joseSigner(secret);
      for (const request of requests) {
        const claims = buildClaims(request, SDK_KEY, NOW);
        const token = fast(claims);
        assert.equal(typeof token, 'string', 'signed synchronously');
        assert.equal(token, await jose(claims), request.sessionName);
      }
    });
  }

  it('is what the Node createTokenHandler signs with, and its tokens verify', async () => {
    const handler = createNodeHandler({ sdkKey: SDK_KEY, sdkSecret: SDK_SECRET });
    const r = await read(await handler(post({ sessionName: 'Plenary', role: 0, userIdentity: 'Zoë 😀' })));
    assert.equal(r.status, 200, r.text);
    const token = (r.json as { signature: string }).signature;
    const claims = await verify(token);
    assert.equal(claims['tpc'], 'Plenary');
    assert.equal(claims['user_key'], 'Zoë 😀');
    // Re-signing the decoded claims with node:crypto gives the token back: it signed with the same key and header.
    const [header, payload] = token.split('.');
    assert.equal(header, 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9');
    assert.equal(nodeSigner(SDK_SECRET)(JSON.parse(Buffer.from(payload!, 'base64url').toString()) as never), token);
  });
});
