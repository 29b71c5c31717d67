import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { jwtVerify } from 'jose';
import { createLogger, createServer, type Logger, type ViteDevServer } from 'vite';
import { DEMO_SDK_KEY, DEMO_SDK_SECRET, zoomSessionDev, type ZoomSessionDevOptions } from '../../src/server/vite.js';
import { SDK_KEY, SDK_SECRET, verify } from './helpers.js';

/** A logger that keeps warnings, so the test can count them. */
function recordingLogger(): Logger & { warnings: string[] } {
  const logger = createLogger('silent');
  const warnings: string[] = [];
  return { ...logger, warn: (message: string) => void warnings.push(message), warnings };
}

/** A real Vite dev server with only this plugin, in an empty folder, on an ephemeral port. */
async function devServer(options: ZoomSessionDevOptions, logger: Logger): Promise<{ server: ViteDevServer; base: string }> {
  const root = mkdtempSync(join(tmpdir(), 'zoom-session-vite-'));
  const server = await createServer({
    configFile: false,
    root,
    envDir: false,
    logLevel: 'silent',
    customLogger: logger,
    plugins: [zoomSessionDev(options)],
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { host: '127.0.0.1', port: 0, ws: false, watch: null },
  });
  await server.listen();
  server.httpServer!.once('close', () => rmSync(root, { recursive: true, force: true }));
  return { server, base: `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}` };
}

const tokenRequest = (role: number) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ sessionName: 'dev-session', role }),
});

describe('zoomSessionDev without credentials', () => {
  let server: ViteDevServer;
  let base: string;
  const logger = recordingLogger();
  const saved = { key: process.env['ZOOM_VIDEO_SDK_KEY'], secret: process.env['ZOOM_VIDEO_SDK_SECRET'] };

  before(async () => {
    delete process.env['ZOOM_VIDEO_SDK_KEY'];
    delete process.env['ZOOM_VIDEO_SDK_SECRET'];
    ({ server, base } = await devServer({ crossOriginIsolation: true }, logger));
  });
  after(async () => {
    await server.close();
    if (saved.key !== undefined) process.env['ZOOM_VIDEO_SDK_KEY'] = saved.key;
    if (saved.secret !== undefined) process.env['ZOOM_VIDEO_SDK_SECRET'] = saved.secret;
  });

  it('signs with the labelled demo credentials and says once that joins will fail', async () => {
    const response = await fetch(`${base}/api/token`, tokenRequest(0));
    assert.equal(response.status, 200);
    const { signature } = (await response.json()) as { signature: string };
    const { payload } = await jwtVerify(signature, new TextEncoder().encode(DEMO_SDK_SECRET));
    assert.equal(payload['app_key'], DEMO_SDK_KEY);
    assert.ok(DEMO_SDK_SECRET.length >= 32);
    const demo = logger.warnings.filter((w) => w.includes('demo credentials'));
    assert.equal(demo.length, 1);
    assert.match(demo[0]!, /every join will fail/);
    assert.ok(!demo[0]!.includes(DEMO_SDK_SECRET), 'the secret is not logged');
  });

  it('lets a caller on this machine join as host', async () => {
    const response = await fetch(`${base}/api/token`, tokenRequest(1));
    assert.equal(response.status, 200);
  });

  it("serves the SDK's assets at /lib with the right types", async () => {
    const wasm = await fetch(`${base}/lib/audio.encode.wasm`, { method: 'HEAD' });
    assert.equal(wasm.status, 200);
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    assert.ok(Number(wasm.headers.get('content-length')) > 1000);
    const js = await fetch(`${base}/lib/graphics.min.js`);
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.ok((await js.text()).length > 1000);
    const escape = await fetch(`${base}/lib/..%2f..%2fpackage.json`);
    assert.notEqual(escape.headers.get('content-type'), 'application/json');
  });

  it('makes the page cross-origin isolated when asked', async () => {
    for (const path of ['/', '/lib/graphics.min.js', '/api/token']) {
      const response = await fetch(base + path, { method: 'HEAD' });
      assert.equal(response.headers.get('cross-origin-opener-policy'), 'same-origin', path);
      assert.equal(response.headers.get('cross-origin-embedder-policy'), 'require-corp', path);
    }
  });
});

describe('zoomSessionDev with credentials', () => {
  it('uses them, warns about nothing, and sends no isolation headers by default', async () => {
    const logger = recordingLogger();
    const { server, base } = await devServer({ token: { sdkKey: SDK_KEY, sdkSecret: SDK_SECRET } }, logger);
    try {
      const response = await fetch(`${base}/api/token`, tokenRequest(0));
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cross-origin-embedder-policy'), null);
      const claims = await verify(((await response.json()) as { signature: string }).signature);
      assert.equal(claims['app_key'], SDK_KEY);
      assert.deepEqual(logger.warnings, []);
    } finally {
      await server.close();
    }
  });
});
