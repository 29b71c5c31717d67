/**
 * The runtime matrix: the same requests against the token endpoint on Node (the Node adapter),
 * Bun, Deno and Cloudflare's workerd, each runtime from its npm package (devDependencies), each
 * serving on a free loopback port. Bun, Deno and workerd run the README's fetch-handler example
 * (`docs/examples/fetch-handler.js`) bundled with esbuild for a neutral platform, so the bundle
 * itself proves the handler needs no Node API. On workerd the credentials arrive as bindings
 * (`env`) and are passed as options: it has no `process.env`.
 *
 * A runtime whose binary is missing or does not start here is skipped with a printed line saying
 * why, never silently.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createTokenServer, stopTokenServer } from '../../src/server/node.js';
import { SDK_KEY, SDK_SECRET, allHeaders, verify } from './helpers.js';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
/** The origin the fetch-handler example allows. */
const ALLOWED = 'https://events.example.org';
const json = { 'content-type': 'application/json' };

const bin = (name: string) => root(`node_modules/.bin/${name}`);

interface Runtime {
  name: string;
  /** The runtime's version, or why it cannot run here. */
  version?: string;
  skip?: string;
  /** Starts the endpoint; resolves with its base URL and a stop function. */
  start(dir: string): Promise<{ base: string; stop: () => Promise<void> }>;
}

/**
 * The version of the runtime's npm package when its binary runs (`--version`), or why it cannot
 * run here.
 */
function probe(pkg: string): { version?: string; skip?: string } {
  const binary = bin(pkg);
  const r = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  if (r.error) {
    const why = (r.error as NodeJS.ErrnoException).code ?? r.error.message;
    return { skip: `${binary} cannot run here (${why}); npm ci installs it from the devDependencies` };
  }
  if (r.status !== 0) return { skip: `${binary} --version exited ${r.status}: ${(r.stderr || r.stdout).trim().split('\n')[0]}` };
  const manifest = JSON.parse(readFileSync(root(`node_modules/${pkg}/package.json`), 'utf8')) as { version: string };
  return { version: manifest.version };
}

/** Environment of a runtime process: this one's PATH and HOME, nothing of this machine's secrets. */
function baseEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = { NO_COLOR: '1' };
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[name]) env[name] = process.env[name]!;
  return { ...env, ...extra };
}

/** Spawns a runtime and waits for `pattern` (capturing the port) on stdout, stderr or fd 3. */
function serveWith(command: string, args: string[], options: { cwd: string; env: Record<string, string> }, pattern: RegExp) {
  const child: ChildProcess = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
  let output = '';
  const port = new Promise<number>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = pattern.exec(output);
      if (m) resolve(Number(m[1]));
    };
    for (const stream of [child.stdout, child.stderr, child.stdio[3]]) (stream as NodeJS.ReadableStream | null)?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${command} exited (${code}) before listening:\n${output}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  };
  return port.then(
    (p) => ({ base: `http://127.0.0.1:${p}`, stop }),
    async (error: unknown) => {
      await stop();
      throw error;
    },
  );
}

const credentials = { ZOOM_VIDEO_SDK_KEY: SDK_KEY, ZOOM_VIDEO_SDK_SECRET: SDK_SECRET };

