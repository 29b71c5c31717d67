/**
 * `npm run bench`: how fast `<zoom-session>` is for the people who use it, in Debian's headless
 * Chromium on loopback. Printed figures, not tests: they depend on the machine.
 *
 *  (a) Cold load: a page with the standalone file (dist/standalone/zoom-session.js) until the
 *      Join button is in the element's shadow root, against a page with a bare Lit element
 *      (bench/pages/bare-element.ts) measured in the same run. New browser context and cache
 *      disabled for every load. The goal's figure is the ratio of the two medians; the loads come
 *      in blocks of four (bare, element, element, bare), and the median of the blocks' ratios is
 *      printed too, as a check on the machine's drift during the run. Also printed: for each page,
 *      the time from the arrival of its file to the Join button (the element's own work). Goal:
 *      ratio at most 1.15.
 *  (b) Click on Join to the SDK's `client.join` call, tokens signed in the page (`devSigner`), the
 *      SDK already loaded and initialised (bench/pages/join.ts). Goal: median under 15 ms.
 *  (c) The same with the element's own provider for its `token-endpoint` (`remoteTokenProvider`)
 *      and the token handler a Node server gets (`createTokenHandler` of `src/server/node.ts`,
 *      through `toNodeListener`) on the same loopback server, in a child process. Printed beside
 *      it: the request's own time (Resource Timing), split into before sending, waiting for the
 *      first byte (with the server's own time, from its `request` event to the answer handed to
 *      the kernel) and the rest of the body; and the same request from the page at rest, with
 *      no join beside it. Goals: median under 10 ms, the provider within 3 ms of its request.
 *      Beside (c), its floor: a page with nothing but a button (bench/pages/bare-join.ts: no Lit,
 *      no element, no SDK) whose click asks the same server through the same `remoteTokenProvider`,
 *      clicked the same way: what a click and one loopback request cost
 *      any page on this machine and browser, so that (c) can be read against it.
 *
 * Diagnostics: `BENCH_TRACE=file.json` adds a trace of joins (c), with the server's moments on the
 * same time line; `BENCH_ONLY=trace` makes only that trace; `BENCH_ONLY=cold` and `BENCH_ONLY=join`
 * measure only (a), or only (b) and (c); `BENCH_TOKEN_SIGNER=web` gives the server the Web Crypto
 * handler (jose, as on Deno or Workers) instead of Node's; `BENCH_ONLY=trace-cold` traces cold
 * loads and sums the main thread's CPU by event (`BENCH_VARIANTS=name=dir,...` puts other builds
 * of the standalone file beside it); `BENCH_ONLY=profile-cold` samples their JavaScript.
 *
 * Figures of (b) and (c) are medians of `BENCH_RUNS` joins (default 7), after warm-up joins that
 * are not counted; (a) makes `BENCH_LOAD_RUNS` loads of each page (default 20, even), after two
 * warm-up pairs. The standalone file is built first (`npx tsx scripts/build.ts standalone`);
 * `BENCH_SKIP_BUILD=1` uses the one in dist/standalone as it is.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { createTokenHandler, toNodeListener } from '../src/server/node.js';
import { createTokenHandler as createWebTokenHandler } from '../src/server/token-handler.js';
import type { JoinSample, TokenRequestTiming } from './pages/samples.js';
import { profileColdLoads, traceColdLoads, traceJoins } from './trace.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 7));
/** Cold loads swing by tens of milliseconds from one to the next on a small machine: more of them (an even number: blocks of two pairs). */
const LOAD_RUNS = Math.max(2, 2 * Math.ceil(Number(process.env['BENCH_LOAD_RUNS'] ?? 20) / 2));
const WARMUP = 2;
const LOAD_GOAL_RATIO = 1.15;
const SIGNER_GOAL_MS = 15;
const REMOTE_GOAL_MS = 10;
/** How much longer than its own request the token provider may take. */
const REMOTE_GAP_GOAL_MS = 3;
const executablePath = process.env['CHROME_PATH'] || '/usr/bin/chromium';

// ----- builds ------------------------------------------------------------------------------------

const quiet = { logLevel: 'warn' as const, configFile: false as const, publicDir: false as const };

