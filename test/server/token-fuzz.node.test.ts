import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createTokenHandler, type TokenLogEntry } from '../../src/server/index.js';
import { SDK_KEY, SDK_SECRET, URL_, allHeaders, verify } from './helpers.js';

/** Values of every JSON type, and the shapes the sample's fields take (valid or not). */
const anyValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 200000 }),
  fc.double(),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('0', '1', '2', ' 1 ', '1e3', '3600', '0x1', '', 'US', 'us,de', 'XX'),
  fc.array(fc.oneof(fc.constantFrom('US', 'de', 'XX', ''), fc.integer()), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
const sessionName = fc.oneof(
  fc.string({ maxLength: 210 }),
  fc.stringMatching(/^[A-Za-z0-9 ._-]{1,30}$/),
  fc.constant('Spring Plenary'),
  anyValue,
);
const role = fc.oneof(fc.constantFrom(0, 1, '0', '1'), anyValue);
const sampleBody = fc.record(
  {
    sessionName,
    role,
    expirationSeconds: fc.oneof(fc.integer({ min: 0, max: 200000 }), fc.constantFrom('1800', '7200', 1800, 172800, 172801), anyValue),
    userIdentity: fc.oneof(fc.string({ maxLength: 40 }), anyValue),
    sessionKey: fc.oneof(fc.string({ maxLength: 40 }), anyValue),
    geoRegions: fc.oneof(fc.constantFrom('US', 'us, de', ['JP', 'sg'], 'XX'), anyValue),
    cloudRecordingOption: fc.oneof(fc.constantFrom(0, 1, '0', '1'), anyValue),
    cloudRecordingElection: fc.oneof(fc.constantFrom(0, 1), anyValue),
    videoWebRtcMode: fc.oneof(fc.constantFrom(0, 1, '1'), anyValue),
    audioWebRtcMode: fc.oneof(fc.constantFrom(0, 1, '0'), anyValue),
    telemetryTrackingId: fc.oneof(fc.string({ maxLength: 20 }), anyValue),
    // Own keys that would be dangerous if copied naively onto an object.
    ['__proto__']: anyValue,
    constructor: anyValue,
  },
  { requiredKeys: [] },
);
/** Bodies the sample accepts: valid values in every shape it allows, numbers as numbers or strings. */
const binary = fc.constantFrom(0, 1, '0', '1');
const validBody = fc.record(
  {
    sessionName: fc.stringMatching(/^[A-Za-z0-9 !#$%&()+\-:;<=.>?@[\]^_{}|~,]{1,200}$/).filter((n) => n.trim() !== ''),
    role: binary,
    expirationSeconds: fc.oneof(fc.integer({ min: 1800, max: 172800 }), fc.integer({ min: 1800, max: 172800 }).map(String)),
    userIdentity: fc.string({ maxLength: 36 }),
    sessionKey: fc.string({ maxLength: 36 }),
    geoRegions: fc.oneof(
      fc.subarray(['AU', 'BR', 'CA', 'CN', 'DE', 'HK', 'IN', 'JP', 'MX', 'NL', 'SG', 'US']),
      fc.subarray(['au', 'us', 'de']).map((r) => r.join(', ')),
    ),
    cloudRecordingOption: binary,
    cloudRecordingElection: binary,
    videoWebRtcMode: binary,
    audioWebRtcMode: binary,
    telemetryTrackingId: fc.string({ maxLength: 20 }),
  },
  { requiredKeys: ['sessionName', 'role'] },
);
/** Raw bodies: valid ones, the sample's fields with any values, any JSON, or any text at all. */
const rawBody = fc.oneof(
  { weight: 3, arbitrary: validBody.map((b) => JSON.stringify(b)) },
  { weight: 3, arbitrary: sampleBody.map((b) => JSON.stringify(b)) },
  { weight: 1, arbitrary: fc.json() },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
);
const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8') },
  { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', undefined) },
);
const method = fc.constantFrom('POST', 'POST', 'POST', 'POST', 'OPTIONS', 'GET', 'PUT');
const origin = fc.constantFrom(undefined, 'https://events.example.org', 'https://evil.example', 'null');

describe('createTokenHandler under random requests', () => {
  it('never answers 5xx, never leaks the secret, and every 200 carries a token that verifies', async () => {
    const lines: TokenLogEntry[] = [];
    const handler = createTokenHandler({
      sdkKey: SDK_KEY,
      sdkSecret: SDK_SECRET,
      allowedOrigins: ['https://events.example.org'],
      maxBodyBytes: 1024,
      authorize: (request) => ({ role: request.headers.get('x-host') === 'yes' ? 1 : 0 }),
      log: (entry) => lines.push(entry),
    });
    let signed = 0;
    await fc.assert(
      fc.asyncProperty(method, contentType, origin, fc.boolean(), rawBody, async (m, type, from, host, body) => {
        const headers: Record<string, string> = {};
        if (type !== undefined) headers['content-type'] = type;
        if (from !== undefined) headers['origin'] = from;
        if (host) headers['x-host'] = 'yes';
        if (m === 'OPTIONS') headers['access-control-request-method'] = 'POST';
        const init: RequestInit = { method: m, headers };
        if (m !== 'GET' && m !== 'OPTIONS') init.body = body;
        const response = await handler(new Request(URL_, init));
        const text = await response.text();
        assert.ok(response.status < 500, `${response.status} for ${m} ${body}: ${text}`);
        assert.equal(response.headers.get('cache-control'), 'no-store');
        assert.ok(!text.includes(SDK_SECRET) && !allHeaders(response.headers).includes(SDK_SECRET));
        if (response.status === 204) return;
        const json = JSON.parse(text) as { signature?: string; errors?: { property: string; reason: string }[] };
        if (response.status === 200) {
          signed++;
          const claims = await verify(json.signature!);
          assert.equal(claims['app_key'], SDK_KEY);
          if (!host) assert.equal(claims['role_type'], 0, 'no host token without the grant');
          const life = claims.exp! - claims.iat!;
          assert.ok(life >= 1800 && life <= 172800);
        } else {
          assert.ok(Array.isArray(json.errors) && json.errors.length > 0, text);
          for (const e of json.errors) assert.ok(typeof e.property === 'string' && typeof e.reason === 'string' && e.reason !== '');
        }
      }),
      // Random seed: a failure prints the seed and path that reproduce it.
      { numRuns: 600 },
    );
    assert.ok(signed > 30, `only ${signed} requests were signed: the generators miss the valid shapes`);
    assert.ok(!JSON.stringify(lines).includes(SDK_SECRET));
  });
});