const runtimes: Runtime[] = [
  {
    name: 'node',
    version: process.versions.node,
    async start() {
      const server: Server = createTokenServer({ sdkKey: SDK_KEY, sdkSecret: SDK_SECRET, allowedOrigins: [ALLOWED] });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop: () => stopTokenServer(server, 0) };
    },
  },
  {
    name: 'bun',
    ...probe('bun'),
    start(dir) {
      // Bun has process.env: the example's handler reads the credentials there.
      writeFileSync(
        join(dir, 'serve-bun.js'),
        "import worker from './worker.js';\n" +
          "const server = Bun.serve({ hostname: '127.0.0.1', port: 0, fetch: (request) => worker.fetch(request) });\n" +
          'console.log(`listening on port ${server.port}`);\n',
      );
      return serveWith(bin('bun'), ['serve-bun.js'], { cwd: dir, env: baseEnv(credentials) }, /listening on port (\d+)/);
    },
  },
  {
    name: 'deno',
    ...probe('deno'),
    start(dir) {
      // `deno serve` runs the example's `export default { fetch }` as the README says.
      return serveWith(
        bin('deno'),
        ['serve', '--host', '127.0.0.1', '--port', '0', '--allow-env=ZOOM_VIDEO_SDK_KEY,ZOOM_VIDEO_SDK_SECRET', 'worker.js'],
        { cwd: dir, env: baseEnv({ ...credentials, DENO_DIR: join(dir, 'deno-dir'), DENO_NO_UPDATE_CHECK: '1' }) },
        /Listening on http:\/\/127\.0\.0\.1:(\d+)/,
      );
    },
  },
  {
    name: 'workerd',
    ...probe('workerd'),
    start(dir) {
      // As on Cloudflare Workers: the secrets are bindings, handed to `fetch` as `env`.
      writeFileSync(
        join(dir, 'config.capnp'),
        `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "tokens", worker = .tokens) ],
  sockets = [ (name = "http", address = "127.0.0.1:0", http = (), service = "tokens") ],
);
const tokens :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "worker.js") ],
  compatibilityDate = "2025-09-01",
  bindings = [
    (name = "ZOOM_VIDEO_SDK_KEY", text = ${JSON.stringify(SDK_KEY)}),
    (name = "ZOOM_VIDEO_SDK_SECRET", text = ${JSON.stringify(SDK_SECRET)}),
  ],
);
`,
      );
      // No credentials in its environment: only the bindings can supply them.
      return serveWith(bin('workerd'), ['serve', 'config.capnp', '--control-fd=3'], { cwd: dir, env: baseEnv() }, /"port":(\d+)/);
    },
  },
];

let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'token-runtimes-'));
  // Bundled for no platform in particular: a Node built-in anywhere in the handler fails the build.
  await build({
    entryPoints: [root('docs/examples/fetch-handler.js')],
    outfile: join(dir, 'worker.js'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
    plugins: [
      {
        name: 'this-package',
        setup(b) {
          b.onResolve({ filter: /^zoom-session-element\/server$/ }, () => ({ path: root('src/server/index.ts') }));
        },
      },
    ],
  });
});

after(() => rmSync(dir, { recursive: true, force: true }));

/** Every answer's text and headers, checked at the end for the secret. */
const seen: string[] = [];

async function send(url: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(url, init);
  const text = await response.text();
  seen.push(text, allHeaders(response.headers));
  return { status: response.status, headers: response.headers, text };
}

const errorsOf = (text: string) => (JSON.parse(text) as { errors: { property: string; reason: string }[] }).errors;