async function buildBare(outDir: string): Promise<void> {
  // Built as scripts/build.ts builds the standalone file: Vite, rolldown's full minification.
  await build({
    ...quiet,
    root,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      rolldownOptions: {
        input: { 'bare-element': join(root, 'bench/pages/bare-element.ts') },
        preserveEntrySignatures: 'allow-extension',
        output: { entryFileNames: '[name].js', minify: true },
      },
    },
  });
}

async function buildJoinPage(outDir: string): Promise<void> {
  await build({
    ...quiet,
    root: join(root, 'bench/pages'),
    base: '/join/',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: ['join.html', 'bare-join.html'].map((page) => join(root, 'bench/pages', page)) },
    },
  });
}

// ----- a static server on loopback ------------------------------------------------------------------

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** The cold-load pages: the same markup around each element, and the same probe. */
function coldPage(script: string, tag: string, attributes: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>cold load: ${tag}</title>
    <script type="module" src="${script}"></script>
    <script type="module">
      // The moment the Join button is in the element's shadow root (the first update that renders
      // it), not \`updateComplete\`: <zoom-session> renders its preview's contents in an update after
      // the first paint, and its \`updateComplete\` waits for that one too.
      await customElements.whenDefined('${tag}');
      const root = document.querySelector('${tag}').shadowRoot;
      const button = () => root.querySelector('#join-button');
      if (!button()) {
        await new Promise((done, fail) => {
          const observer = new MutationObserver(() => button() && (observer.disconnect(), done()));
          observer.observe(root, { childList: true, subtree: true });
          setTimeout(() => fail(new Error('${tag} rendered no Join button')), 10000);
        });
      }
      window.renderedAt = performance.now();
      window.scriptArrivedAt = performance.getEntriesByName(new URL('${script}', location.href).href)[0]?.responseEnd;
      // For traces (bench/trace.ts): the same two moments as marks.
      performance.mark('bench:script-arrived', { startTime: window.scriptArrivedAt });
      performance.mark('bench:rendered', { startTime: window.renderedAt });
      requestAnimationFrame(() => setTimeout(() => performance.mark('bench:painted')));
    </script>
  </head>
  <body>
    <h1>Spring Workshop 2026: Plenary</h1>
    <${tag}${attributes}></${tag}>
  </body>
</html>`;
}

const PAGES: Record<string, string> = {
  '/cold/bare.html': coldPage('/bare/bare-element.js', 'bare-element', ''),
  '/cold/standalone.html': coldPage(
    '/standalone/zoom-session.js',
    'zoom-session',
    ' session-name="spring-workshop-plenary" token-endpoint="/api/token"',
  ),
};

// BENCH_VARIANTS=name=dir,...: other builds of the standalone file, traced beside it (trace-cold).
const variants = Object.fromEntries(
  (process.env['BENCH_VARIANTS'] ?? '')
    .split(',')
    .filter(Boolean)
    .map((v) => v.split('=') as [string, string]),
);
for (const name of Object.keys(variants)) {
  PAGES[`/cold/${name}.html`] = coldPage(`/${name}/zoom-session.js`, 'zoom-session', ' session-name="spring-workshop-plenary" token-endpoint="/api/token"');
}

/** One token request as the server saw it, on the monotonic clock that Chromium's traces use too. */
export interface ServerTiming {
  /** Microseconds: the request's headers parsed (Node's `request` event). */
  arrived: number;
  /** Microseconds: the answer handed to the kernel (the response's `finish` event). */
  answered: number;
  /** Whether the request came on a connection of its own (no keep-alive reuse). */
  newConnection: boolean;
}

const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

function serve(folders: Record<string, string>, log: ServerTiming[]): Server {
  // The handler a Node server gets (README: on Node, `createTokenHandler` of `.../server/node`, which
  // signs with node:crypto); BENCH_TOKEN_SIGNER=web puts the Web Crypto one (jose) there instead.
  const make = process.env['BENCH_TOKEN_SIGNER'] === 'web' ? createWebTokenHandler : createTokenHandler;
  const tokens = toNodeListener(make({ sdkKey: 'bench-key', sdkSecret: 'bench-secret-not-real-0123456789abcdef', log: () => undefined }));
  const serveFile = (file: string, res: ServerResponse) => {
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  };
  const served = new WeakSet<object>();
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/api/token') {
      const arrived = monotonicMicros();
      const newConnection = !served.has(req.socket);
      served.add(req.socket);
      res.once('finish', () => log.push({ arrived, answered: monotonicMicros(), newConnection }));
      return void tokens(req, res);
    }
    const page = PAGES[path];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      return void res.end(page);
    }
    for (const [prefix, dir] of Object.entries(folders)) {
      if (!path.startsWith(`${prefix}/`)) continue;
      const file = resolve(dir, path.slice(prefix.length + 1));
      if (file.startsWith(resolve(dir) + sep) && existsSync(file) && statSync(file).isFile()) return serveFile(file, res);
    }
    res.writeHead(404).end();
  });
}

/**
 * The server runs in a child process of its own: in this one, Playwright handles the browser's
 * protocol traffic, and answers would wait behind it.
 */
function startServer(folders: Record<string, string>): Promise<BenchServer> {
  // Same loader flags (tsx) as this process, so the child runs TypeScript too.
  const child = fork(fileURLToPath(import.meta.url), ['--serve', JSON.stringify(folders)], { execArgv: [...process.execArgv] });
  const tokenLog = () =>
    new Promise<ServerTiming[]>((done) => {
      child.once('message', (m) => done(m as ServerTiming[]));
      child.send('token-log');
    });
  return new Promise((done, fail) => {
    child.once('message', (m) => done({ child, origin: `http://127.0.0.1:${(m as { port: number }).port}`, tokenLog }));
    child.once('exit', (code) => fail(new Error(`bench: the server exited (${code})`)));
  });
}

