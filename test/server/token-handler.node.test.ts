import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTokenHandler, type TokenHandlerOptions, type TokenLogEntry } from '../../src/server/index.js';
import { TOKEN_LIFETIME } from '../../src/token/rules.js';
import { SDK_KEY, SDK_SECRET, URL_, allHeaders, post, read, verify } from './helpers.js';

const handler = (options: TokenHandlerOptions = {}) => createTokenHandler({ sdkKey: SDK_KEY, sdkSecret: SDK_SECRET, ...options });

/** The errors of an answer, as `property: reason` lines. */
function errorsOf(json: unknown): { property: string; reason: string }[] {
  assert.ok(typeof json === 'object' && json !== null && Array.isArray((json as { errors?: unknown }).errors), 'an errors list');
  return (json as { errors: { property: string; reason: string }[] }).errors;
}

describe('createTokenHandler: 200 for the sample contract', () => {
  it('signs a participant token that verifies, with every claim Zoom reads', async () => {
    const before = Math.floor(Date.now() / 1000);
    const r = await read(await handler()(post({ sessionName: 'Spring Plenary', role: 0 })));
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'application/json');
    assert.equal(r.headers.get('cache-control'), 'no-store');
    const { signature } = r.json as { signature: string };
    const claims = await verify(signature);
    assert.equal(claims['app_key'], SDK_KEY);
    assert.equal(claims['role_type'], 0);
    assert.equal(claims['tpc'], 'Spring Plenary');
    assert.equal(claims['version'], 1);
    assert.equal(claims['video_webrtc_mode'], 1);
    assert.equal(claims['audio_webrtc_mode'], 1);
    assert.ok(claims.iat! >= before - 31 && claims.iat! <= before, 'iat back-dated for clock skew');
    assert.equal(claims.exp! - claims.iat!, TOKEN_LIFETIME.default);
  });

  it('accepts numbers as strings and geoRegions as a string, as the sample does', async () => {
    const r = await read(
      await handler()(
        post({
          sessionName: 'abc',
          role: '0',
          expirationSeconds: '3600',
          userIdentity: 'user-42',
          sessionKey: 'key-1',
          geoRegions: 'us, de',
          cloudRecordingOption: '1',
          cloudRecordingElection: '0',
          videoWebRtcMode: '0',
          audioWebRtcMode: '1',
          telemetryTrackingId: 'trace-9',
        }),
      ),
    );
    assert.equal(r.status, 200, r.text);
    const claims = await verify((r.json as { signature: string }).signature);
    assert.equal(claims.exp! - claims.iat!, 3600);
    assert.equal(claims['user_key'], 'user-42');
    assert.equal(claims['session_key'], 'key-1');
    assert.equal(claims['geo_regions'], 'US,DE');
    assert.equal(claims['cloud_recording_option'], 1);
    assert.equal(claims['cloud_recording_election'], 0);
    assert.equal(claims['video_webrtc_mode'], 0);
    assert.equal(claims['audio_webrtc_mode'], 1);
    assert.equal(claims['telemetry_tracking_id'], 'trace-9');
  });

  it('accepts geoRegions as an array, and null for optional fields', async () => {
    const r = await read(await handler()(post({ sessionName: 'abc', role: 0, geoRegions: ['jp', 'SG'], userIdentity: null })));
    assert.equal(r.status, 200, r.text);
    const claims = await verify((r.json as { signature: string }).signature);
    assert.equal(claims['geo_regions'], 'JP,SG');
    assert.equal(claims['user_key'], undefined);
  });

  it('ignores fields it does not know, so they never reach the token', async () => {
    const r = await read(await handler()(post({ sessionName: 'abc', role: 0, app_key: 'evil', role_type: 1, version: 9 })));
    const claims = await verify((r.json as { signature: string }).signature);
    assert.equal(claims['app_key'], SDK_KEY);
    assert.equal(claims['role_type'], 0);
    assert.equal(claims['version'], 1);
  });

  it('keeps lifetimes within its own bounds, and uses its default', async () => {
    const h = handler({ minLifetimeSeconds: 3600, maxLifetimeSeconds: 14400, defaultLifetimeSeconds: 5400 });
    const life = async (body: object) => {
      const r = await read(await h(post({ sessionName: 'abc', role: 0, ...body })));
      const claims = await verify((r.json as { signature: string }).signature);
      return claims.exp! - claims.iat!;
    };
    assert.equal(await life({}), 5400);
    assert.equal(await life({ expirationSeconds: 1800 }), 3600);
    assert.equal(await life({ expirationSeconds: 172800 }), 14400);
    assert.equal(await life({ expirationSeconds: 7200 }), 7200);
  });
});

