/**
 * `npm run smoke:live` where it cannot run: without credentials, Chromium or a route to Zoom it
 * says what is missing, one line each, exits 0, and builds or launches nothing. Zoom is replaced
 * by names and servers that cannot answer (`zoom.invalid`, a local port that hangs or refuses), so
 * the test says the same on a machine with a network.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findCredentials, parseDotenv } from './preflight.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const script = join(root, 'test/live/smoke.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let dir: string;

/** Runs the smoke test with only the environment given (no ZOOM_VIDEO_SDK_* from this shell). */
function smoke(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('ZOOM_VIDEO_SDK_')));
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, '--out', join(dir, 'out'), ...args],
      // Any existing file stands for Chromium: the test must not depend on one being installed.
      { cwd: root, env: { ...clean, CHROME_PATH: process.execPath, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The indented lines after the "did not run" line. */
function missing(run: Run): string[] {
  const lines = run.stdout.trimEnd().split('\n');
  assert.equal(lines[0], 'smoke:live did not run (nothing was built or launched):', run.stdout + run.stderr);
  return lines.slice(1).map((l) => l.trim());
}

async function envDir(text: string): Promise<string> {
  const path = await mkdtemp(join(dir, 'env-'));
  await writeFile(join(path, '.env.local'), text);
  return path;
}

function listen(server: Server): Promise<number> {
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok((server.address() as { port: number }).port)));
}

describe('npm run smoke:live where it cannot run', { concurrency: true }, () => {
  const sockets = new Set<Socket>();
  // Takes TLS connections and never answers: Zoom behind a network that swallows packets.
  const hanging = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  let hangingPort = 0;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zse-smoke-test-'));
    hangingPort = await listen(hanging);
  });

  after(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((ok) => hanging.close(ok));
    await rm(dir, { recursive: true, force: true });
  });

  it('says which credentials are missing and that Zoom cannot be found, and exits 0', async () => {
    const empty = await mkdtemp(join(dir, 'empty-'));
    const run = await smoke(['--env-dir', empty, '--zoom-url', 'https://zoom.invalid/']);
    assert.equal(run.code, 0, run.stderr);
    const lines = missing(run);
    assert.equal(lines.length, 3, run.stdout);
    assert.match(lines[0]!, /^no ZOOM_VIDEO_SDK_KEY \(set it in the environment or in \.env\.local\)$/);
    assert.match(lines[1]!, /^no ZOOM_VIDEO_SDK_SECRET \(/);
    assert.match(lines[2]!, /^zoom\.invalid is not reachable: DNS (failed|did not answer)/);
    assert.equal(existsSync(join(dir, 'out')), false, 'nothing may be written when the test does not run');
  });

  it('reads credentials from .env.local, never prints the secret, and says Zoom does not answer', async () => {
    const secret = 'smoke-test-secret-0123456789abcdef';
    const env = await envDir(`# local credentials\nZOOM_VIDEO_SDK_KEY=smoke-key\nZOOM_VIDEO_SDK_SECRET="${secret}"\n`);
    const started = Date.now();
    const run = await smoke(['--env-dir', env, '--zoom-url', `https://127.0.0.1:${hangingPort}/`, '--probe-timeout', '0.5']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(missing(run), [`127.0.0.1:${hangingPort} is not reachable: no HTTPS answer within 0.5 s`]);
    assert.ok(!run.stdout.includes(secret) && !run.stderr.includes(secret), 'the secret must never be printed');
    assert.ok(Date.now() - started < 30_000, 'a run that will not happen must not build anything');
    assert.equal(existsSync(join(dir, 'out')), false);
  });

  it('names a refused connection, a missing secret and a missing Chromium', async () => {
    const closed = createServer();
    const port = await listen(closed);
    await new Promise((ok) => closed.close(ok));
    const empty = await mkdtemp(join(dir, 'empty-'));
    const run = await smoke(['--env-dir', empty, '--zoom-url', `https://127.0.0.1:${port}/`], {
      ZOOM_VIDEO_SDK_KEY: 'smoke-key',
      CHROME_PATH: join(dir, 'no-chromium-here'),
    });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(missing(run), [
      `no Chromium at ${join(dir, 'no-chromium-here')} (apt-get install -y chromium, or set CHROME_PATH)`,
      'no ZOOM_VIDEO_SDK_SECRET (set it in the environment or in .env.local)',
      `127.0.0.1:${port} is not reachable: connection refused`,
    ]);
  });

  it('refuses bad options with exit 2', async () => {
    const run = await smoke(['--participants', '5']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--participants is 2 or 3/);
  });
});

describe('smoke:live credentials', () => {
  it('reads dotenv lines: comments, export, quotes', () => {
    assert.deepEqual(
      parseDotenv('# c\nexport A=1\nB = "two words"\nC=\'3\'\nD=4 # note\n  # E=5\nnot a line\n'),
      { A: '1', B: 'two words', C: '3', D: '4' },
    );
  });

  it('takes the environment over .env.local, and refuses values with blanks around them', async () => {
    const d = await mkdtemp(join(tmpdir(), 'zse-smoke-creds-'));
    try {
      await writeFile(join(d, '.env.local'), 'ZOOM_VIDEO_SDK_KEY=file-key\nZOOM_VIDEO_SDK_SECRET=file-secret\n');
      assert.deepEqual(findCredentials({ ZOOM_VIDEO_SDK_KEY: 'env-key' }, d), {
        credentials: { sdkKey: 'env-key', sdkSecret: 'file-secret', source: 'the environment and .env.local' },
        problems: [],
      });
      assert.deepEqual(findCredentials({ ZOOM_VIDEO_SDK_SECRET: 'secret\n' }, d).problems, [
        'ZOOM_VIDEO_SDK_SECRET (from the environment) has blanks before or after it: remove them',
      ]);
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });
});