export interface BenchServer {
  child: ChildProcess;
  origin: string;
  /** The token requests the server answered since the last call, and forgets them. */
  tokenLog(): Promise<ServerTiming[]>;
}

// ----- measurements ---------------------------------------------------------------------------------

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const spread = (values: readonly number[]) => `${ms(Math.min(...values))} to ${ms(Math.max(...values))}`;

interface ColdLoad {
  /** From the start of the navigation to the rendered Join button. */
  total: number;
  /** From the end of the script's download to the rendered Join button: running it and rendering. */
  afterScript: number;
}

/** One cold load: a new context (its own empty cache), the cache disabled, time to the Join button. */
async function coldLoad(browser: Browser, url: string): Promise<ColdLoad> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url, { waitUntil: 'load' });
    type Probe = { renderedAt?: number; scriptArrivedAt?: number };
    await page
      .waitForFunction(() => (window as Probe).renderedAt, undefined, { timeout: 10_000 })
      .catch(() => {
        throw new Error(`${url} did not render${errors.length ? `: ${errors.join('; ')}` : ''}`);
      });
    const { renderedAt = NaN, scriptArrivedAt = NaN } = await page.evaluate(() => ({ ...(window as Probe) }));
    return { total: renderedAt, afterScript: renderedAt - scriptArrivedAt };
  } finally {
    await context.close();
  }
}

/**
 * Cold loads in pairs, one of each page back to back, which goes first alternating: bare, element,
 * element, bare, bare, element... Index `i` of both lists is one pair; pairs `2k` and `2k + 1` make
 * a block of four loads in which each page comes first once and second once.
 */
async function benchColdLoad(browser: Browser, origin: string): Promise<{ bare: ColdLoad[]; standalone: ColdLoad[] }> {
  const bare: ColdLoad[] = [];
  const standalone: ColdLoad[] = [];
  for (let i = -WARMUP; i < LOAD_RUNS; i++) {
    const order = i % 2 === 0 ? (['bare', 'standalone'] as const) : (['standalone', 'bare'] as const);
    for (const kind of order) {
      const time = await coldLoad(browser, `${origin}/cold/${kind}.html`);
      if (i >= 0) (kind === 'bare' ? bare : standalone).push(time);
    }
  }
  return { bare, standalone };
}

/**
 * Clicks Join and waits for the page's `count`th sample. Waits on a promise of the page rather than
 * polling it: polling would add work to the page's main thread (an animation frame callback each
 * frame) while it is being measured. The wait is asked for before the click (the next evaluation's
 * answer shows the page has it), so that no message of the bench's reaches the browser while the
 * click is timed. The first join loads and initialises the SDK (megabytes of script and
 * WebAssembly): on a busy machine that alone can take tens of seconds.
 */
async function clickJoin(page: Page, count: number): Promise<void> {
  const sampled = page.evaluate((n) => window.benchSamples.whenSamples(n, 90_000), count);
  await page.evaluate(() => undefined);
  await page.click('#join-button');
  await sampled;
}