describe('createTokenHandler: 400 with the shared rules', () => {
  it('lists every problem as {property, reason}', async () => {
    const r = await read(
      await handler()(post({ sessionName: 'bad/name', role: 0, expirationSeconds: 60, sessionKey: 'k'.repeat(37), geoRegions: 'XX' })),
    );
    assert.equal(r.status, 400);
    assert.equal(r.headers.get('cache-control'), 'no-store');
    const errors = errorsOf(r.json);
    assert.deepEqual(
      errors.map((e) => e.property),
      ['sessionName', 'expirationSeconds', 'sessionKey', 'geoRegions'],
    );
    assert.match(errors[0]!.reason, /cannot contain "\/"/);
    assert.match(errors[1]!.reason, /between 1800 and 172800/);
  });

  it('requires sessionName and role, as the sample does', async () => {
    const r = await read(await handler()(post({})));
    assert.equal(r.status, 400);
    assert.deepEqual(
      errorsOf(r.json).map((e) => e.property),
      ['sessionName', 'role'],
    );
  });

  it('refuses numeric strings that are not whole numbers, and a body that is not an object', async () => {
    const r = await read(await handler()(post({ sessionName: 'abc', role: '0.5', videoWebRtcMode: '1x' })));
    assert.equal(r.status, 400);
    assert.deepEqual(
      errorsOf(r.json).map((e) => e.property),
      ['role', 'videoWebRtcMode'],
    );
    for (const body of ['[]', '"abc"', 'null', '42']) {
      const a = await read(await handler()(post(body)));
      assert.equal(a.status, 400, body);
      assert.equal(errorsOf(a.json)[0]!.property, 'body');
    }
  });
});

describe('createTokenHandler: roles come from the policy', () => {
  it('refuses a host token by default (403 on role)', async () => {
    const r = await read(await handler()(post({ sessionName: 'abc', role: 1 })));
    assert.equal(r.status, 403);
    assert.equal(errorsOf(r.json)[0]!.property, 'role');
    const asString = await read(await handler()(post({ sessionName: 'abc', role: '1' })));
    assert.equal(asString.status, 403);
  });

  it('signs a host token when the policy grants it, and a participant one when asked', async () => {
    const h = handler({ authorize: () => ({ role: 1 }) });
    const host = await read(await h(post({ sessionName: 'abc', role: 1 })));
    assert.equal((await verify((host.json as { signature: string }).signature))['role_type'], 1);
    const guest = await read(await h(post({ sessionName: 'abc', role: 0 })));
    assert.equal((await verify((guest.json as { signature: string }).signature))['role_type'], 0);
  });

  it("puts the policy's userKey in the token, whatever the body says", async () => {
    const h = handler({ authorize: async () => ({ role: 0, userKey: 'user-7' }) });
    const r = await read(await h(post({ sessionName: 'abc', role: 0, userIdentity: 'someone-else' })));
    assert.equal((await verify((r.json as { signature: string }).signature))['user_key'], 'user-7');
  });

  it('answers 403 with a reason when the policy refuses, before reading the body', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled++;
          controller.enqueue(new TextEncoder().encode('{"sessionName":"abc","role":0}'));
          controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request(URL_, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    const r = await read(await handler({ authorize: () => null })(request));
    assert.equal(r.status, 403);
    assert.equal(errorsOf(r.json)[0]!.property, 'authorization');
    assert.equal(pulled, 0);
  });

  it('answers 500 without details when the policy fails, and logs no secret', async () => {
    const lines: TokenLogEntry[] = [];
    const h = handler({
      authorize: () => {
        throw new Error(`database down (connected with ${SDK_SECRET})`);
      },
      log: (entry) => lines.push(entry),
    });
    const r = await read(await h(post({ sessionName: 'abc', role: 0 })));
    assert.equal(r.status, 500);
    assert.doesNotMatch(r.text, /database|Error|at /);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!.message, /database down/);
    assert.ok(!JSON.stringify(lines).includes(SDK_SECRET));
  });

  it('answers 500 when the policy returns a userKey Zoom would refuse', async () => {
    const h = handler({ authorize: () => ({ role: 0, userKey: 'u'.repeat(37) }) });
    const r = await read(await h(post({ sessionName: 'abc', role: 0 })));
    assert.equal(r.status, 500);
  });
});