for (const runtime of runtimes) {
  const label = `${runtime.name} ${runtime.version ?? ''}`.trim();
  if (runtime.skip !== undefined) console.log(`runtime matrix: skipping ${runtime.name}: ${runtime.skip}`);

  describe(`token endpoint on ${label}`, { skip: runtime.skip ?? false }, () => {
    let base: string;
    let stop: () => Promise<void> = async () => {};
    let url: string;

    before(async () => {
      ({ base, stop } = await runtime.start(dir));
      url = `${base}/api/token`;
    });
    after(() => stop());

    it('200: a token that verifies, with the claims asked for', async () => {
      for (const path of ['/', '/api/token']) {
        const r = await send(base + path, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({ sessionName: 'Spring Plenary', role: 0, userIdentity: 'user-42', expirationSeconds: 3600 }),
        });
        assert.equal(r.status, 200, `${path}: ${r.text}`);
        assert.equal(r.headers.get('cache-control'), 'no-store');
        const claims = await verify((JSON.parse(r.text) as { signature: string }).signature);
        assert.equal(claims['app_key'], SDK_KEY);
        assert.equal(claims['tpc'], 'Spring Plenary');
        assert.equal(claims['role_type'], 0);
        assert.equal(claims['user_key'], 'user-42');
        assert.equal(claims.exp! - claims.iat!, 3600);
      }
    });

    it('400: fields that break the rules, and JSON that does not parse', async () => {
      const fields = await send(url, { method: 'POST', headers: json, body: '{"role":0}' });
      assert.equal(fields.status, 400, fields.text);
      assert.deepEqual(errorsOf(fields.text).map((e) => e.property), ['sessionName']);
      const broken = await send(url, { method: 'POST', headers: json, body: '{"sessionName":' });
      assert.equal(broken.status, 400, broken.text);
      assert.deepEqual(errorsOf(broken.text), [{ property: 'body', reason: 'The request body is not valid JSON.' }]);
    });

    it('403: a host token nobody granted', async () => {
      const r = await send(url, { method: 'POST', headers: json, body: '{"sessionName":"a","role":1}' });
      assert.equal(r.status, 403, r.text);
      assert.equal(errorsOf(r.text)[0]!.property, 'role');
    });

    it('405: GET, with Allow', async () => {
      const r = await send(url);
      assert.equal(r.status, 405, r.text);
      assert.equal(r.headers.get('allow'), 'POST, OPTIONS');
    });

    it('413: a body over 8 KiB, declared or streamed', async () => {
      const large = JSON.stringify({ sessionName: 'a', role: 0, pad: 'x'.repeat(16 * 1024) });
      const declared = await send(url, { method: 'POST', headers: json, body: large });
      assert.equal(declared.status, 413, declared.text);
      // Chunked, no Content-Length: 9 KiB in three chunks, the limit passed with the last one (so
      // the server answers once the client has sent nearly everything, not mid-upload).
      const chunk = new TextEncoder().encode(large.slice(0, 3072));
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 3) controller.enqueue(chunk);
          else controller.close();
        },
      });
      const streamed = await send(url, { method: 'POST', headers: json, body, duplex: 'half' } as RequestInit);
      assert.equal(streamed.status, 413, streamed.text);
    });

    it('415: a body not sent as JSON', async () => {
      const r = await send(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"sessionName":"a","role":0}' });
      assert.equal(r.status, 415, r.text);
    });

    it('CORS: an allowed origin gets its preflight and its headers', async () => {
      const preflight = await send(url, {
        method: 'OPTIONS',
        headers: { origin: ALLOWED, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), ALLOWED);
      assert.equal(preflight.headers.get('access-control-allow-methods'), 'POST, OPTIONS');
      const r = await send(url, { method: 'POST', headers: { ...json, origin: ALLOWED }, body: '{"sessionName":"a","role":0}' });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.headers.get('access-control-allow-origin'), ALLOWED);
      assert.match(r.headers.get('vary') ?? '', /Origin/);
    });

    it('CORS: another origin is refused', async () => {
      const other = 'https://elsewhere.example';
      const preflight = await send(url, { method: 'OPTIONS', headers: { origin: other, 'access-control-request-method': 'POST' } });
      assert.equal(preflight.status, 403, preflight.text);
      assert.equal(preflight.headers.get('access-control-allow-origin'), null);
      const r = await send(url, { method: 'POST', headers: { ...json, origin: other }, body: '{"sessionName":"a","role":0}' });
      assert.equal(r.headers.get('access-control-allow-origin'), null);
    });

    it('404 elsewhere, and no answer holds the secret', async () => {
      assert.equal((await send(`${base}/elsewhere`, { method: 'POST', headers: json, body: '{}' })).status, 404);
      assert.ok(seen.length > 0);
      for (const text of seen) assert.ok(!text.includes(SDK_SECRET));
    });
  });
}