/** One join: a new session name (so a new token), click Join, wait for the SDK's join call and the error view, back to the form. */
async function oneJoin(page: Page, name: string, count: number): Promise<void> {
  await page.evaluate((n) => document.querySelector('zoom-session')!.setAttribute('session-name', n), name);
  await clickJoin(page, count).catch(async (cause: unknown) => {
    const why = await page.evaluate(() => {
      const element = document.querySelector('zoom-session')!;
      const shown = element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 200);
      return `state ${element.state}, showing "${shown}"${element.error ? `, error ${element.error.code}` : ''}`;
    });
    throw new Error(`bench: no client.join after the click on Join (${why})`, { cause });
  });
  await page.locator('#back-button').click({ timeout: 20_000 });
  await page.locator('#join-button').waitFor();
}

/**
 * One click on the bare page's button (bench/pages/bare-join.ts), which asks for a new token each
 * time, then a pause, as between the requests from the page at rest: (c)'s joins are that far apart
 * too, and a request right after another finds every process on its way awake.
 */
async function oneBareClick(page: Page, count: number): Promise<void> {
  await clickJoin(page, count);
  await new Promise((done) => setTimeout(done, 100));
}

interface JoinFigures {
  samples: JoinSample[];
  /** For each sample, its token request as the page's network stack saw it (Resource Timing), if any. */
  requests: (TokenRequestTiming | undefined)[];
  /** The measured joins' token requests as the server saw them, if there was one per join. */
  server: ServerTiming[] | undefined;
  /** The same requests from the page at rest (remote provider only), as the page and the server saw them. */
  resting?: { requests: TokenRequestTiming[]; server: ServerTiming[] };
}

/** Joins on the element's page with a provider, or clicks on the bare page's button (`'bare'`). */
async function benchJoin(browser: Browser, server: BenchServer, provider: 'signer' | 'remote' | 'bare'): Promise<JoinFigures> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`bench: page error: ${e.message}`));
    await page.goto(`${server.origin}/join/${provider === 'bare' ? 'bare-join.html' : `join.html?provider=${provider}`}`);
    await page.locator('#join-button').waitFor();
    const one = (i: number) => (provider === 'bare' ? oneBareClick(page, i + 1) : oneJoin(page, `bench-${provider}-${i}`, i + 1));
    // Warm-up joins load the call chunk and the SDK and run `init()` once, as a preview would.
    for (let i = 0; i < WARMUP; i++) await one(i);
    await server.tokenLog();
    for (let i = WARMUP; i < WARMUP + RUNS; i++) await one(i);
    const served = await server.tokenLog();
    const samples = (await page.evaluate(() => window.benchSamples.samples)).slice(WARMUP);
    const requests = await page.evaluate(() => window.benchSamples.tokenRequests());
    const figures: JoinFigures = {
      samples,
      requests: samples.map((s) => requests.find((r) => r.start >= s.tokenStart && r.start <= s.tokenEnd)),
      server: served.length === samples.length ? served : undefined,
    };
    if (provider === 'remote') {
      const resting = await page.evaluate((n) => window.joinBench.restingRequests(n), RUNS);
      figures.resting = { requests: resting, server: await server.tokenLog() };
    }
    return figures;
  } finally {
    await context.close();
  }
}