describe('createTokenHandler: methods and media types', () => {
  it('answers 405 with Allow for methods other than POST and OPTIONS', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH', 'HEAD']) {
      const response = await handler()(new Request(URL_, { method }));
      assert.equal(response.status, 405, method);
      assert.equal(response.headers.get('allow'), 'POST, OPTIONS');
      assert.equal(response.headers.get('cache-control'), 'no-store');
    }
  });

  it('answers 415 for a body not sent as JSON', async () => {
    const cases: Request[] = [
      new Request(URL_, { method: 'POST', body: 'sessionName=abc&role=0', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      new Request(URL_, { method: 'POST', body: '{"sessionName":"abc","role":0}', headers: { 'content-type': 'text/plain' } }),
      new Request(URL_, { method: 'POST' }),
    ];
    for (const request of cases) {
      const r = await read(await handler()(request));
      assert.equal(r.status, 415, r.text);
      assert.equal(errorsOf(r.json)[0]!.property, 'body');
    }
  });

  it('answers 400 for a JSON body that does not parse, as Zoom\'s sample does', async () => {
    const cases: Request[] = [
      post('{"sessionName":'),
      post(''),
      post('{"sessionName":"abc","role":0,}'),
      new Request(URL_, { method: 'POST', headers: { 'content-type': 'application/json' }, body: new Uint8Array([0x7b, 0xff, 0x7d]) }),
    ];
    for (const request of cases) {
      const r = await read(await handler()(request));
      assert.equal(r.status, 400, r.text);
      assert.deepEqual(errorsOf(r.json), [{ property: 'body', reason: 'The request body is not valid JSON.' }]);
    }
  });

  it('accepts application/json with parameters and +json types', async () => {
    for (const type of ['application/json; charset=utf-8', 'Application/JSON', 'application/vnd.api+json']) {
      const r = await handler()(post({ sessionName: 'abc', role: 0 }, { 'content-type': type }));
      assert.equal(r.status, 200, type);
    }
  });
});

describe('createTokenHandler: body size', () => {
  it('answers 413 from Content-Length alone, without reading the body', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(1024));
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request(URL_, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(1024 * 1024) },
      body,
      duplex: 'half',
    } as RequestInit);
    const r = await read(await handler()(request));
    assert.equal(r.status, 413);
    assert.equal(errorsOf(r.json)[0]!.property, 'body');
    assert.equal(pulled, 0);
  });

  it('cuts a streamed body without Content-Length off at the limit, and cancels it', async () => {
    let pulled = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(1024).fill(0x20));
        },
        cancel() {
          cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request(URL_, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    const r = await read(await handler({ maxBodyBytes: 8 * 1024 })(request));
    assert.equal(r.status, 413);
    // 8 KiB is 8 chunks; the ninth passes the limit. An endless body was read no further.
    assert.ok(pulled <= 10, `pulled ${pulled} chunks`);
    await new Promise((resolve) => setImmediate(resolve));
    assert.ok(cancelled, 'the stream was cancelled');
  });

  it('reads a body of exactly maxBodyBytes', async () => {
    const json = JSON.stringify({ sessionName: 'abc', role: 0 });
    const padded = json + ' '.repeat(300 - json.length);
    const r = await handler({ maxBodyBytes: 300 })(post(padded));
    assert.equal(r.status, 200);
    const over = await handler({ maxBodyBytes: 299 })(post(padded));
    assert.equal(over.status, 413);
  });
});

