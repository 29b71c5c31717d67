import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request as httpRequest, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  clientAddress,
  createTokenHandler,
  createTokenServer,
  isLoopbackAddress,
  runCli,
  toNodeListener,
  type TokenHandler,
  type TokenLogEntry,
} from '../../src/server/node.js';
import { SDK_KEY, SDK_SECRET, verify } from './helpers.js';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

const json = { 'content-type': 'application/json' };

/**
 * Sends an endless chunked body (no Content-Length) until the server answers or `cap` bytes are
 * written, with backpressure. Resolves with the answer's status.
 */
function postEndless(base: string, cap: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest(`${base}/api/token`, { method: 'POST', headers: json }, (res) => {
      answered = true;
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    // After the answer the server closes the connection: a write error then is expected.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (!answered && sent < cap) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('Node adapter over a loopback server', () => {
  let server: Server;
  let base: string;
  /** Bytes each connection read from its client, recorded when it closes. */
  const bytesRead: number[] = [];

  before(async () => {
    server = createTokenServer({ sdkKey: SDK_KEY, sdkSecret: SDK_SECRET, allowedOrigins: ['https://events.example.org'] });
    server.on('connection', (socket) => socket.on('close', () => bytesRead.push(socket.bytesRead)));
    base = await listen(server);
  });
  after(() => close(server));

  it('answers at / (as the sample) and at /api/token with a token that verifies', async () => {
    for (const path of ['/', '/api/token', '/api/token?via=query']) {
      const response = await fetch(base + path, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ sessionName: 'abc', role: '0', geoRegions: ['US'] }),
      });
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const claims = await verify(((await response.json()) as { signature: string }).signature);
      assert.equal(claims['tpc'], 'abc');
      assert.equal(claims['geo_regions'], 'US');
    }
  });

  it('answers 404 elsewhere, 405 for GET, 400 and 403 as the handler does', async () => {
    assert.equal((await fetch(`${base}/token`)).status, 404);
    const get = await fetch(`${base}/api/token`);
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
    const bad = await fetch(`${base}/`, { method: 'POST', headers: json, body: '{"role":0}' });
    assert.equal(bad.status, 400);
    const host = await fetch(`${base}/`, { method: 'POST', headers: json, body: '{"sessionName":"a","role":1}' });
    assert.equal(host.status, 403);
    const text = await fetch(`${base}/`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    assert.equal(text.status, 415);
  });

  it('answers an allowed preflight with 204 and refuses another origin', async () => {
    const ok = await fetch(`${base}/api/token`, {
      method: 'OPTIONS',
      headers: { origin: 'https://events.example.org', 'access-control-request-method': 'POST' },
    });
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://events.example.org');
    const refused = await fetch(`${base}/api/token`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
  });

  it('answers 413 from Content-Length and closes the connection', async () => {
    const response = await fetch(`${base}/api/token`, { method: 'POST', headers: json, body: ' '.repeat(64 * 1024) });
    assert.equal(response.status, 413);
    assert.equal(response.headers.get('connection'), 'close');
  });

  it('cuts an endless chunked body off at the limit without reading it all', async () => {
    const cap = 64 * 1024 * 1024;
    bytesRead.length = 0;
    assert.equal(await postEndless(base, cap), 413);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const read = Math.max(...bytesRead);
    // 8 KiB limit; socket buffers let a little more in (about 128 KiB here), nothing near 64 MiB.
    assert.ok(read < 1024 * 1024, `the server read ${read} bytes`);
  });
});

