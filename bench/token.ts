/**
 * `npm run bench:token`: throughput and p99 latency of the token endpoint's Node adapter against
 * two bare `node:http` servers that sign the same JWT and validate nothing: one with jose (Web
 * Crypto, asynchronous), and the floor, one with synchronous `node:crypto` HMAC. Each server runs
 * in its own process on 127.0.0.1 (an ephemeral port); autocannon drives 50 connections, 5 s per
 * server in each of 3 rounds (after a short warm-up), the servers taking turns so that a change
 * in the machine's load hits all three alike. Goal: at least 0.8 of the synchronous-HMAC floor's
 * requests/s (the median of the rounds' ratios), p99 < 20 ms. The machine may be shared: compare
 * the ratios, not the absolute figures.
 *
 * Not a test: figures depend on the machine. `BENCH_SECONDS` and `BENCH_ROUNDS` change the runs;
 * `BENCH_PIN=0` leaves the processes unpinned.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { createHmac, createSecretKey } from 'node:crypto';
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
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const WARMUP_SECONDS = 2;

type Kind = 'adapter' | 'jose' | 'hmac';

/** The claims the bare servers sign: those the token server signs for BODY. */
function claimsOf(body: { sessionName: string; role: 0 | 1; userIdentity?: string }) {
  const iat = Math.floor(Date.now() / 1000) - 30;
  return {
    app_key: SDK_KEY,
    role_type: body.role,
    tpc: body.sessionName,
    version: 1,
    iat,
    exp: iat + 7200,
    video_webrtc_mode: 1,
    audio_webrtc_mode: 1,
    user_key: body.userIdentity,
  };
}

type Sign = (claims: ReturnType<typeof claimsOf>) => string | Promise<string>;

/** jose over Web Crypto, as the handler signs on every runtime but Node. */
async function joseSign(): Promise<Sign> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(SDK_SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return (claims) => new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(key);
}

/** Synchronous node:crypto HMAC: the floor, the least work a Node server can do for a token. */
function hmacSign(): Sign {
  const key = createSecretKey(Buffer.from(SDK_SECRET));
  const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
  return (claims) => {
    const input = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    return `${input}.${createHmac('sha256', key).update(input).digest('base64url')}`;
  };
}

/** A bare server: read the body, sign the same claims, answer. No validation, no policy, no CORS. */
function bareServer(sign: Sign) {
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { sessionName: string; role: 0 | 1; userIdentity?: string };
      const token = await sign(claimsOf(body));
      const answer = JSON.stringify({ signature: token });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) });
      res.end(answer);
    });
  });
}

async function serve(kind: Kind): Promise<void> {
  const server =
    kind === 'jose'
      ? bareServer(await joseSign())
      : kind === 'hmac'
        ? bareServer(hmacSign())
        : createTokenServer({ sdkKey: SDK_KEY, sdkSecret: SDK_SECRET });
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

const median = (values: number[]): number => {
  const v = [...values].sort((x, y) => x - y);
  const mid = v.length >> 1;
  return v.length % 2 === 1 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
};

async function measure(server: { child: ChildProcess; url: string }): Promise<Figures> {
  const { child, url } = server;
  child.send('start');
  const r = await load(url, SECONDS);
  const cpu = new Promise<number>((resolve) => child.once('message', (m) => resolve((m as { cpuMicros: number }).cpuMicros)));
  child.send('stop');
  return { rps: r.requests.average, p99: r.latency.p99, cpu: (await cpu) / r.requests.total, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

async function main(): Promise<void> {
  // The load generator keeps the other core for itself.
  if (PIN) spawnSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)]);
  console.log(
    `token endpoint benchmark: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per server (after ${WARMUP_SECONDS} s warm-up), ` +
      (PIN ? 'servers on core 1, autocannon on core 0' : 'processes not pinned to cores'),
  );
  const kinds: Kind[] = ['hmac', 'jose', 'adapter'];
  const servers = new Map<Kind, { child: ChildProcess; url: string }>();
  try {
    for (const kind of kinds) servers.set(kind, await start(kind));
    for (const kind of kinds) await load(servers.get(kind)!.url, WARMUP_SECONDS);
    const runs = new Map<Kind, Figures[]>(kinds.map((k) => [k, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // A different order each round, so no server always follows the same one.
      for (let i = 0; i < kinds.length; i++) {
        const kind = kinds[(i + round) % kinds.length]!;
        runs.get(kind)!.push(await measure(servers.get(kind)!));
      }
    }
    const summary = (kind: Kind): Figures => {
      const r = runs.get(kind)!;
      return {
        rps: median(r.map((f) => f.rps)),
        p99: median(r.map((f) => f.p99)),
        cpu: median(r.map((f) => f.cpu)),
        errors: r.reduce((n, f) => n + f.errors, 0),
        non2xx: r.reduce((n, f) => n + f.non2xx, 0),
      };
    };
    const row = (name: string, m: Figures) =>
      `${name.padEnd(42)} ${m.rps.toFixed(0).padStart(7)} req/s   p99 ${String(m.p99).padStart(3)} ms   ` +
      `server CPU ${m.cpu.toFixed(1).padStart(5)} µs/request   errors ${m.errors}   non-2xx ${m.non2xx}`;
    const [hmac, jose, adapter] = kinds.map(summary) as [Figures, Figures, Figures];
    console.log(`medians of ${ROUNDS} rounds:`);
    console.log(row('bare node:http + node:crypto HMAC (floor)', hmac));
    console.log(row('bare node:http + jose', jose));
    console.log(row('zoom-session token server', adapter));
    const perRound = (of: Kind) => runs.get('adapter')!.map((f, i) => f.rps / runs.get(of)![i]!.rps);
    const ratio = median(perRound('hmac'));
    const ok = ratio >= 0.8 && adapter.p99 < 20 && adapter.errors === 0 && adapter.non2xx === 0;
    console.log(`ratio to the floor per round: ${perRound('hmac').map((r) => r.toFixed(2)).join(', ')}`);
    console.log(
      `ratio ${ratio.toFixed(2)} of the synchronous-HMAC floor's requests/s (goal >= 0.80), ` +
        `${median(perRound('jose')).toFixed(2)} of bare jose's; p99 ${adapter.p99} ms (goal < 20 ms): ${ok ? 'met' : 'NOT met'}; ` +
        `CPU per request ${(hmac.cpu / adapter.cpu).toFixed(2)} of the floor's efficiency`,
    );
  } finally {
    for (const { child } of servers.values()) child.disconnect();
  }
}

const serveAt = process.argv.indexOf('--serve');
if (serveAt !== -1) await serve(process.argv[serveAt + 1] as Kind);
else await main();