describe('createTokenHandler: CORS', () => {
  const origin = 'https://events.example.org';
  const cors = () => handler({ allowedOrigins: [`${origin}/`, 'http://localhost:5173'] });
  const preflight = (from: string, headers: Record<string, string> = {}) =>
    new Request(URL_, {
      method: 'OPTIONS',
      headers: { origin: from, 'access-control-request-method': 'POST', ...headers },
    });

  it('answers an allowed origin with its CORS headers', async () => {
    const r = await cors()(post({ sessionName: 'abc', role: 0 }, { origin }));
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('access-control-allow-origin'), origin);
    assert.equal(r.headers.get('access-control-allow-credentials'), 'true');
    assert.match(r.headers.get('vary') ?? '', /Origin/);
  });

  it('gives another origin no CORS headers', async () => {
    const r = await cors()(post({ sessionName: 'abc', role: 0 }, { origin: 'https://evil.example' }));
    assert.equal(r.headers.get('access-control-allow-origin'), null);
    assert.equal(r.headers.get('access-control-allow-credentials'), null);
    const errors = await cors()(post({ sessionName: 'abc', role: 1 }, { origin: 'https://evil.example' }));
    assert.equal(errors.headers.get('access-control-allow-origin'), null);
  });

  it('answers an allowed preflight with 204 and the CORS headers', async () => {
    const r = await cors()(preflight(origin, { 'access-control-request-headers': 'content-type, x-csrf-token' }));
    assert.equal(r.status, 204);
    assert.equal(r.headers.get('access-control-allow-origin'), origin);
    assert.equal(r.headers.get('access-control-allow-methods'), 'POST, OPTIONS');
    assert.equal(r.headers.get('access-control-allow-headers'), 'content-type, x-csrf-token');
    assert.equal(r.headers.get('access-control-max-age'), '600');
    assert.equal(r.headers.get('vary'), 'Origin');
    assert.equal(await r.text(), '');
  });

  it('answers a preflight from another origin with 403 and no CORS headers', async () => {
    for (const h of [cors(), handler()]) {
      const r = await h(preflight('https://evil.example'));
      assert.equal(r.status, 403);
      assert.equal(r.headers.get('access-control-allow-origin'), null);
      assert.equal(r.headers.get('access-control-allow-methods'), null);
    }
  });

  it('answers a plain OPTIONS with Allow', async () => {
    const r = await handler()(new Request(URL_, { method: 'OPTIONS' }));
    assert.equal(r.status, 204);
    assert.equal(r.headers.get('allow'), 'POST, OPTIONS');
  });

  it('does not echo requested headers that are not a header list', async () => {
    const r = await cors()(preflight(origin, { 'access-control-request-headers': 'x-a, <script>' }));
    assert.equal(r.headers.get('access-control-allow-headers'), 'Content-Type');
  });

  it('refuses origins that are not origins, and wildcards', () => {
    for (const bad of ['*', 'events.example.org', 'https://events.example.org/path', 'file:///tmp/x']) {
      assert.throws(() => handler({ allowedOrigins: [bad] }), /allowedOrigins/, bad);
    }
  });
});