// ----- run ------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (!existsSync(executablePath)) {
    console.error(`bench: no Chromium at ${executablePath}: apt-get install -y chromium, or set CHROME_PATH.`);
    process.exit(1);
  }
  if (process.env['BENCH_SKIP_BUILD'] !== '1') {
    console.log('bench: building the standalone file (npx tsx scripts/build.ts standalone)');
    execFileSync('npx', ['tsx', 'scripts/build.ts', 'standalone'], { cwd: root, stdio: 'inherit' });
  }
  if (!existsSync(join(root, 'dist/standalone/zoom-session.js'))) throw new Error('bench: dist/standalone/zoom-session.js is missing; build it first.');

  const temp = await mkdtemp(join(tmpdir(), 'zse-bench-'));
  // A copy: another build (npm run size, say) empties dist/standalone while it runs.
  await cp(join(root, 'dist/standalone'), join(temp, 'standalone'), { recursive: true });
  const standaloneFile = join(temp, 'standalone/zoom-session.js');
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    await buildBare(join(temp, 'bare'));
    await buildJoinPage(join(temp, 'join'));
    const started = await startServer({
      '/standalone': join(temp, 'standalone'),
      ...Object.fromEntries(Object.entries(variants).map(([name, dir]) => [`/${name}`, dir])),
      '/bare': join(temp, 'bare'),
      '/join': join(temp, 'join'),
      '/lib': join(root, 'node_modules/@zoom/videosdk/dist/lib'),
    });
    server = started.child;
    // The test runner's Chromium flags (headless, no background traffic, a fake camera and
    // microphone), with no name of Zoom's resolving: nothing here may reach Zoom.
    const { chromiumArgs } = (await import(pathToFileURL(join(root, 'web-test-runner.config.js')).href)) as {
      chromiumArgs: string[];
    };
    const args = [
      ...chromiumArgs.filter((a) => !a.startsWith('--host-resolver-rules')),
      '--host-resolver-rules=MAP zoom.us ~NOTFOUND, MAP *.zoom.us ~NOTFOUND',
    ];
    browser = await chromium.launch({ executablePath, args, headless: true });

    const kb = (file: string) => `${(statSync(file).size / 1024).toFixed(1)} KB`;
    console.log(
      `bench: Chromium ${browser.version()}, medians after ${WARMUP} warm-up runs; ` +
        `standalone ${kb(standaloneFile)}, bare Lit element ${kb(join(temp, 'bare/bare-element.js'))} (minified, uncompressed on loopback)`,
    );

    const only = process.env['BENCH_ONLY'];
    if (only === 'trace') {
      await traceJoins(browser, started.origin, resolve(process.env['BENCH_TRACE'] ?? 'trace.json'), oneJoin, started.tokenLog);
      return;
    }
    if (only === 'profile-cold') {
      await profileColdLoads(browser, ['bare', 'standalone'].map((kind) => `${started.origin}/cold/${kind}.html`));
      return;
    }
    if (only === 'trace-cold') {
      const urls = ['bare', 'standalone', ...Object.keys(variants)].map((kind) => `${started.origin}/cold/${kind}.html`);
      await traceColdLoads(browser, urls, resolve(process.env['BENCH_TRACE'] ?? 'trace.json'), Number(process.env['BENCH_LOAD_RUNS'] ?? 5));
      return;
    }
    if (only !== 'join') {
      const cold = await benchColdLoad(browser, started.origin);
      const totals = { bare: cold.bare.map((c) => c.total), standalone: cold.standalone.map((c) => c.total) };
      const ratio = median(totals.standalone) / median(totals.bare);
      // Beside it, the median of the blocks' ratios: the four loads of a block, a second or two
      // apart, share the machine's state (which drifts over a run), and each page comes first in
      // one pair of the block. When the two figures disagree, the machine's load moved during the run.
      const blocks: number[] = [];
      for (let i = 0; i + 1 < LOAD_RUNS; i += 2) {
        blocks.push((totals.standalone[i]! + totals.standalone[i + 1]!) / (totals.bare[i]! + totals.bare[i + 1]!));
      }
      const after = { bare: median(cold.bare.map((c) => c.afterScript)), standalone: median(cold.standalone.map((c) => c.afterScript)) };
      console.log(`(a) cold load to the rendered Join button (new context, cache disabled), ${LOAD_RUNS} loads of each in ${blocks.length} blocks:`);
      console.log(`    bare Lit element        ${ms(median(totals.bare))}  (${spread(totals.bare)}); after its file arrived ${ms(after.bare)}`);
      console.log(`    <zoom-session> file     ${ms(median(totals.standalone))}  (${spread(totals.standalone)}); after its file arrived ${ms(after.standalone)}`);
      console.log(`    ratio ${ratio.toFixed(2)} (goal <= ${LOAD_GOAL_RATIO}): ${ratio <= LOAD_GOAL_RATIO ? 'met' : 'NOT met'}`);
      console.log(`    the blocks' ratios ${blocks.map((b) => b.toFixed(2)).join(' ')}: median ${median(blocks).toFixed(2)}`);
    }
    if (only === 'cold') return;
    // Where a token request's own time goes: in the browser before the request is on the socket, then
    // waiting for the answer's first byte (of which the server's own time, from its request event
    // to the answer handed to the kernel), then the rest of the body.
    const breakdown = (timings: TokenRequestTiming[], byServer: ServerTiming[] | undefined) =>
      [
        `before sending ${ms(median(timings.map((r) => r.sent - r.start)))}`,
        `sent to first byte ${ms(median(timings.map((r) => r.firstByte - r.sent)))}`,
        ...(byServer?.length ? [`(the server's own time ${ms(median(byServer.map((t) => (t.answered - t.arrived) / 1000)))})`] : []),
        `first to last byte ${ms(median(timings.map((r) => r.end - r.firstByte)))}`,
      ].join(', ') + `; ${timings.filter((r) => r.newConnection).length} of ${timings.length} on a new connection`;
    for (const [label, provider, goal] of [
      ['(b) click on Join to client.join, dev signer in the page', 'signer', SIGNER_GOAL_MS],
      ['(c) click on Join to client.join, remoteTokenProvider and the token handler on loopback', 'remote', REMOTE_GOAL_MS],
    ] as const) {
      const { samples, requests, server: served, resting } = await benchJoin(browser, started, provider);
      const times = samples.map((s) => s.join - s.click);
      const m = median(times);
      console.log(`${label} (SDK loaded and initialised), ${RUNS} runs:`);
      console.log(`    median ${ms(m)}  (${spread(times)}) (goal < ${goal} ms): ${m < goal ? 'met' : 'NOT met'}`);
      const token = median(samples.map((s) => s.token));
      if (provider === 'signer') {
        console.log(`    of which the token provider ${ms(token)} (median)`);
        continue;
      }
      // The provider's time against the request's own, join by join (Resource Timing, start to
      // responseEnd, as the network saw it): the difference is what the page adds to the request.
      const seen = requests.filter((r): r is TokenRequestTiming => r !== undefined);
      const own = seen.map((r) => r.end - r.start);
      const gaps = samples.flatMap((s, i) => (requests[i] === undefined ? [] : [s.token - (requests[i]!.end - requests[i]!.start)]));
      const gap = median(gaps);
      console.log(`    of which the token provider ${ms(token)}, the request's own time ${ms(median(own))} (medians)`);
      console.log(
        `    provider minus request ${ms(gap)} (median, ${spread(gaps)}) (goal <= ${REMOTE_GAP_GOAL_MS} ms): ${gap <= REMOTE_GAP_GOAL_MS ? 'met' : 'NOT met'}`,
      );
      console.log(`    the request (medians): ${breakdown(seen, served)}`);
      if (resting?.requests.length) {
        // The same request with the page doing nothing else: what the join's own work beside it costs.
        const alone = resting.requests.map((r) => r.end - r.start);
        console.log(`    the same request from the page at rest, ${alone.length} runs: ${ms(median(alone))} (${spread(alone)})`);
        console.log(`      (medians): ${breakdown(resting.requests, resting.server)}`);
      }
    }
    {
      // The floor beside (c): a page with only a button, whose click makes the same request. What a
      // click and one loopback request cost any page on this machine and browser.
      const { samples, requests, server: served } = await benchJoin(browser, started, 'bare');
      const times = samples.map((s) => s.join - s.click);
      const seen = samples.flatMap((s, i) => (requests[i] ? [{ ...requests[i], click: s.click, held: s.join }] : []));
      const med = (f: (r: (typeof seen)[number]) => number) => ms(median(seen.map(f)));
      const gaps = seen.map((r) => r.held - r.click - (r.end - r.start));
      console.log(
        `    a page with only a button, the same request on click: median ${ms(median(times))} (${spread(times)}); ` +
          `request's own time ${med((r) => r.end - r.start)}; click-to-token minus request ${ms(median(gaps))} (${spread(gaps)})`,
      );
      console.log(`      (medians): the click to fetch ${med((r) => r.start - r.click)}, the last byte to the token held ${med((r) => r.held - r.end)}`);
      console.log(`      the request (medians): ${breakdown(seen, served)}`);
    }
    const traceFile = process.env['BENCH_TRACE'];
    if (traceFile) await traceJoins(browser, started.origin, resolve(traceFile), oneJoin, started.tokenLog);
  } finally {
    await browser?.close();
    server?.kill();
    await rm(temp, { recursive: true, force: true });
  }
}

const serveAt = process.argv.indexOf('--serve');
if (serveAt === -1) {
  await main();
} else {
  const log: ServerTiming[] = [];
  const server = serve(JSON.parse(process.argv[serveAt + 1]!) as Record<string, string>, log);
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
  process.on('message', (m) => m === 'token-log' && process.send!(log.splice(0)));
  process.on('disconnect', () => process.exit(0));
}
