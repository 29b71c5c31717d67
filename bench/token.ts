/**
 * `npm run bench:token`: throughput and p99 latency of the token endpoint's Node adapter against a
 * bare `node:http` server that signs the same JWT with jose and validates nothing. Each server
 * runs in its own process on 127.0.0.1 (an ephemeral port); autocannon drives 50 connections for
 * 10 s each, after a short warm-up. Goal: at least 85% of the bare server's requests/s, p99 < 20 ms.
 *
 * Not a test: figures depend on the machine. `BENCH_SECONDS` shortens or lengthens each run;
 * `BENCH_PIN=0` leaves the processes unpinned.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { SignJWT } from 'jose';
import { createTokenServer } from '../src/server/node.js';

const SDK_KEY = 'bench-key';
const SDK_SECRET = 'bench-secret-not-real-0123456789abcdef';
const BODY = JSON.stringify({ sessionName: 'Spring Plenary', role: 0, expirationSeconds: 7200, userIdentity: 'user-42' });
const CONNECTIONS = 50;
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const WARMUP_SECONDS = 2;

type Kind = 'adapter' | 'bare';

/** The baseline: read the body, sign the same claims, answer. No validation, no policy, no CORS. */
async function bareServer() {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(SDK_SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { sessionName: string; role: 0 | 1; userIdentity?: string };
      const iat = Math.floor(Date.now() / 1000) - 30;
      const token = await new SignJWT({
        app_key: SDK_KEY,
        role_type: body.role,
        tpc: body.sessionName,
        version: 1,
        iat,
        exp: iat + 7200,
        video_webrtc_mode: 1,
        audio_webrtc_mode: 1,
        user_key: body.userIdentity,
      })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .sign(key);
      const answer = JSON.stringify({ signature: token });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) });
      res.end(answer);
    });
  });
}

async function serve(kind: Kind): Promise<void> {
  const server = kind === 'bare' ? await bareServer() : createTokenServer({ sdkKey: SDK_KEY, sdkSecret: SDK_SECRET });
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
  // CPU time of the whole server process (main thread and the thread pool that runs HMAC), per
  // measured run: steadier than requests/s when the machine's cores are shared.
  let since = process.cpuUsage();
  process.on('message', (m) => {
    if (m === 'start') since = process.cpuUsage();
    else {
      const used = process.cpuUsage(since);
      process.send!({ cpuMicros: used.user + used.system });
    }
  });
  process.on('disconnect', () => process.exit(0));
}

/**
 * On a small machine the load generator and the server fight for the same cores, and the figures
 * swing by 20% from run to run. Where `taskset` exists (Linux, 2 or more cores), each server runs
 * on its own core and autocannon on another, the same for both servers.
 */
const PIN =
  process.env['BENCH_PIN'] !== '0' &&
  process.platform === 'linux' &&
  availableParallelism() >= 2 &&
  spawnSync('taskset', ['-c', '0', 'true']).status === 0;

function start(kind: Kind): Promise<{ child: ChildProcess; url: string }> {
  // Same loader flags (tsx) as this process, so the child runs TypeScript too.
  const args = [...process.execArgv];
  const child = fork(fileURLToPath(import.meta.url), ['--serve', kind], PIN
    ? { execPath: 'taskset', execArgv: ['-c', '1', process.execPath, ...args] }
    : { execArgv: args });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, url: `http://127.0.0.1:${(m as { port: number }).port}/` }));
    child.once('exit', (code) => reject(new Error(`${kind} server exited (${code})`)));
  });
}

function load(url: string, duration: number): Promise<autocannon.Result> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: BODY,
  });
}

interface Figures {
  rps: number;
  p99: number;
  /** Server CPU time per answered request, in microseconds. */
  cpu: number;
  errors: number;
  non2xx: number;
}

async function measure(kind: Kind): Promise<Figures> {
  const { child, url } = await start(kind);
  try {
    await load(url, WARMUP_SECONDS);
    child.send('start');
    const r = await load(url, SECONDS);
    const cpu = new Promise<number>((resolve) => child.once('message', (m) => resolve((m as { cpuMicros: number }).cpuMicros)));
    child.send('stop');
    return { rps: r.requests.average, p99: r.latency.p99, cpu: (await cpu) / r.requests.total, errors: r.errors + r.timeouts, non2xx: r.non2xx };
  } finally {
    child.disconnect();
  }
}

async function main(): Promise<void> {
  // The load generator keeps the other core for itself.
  if (PIN) spawnSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)]);
  console.log(
    `token endpoint benchmark: ${CONNECTIONS} connections, ${SECONDS} s per server (after ${WARMUP_SECONDS} s warm-up), ` +
      (PIN ? 'server on core 1, autocannon on core 0' : 'processes not pinned to cores'),
  );
  const bare = await measure('bare');
  const adapter = await measure('adapter');
  const row = (name: string, m: Figures) =>
    `${name.padEnd(34)} ${m.rps.toFixed(0).padStart(8)} req/s   p99 ${String(m.p99).padStart(3)} ms   ` +
    `server CPU ${m.cpu.toFixed(1)} µs/request   errors ${m.errors}   non-2xx ${m.non2xx}`;
  console.log(row('bare node:http + jose (baseline)', bare));
  console.log(row('zoom-session token server', adapter));
  const ratio = adapter.rps / bare.rps;
  const ok = ratio >= 0.85 && adapter.p99 < 20 && adapter.errors === 0 && adapter.non2xx === 0;
  console.log(
    `ratio ${(ratio * 100).toFixed(1)}% of the baseline's requests/s (goal >= 85%), p99 ${adapter.p99} ms (goal < 20 ms): ` +
      `${ok ? 'met' : 'NOT met'}; CPU per request ${((bare.cpu / adapter.cpu) * 100).toFixed(1)}% as efficient as the baseline`,
  );
}

const serveAt = process.argv.indexOf('--serve');
if (serveAt !== -1) await serve(process.argv[serveAt + 1] as Kind);
else await main();