describe('Node adapter when the client goes away', () => {
  it('settles a request whose body never arrives, without crashing', async () => {
    const lines: TokenLogEntry[] = [];
    const server = createTokenServer({ sdkKey: SDK_KEY, sdkSecret: SDK_SECRET, log: (entry) => lines.push(entry) });
    const base = await listen(server);
    try {
      const req = httpRequest(`${base}/api/token`, { method: 'POST', headers: { ...json, 'content-length': '1000' } });
      req.on('error', () => {});
      req.write('{"sessionName":');
      await new Promise((resolve) => setTimeout(resolve, 20));
      req.destroy();
      for (let i = 0; i < 50 && lines.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      assert.deepEqual(
        lines.map((l) => l.status),
        [400],
      );
      // The server still answers.
      assert.equal((await fetch(base, { method: 'POST', headers: json, body: '{"sessionName":"a","role":0}' })).status, 200);
    } finally {
      await close(server);
    }
  });
});

describe('Node adapter for any Web handler', () => {
  it('streams the body into a Request and the Response back, with the client address', async () => {
    let seenAddress: string | undefined;
    const echo: TokenHandler = async (request) => {
      seenAddress = clientAddress(request);
      const bytes = new Uint8Array(await request.arrayBuffer());
      return new Response(JSON.stringify({ length: bytes.length, last: bytes.at(-1) }), {
        status: 201,
        headers: { 'content-type': 'application/json', 'set-cookie': 'a=1' },
      });
    };
    const server = createServer(toNodeListener(echo));
    const base = await listen(server);
    try {
      const body = new Uint8Array(1024 * 1024).fill(7);
      const response = await fetch(base, { method: 'POST', body });
      assert.equal(response.status, 201);
      assert.deepEqual(await response.json(), { length: body.length, last: 7 });
      assert.equal(response.headers.get('set-cookie'), 'a=1');
      assert.ok(isLoopbackAddress(seenAddress), String(seenAddress));
    } finally {
      await close(server);
    }
  });

  it('uses the same limits when our handler is wrapped', async () => {
    const handler = createTokenHandler({ sdkKey: SDK_KEY, sdkSecret: SDK_SECRET });
    const server = createServer(toNodeListener((request) => handler(request)));
    const base = await listen(server);
    try {
      const ok = await fetch(base, { method: 'POST', headers: json, body: '{"sessionName":"abc","role":0}' });
      assert.equal(ok.status, 200);
      assert.equal(await postEndless(base, 64 * 1024 * 1024), 413);
    } finally {
      await close(server);
    }
  });

  it('answers 500 without details when a handler throws', async () => {
    const server = createServer(
      toNodeListener(async () => {
        throw new Error(`boom ${SDK_SECRET}`);
      }),
    );
    const base = await listen(server);
    try {
      const response = await fetch(base, { method: 'POST', body: '{}' });
      assert.equal(response.status, 500);
      assert.ok(!(await response.text()).includes(SDK_SECRET));
    } finally {
      await close(server);
    }
  });

  it('passes the client address to policies', async () => {
    let seen: string | undefined;
    const handler = createTokenHandler({
      sdkKey: SDK_KEY,
      sdkSecret: SDK_SECRET,
      authorize: (request) => {
        seen = clientAddress(request);
        return { role: 0 };
      },
    });
    const server = createServer(toNodeListener(handler));
    const base = await listen(server);
    try {
      assert.equal((await fetch(base, { method: 'POST', headers: json, body: '{"sessionName":"a","role":0}' })).status, 200);
      assert.ok(isLoopbackAddress(seen), String(seen));
    } finally {
      await close(server);
    }
  });

  it('tells loopback addresses from others', () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) assert.ok(isLoopbackAddress(a), a);
    for (const a of [undefined, '10.0.0.1', '::ffff:10.0.0.1', '1270.0.0.1', 'fe80::1']) assert.ok(!isLoopbackAddress(a), String(a));
  });
});

describe('the CLI', () => {
  it('sets exit code 1 with one clear line when the secret is missing', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.join(' '));
    try {
      assert.equal(await runCli({ ZOOM_VIDEO_SDK_KEY: SDK_KEY }), undefined);
      assert.equal(process.exitCode, 1);
    } finally {
      console.error = original;
      process.exitCode = 0;
    }
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /^zoom-session-token-server: set ZOOM_VIDEO_SDK_SECRET /);
    assert.ok(!errors[0]!.includes('\n'));
  });

  const bin = fileURLToPath(new URL('../../bin/zoom-session-token-server.js', import.meta.url));
  const run = (env: Record<string, string>) => {
    // Only what the test gives: none of this machine's credentials or PORT.
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !['ZOOM_VIDEO_SDK_KEY', 'ZOOM_VIDEO_SDK_SECRET', 'PORT', 'HOST'].includes(name)),
    );
    return spawn(process.execPath, [bin], { env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  };

  it('the bin exits 1 with a clear line when the secret is missing', async () => {
    const child = run({ ZOOM_VIDEO_SDK_KEY: SDK_KEY });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const code = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(code, 1);
    assert.match(stderr.trim().split('\n').at(-1)!, /^zoom-session-token-server: set ZOOM_VIDEO_SDK_SECRET /);
  });

  it('the bin serves tokens on PORT', async () => {
    const child = run({ ZOOM_VIDEO_SDK_KEY: SDK_KEY, ZOOM_VIDEO_SDK_SECRET: SDK_SECRET, PORT: '0', HOST: '127.0.0.1' });
    try {
      let stdout = '';
      const port = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          stdout += d;
          const m = /port (\d+)/.exec(stdout);
          if (m) resolve(m[1]!);
        });
        child.on('close', (code) => reject(new Error(`exited ${code}`)));
      });
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        method: 'POST',
        headers: json,
        body: '{"sessionName":"abc","role":0}',
      });
      assert.equal(response.status, 200);
      await verify(((await response.json()) as { signature: string }).signature);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('close', resolve));
    }
  });
});