describe('createTokenHandler: configuration', () => {
  it('throws at creation when the key or secret is missing, saying what to set', () => {
    const saved = { key: process.env['ZOOM_VIDEO_SDK_KEY'], secret: process.env['ZOOM_VIDEO_SDK_SECRET'] };
    delete process.env['ZOOM_VIDEO_SDK_KEY'];
    delete process.env['ZOOM_VIDEO_SDK_SECRET'];
    try {
      assert.throws(() => createTokenHandler({ sdkKey: SDK_KEY }), /no Video SDK secret.*ZOOM_VIDEO_SDK_SECRET/);
      assert.throws(() => createTokenHandler({ sdkKey: SDK_KEY, sdkSecret: '  ' }), /ZOOM_VIDEO_SDK_SECRET/);
      assert.throws(() => createTokenHandler({ sdkSecret: SDK_SECRET }), /no Video SDK key.*ZOOM_VIDEO_SDK_KEY/);
      assert.throws(() => createTokenHandler({ sdkKey: SDK_KEY, sdkSecret: `${SDK_SECRET}\n` }), /whitespace/);
    } finally {
      if (saved.key !== undefined) process.env['ZOOM_VIDEO_SDK_KEY'] = saved.key;
      if (saved.secret !== undefined) process.env['ZOOM_VIDEO_SDK_SECRET'] = saved.secret;
    }
  });

  it('never puts the secret in the creation error', () => {
    try {
      createTokenHandler({ sdkKey: SDK_KEY, sdkSecret: `${SDK_SECRET} ` });
      assert.fail('should throw');
    } catch (error) {
      assert.ok(!(error as Error).message.includes(SDK_SECRET));
    }
  });

  it('reads ZOOM_VIDEO_SDK_KEY and ZOOM_VIDEO_SDK_SECRET from the environment', async () => {
    const saved = { key: process.env['ZOOM_VIDEO_SDK_KEY'], secret: process.env['ZOOM_VIDEO_SDK_SECRET'] };
    process.env['ZOOM_VIDEO_SDK_KEY'] = 'env-key';
    process.env['ZOOM_VIDEO_SDK_SECRET'] = SDK_SECRET;
    try {
      const r = await read(await createTokenHandler()(post({ sessionName: 'abc', role: 0 })));
      assert.equal((await verify((r.json as { signature: string }).signature))['app_key'], 'env-key');
    } finally {
      if (saved.key === undefined) delete process.env['ZOOM_VIDEO_SDK_KEY'];
      else process.env['ZOOM_VIDEO_SDK_KEY'] = saved.key;
      if (saved.secret === undefined) delete process.env['ZOOM_VIDEO_SDK_SECRET'];
      else process.env['ZOOM_VIDEO_SDK_SECRET'] = saved.secret;
    }
  });

  it('runs where there is no process global', async () => {
    const proc = Object.getOwnPropertyDescriptor(globalThis, 'process')!;
    // Removed only for the synchronous creation: nothing else runs in between.
    Reflect.deleteProperty(globalThis, 'process');
    let created;
    try {
      created = createTokenHandler({ sdkKey: SDK_KEY, sdkSecret: SDK_SECRET });
    } finally {
      Object.defineProperty(globalThis, 'process', proc);
    }
    assert.equal((await created(post({ sessionName: 'abc', role: 0 }))).status, 200);
    Reflect.deleteProperty(globalThis, 'process');
    try {
      assert.throws(() => createTokenHandler({ sdkKey: SDK_KEY }), /ZOOM_VIDEO_SDK_SECRET/);
    } finally {
      Object.defineProperty(globalThis, 'process', proc);
    }
  });

  it('refuses lifetime bounds outside Zoom’s range or out of order, and a bad body limit', () => {
    assert.throws(() => handler({ minLifetimeSeconds: 60 }), /minLifetimeSeconds/);
    assert.throws(() => handler({ maxLifetimeSeconds: 200000 }), /maxLifetimeSeconds/);
    assert.throws(() => handler({ minLifetimeSeconds: 7200, maxLifetimeSeconds: 3600 }), /above/);
    assert.throws(() => handler({ maxLifetimeSeconds: 3600, defaultLifetimeSeconds: 7200 }), /defaultLifetimeSeconds/);
    assert.throws(() => handler({ maxBodyBytes: 0 }), /maxBodyBytes/);
    // Without a default, the default lifetime (2 h) is kept within the bounds.
    assert.doesNotThrow(() => handler({ maxLifetimeSeconds: 3600 }));
  });

  it('logs one entry per answer, with no secret and no token', async () => {
    const lines: TokenLogEntry[] = [];
    const h = handler({ log: (entry) => lines.push(entry) });
    const ok = await read(await h(post({ sessionName: 'abc', role: 0 })));
    await h(post({ sessionName: 'abc', role: 1 }));
    await h(new Request(URL_, { method: 'GET' }));
    assert.deepEqual(
      lines.map((l) => l.status),
      [200, 403, 405],
    );
    assert.equal(lines[0]!.role, 0);
    const logged = JSON.stringify(lines);
    assert.ok(!logged.includes(SDK_SECRET));
    assert.ok(!logged.includes((ok.json as { signature: string }).signature));
  });

  it('never puts the secret in an answer', async () => {
    const h = handler({ allowedOrigins: ['https://a.example'] });
    for (const request of [
      post({ sessionName: 'abc', role: 0 }, { origin: 'https://a.example' }),
      post({ sessionName: 'abc', role: 1 }),
      post({ sessionName: '', role: 0 }),
      post('{'),
      new Request(URL_, { method: 'GET' }),
      new Request(URL_, { method: 'OPTIONS', headers: { origin: 'https://a.example', 'access-control-request-method': 'POST' } }),
    ]) {
      const r = await read(await h(request));
      assert.ok(!r.text.includes(SDK_SECRET), `${request.method} ${r.status} body`);
      assert.ok(!allHeaders(r.headers).includes(SDK_SECRET), `${request.method} ${r.status} headers`);
    }
  });
});
