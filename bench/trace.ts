/**
 * `BENCH_TRACE=file.json npm run bench`: after the figures, a Chromium Performance trace of a few
 * joins through the token endpoint (c), written to that file (open it in the DevTools Performance
 * panel) and summed up here: for each join, what the page's main thread did from the click to
 * `client.join`, with the network events of the token request and the bench page's marks.
 */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import type { ServerTiming } from './element.js';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event: what it cost, however busy the machine was. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8.execute',
  'toplevel',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-v8.cpu_profiler',
  'netlog',
  'disabled-by-default-netlog',
  'navigation',
  'mojom',
  'ipc',
];

const ms = (us: number) => `${(us / 1000).toFixed(2)}`;

/** Records joins through the token endpoint with tracing on, writes the trace, prints a summary. */
export async function traceJoins(
  browser: Browser,
  origin: string,
  file: string,
  join: (page: import('playwright-core').Page, name: string, count: number) => Promise<void>,
  tokenLog?: () => Promise<ServerTiming[]>,
): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/join/join.html?provider=remote&trace`);
    await page.locator('#join-button').waitFor();
    for (let i = 0; i < 3; i++) await join(page, `trace-warmup-${i}`, i + 1);
    await tokenLog?.();
    await browser.startTracing(page, { path: file, categories: CATEGORIES });
    const traced = 3;
    for (let i = 0; i < traced; i++) await join(page, `trace-${i}`, 4 + i);
    await browser.stopTracing();
    const served = (await tokenLog?.()) ?? [];
    summarize(JSON.parse(await readFile(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[], served);
  } finally {
    await context.close();
  }
}

/**
 * Chromium's trace clock on Linux is the monotonic clock (`base::TimeTicks`), in microseconds, as
 * the bench server's `process.hrtime`: the server's moments go on the same time line as the page's.
 */
function summarize(trace: { traceEvents: TraceEvent[] } | TraceEvent[], served: ServerTiming[]): void {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const threadNames = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const marks = events.filter((e) => e.cat.includes('blink.user_timing') && e.name.startsWith('bench:'));
  if (marks.length === 0) {
    console.log('trace: no bench marks in the trace');
    return;
  }
  const main = `${marks[0]!.pid}:${marks[0]!.tid}`;
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const starts = marks.filter((m) => m.name === 'bench:token-start').sort((a, b) => a.ts - b.ts);
  const network = events.filter((e) =>
    ['ResourceSendRequest', 'ResourceReceiveResponse', 'ResourceReceivedData', 'ResourceFinish'].includes(e.name),
  );
  console.log(`trace: main thread ${threadNames.get(main) ?? main}; times in ms from the provider's call`);
  for (const start of starts) {
    const end = marks.find((m) => m.name === 'bench:token-end' && m.ts > start.ts);
    if (!end) continue;
    const t0 = start.ts;
    const lines: [number, string][] = [];
    for (const m of marks) if (m.ts >= t0 - 20_000 && m.ts <= end.ts + 20_000) lines.push([m.ts, `mark ${m.name}`]);
    for (const n of network) {
      const url = String(n.args?.data?.['url'] ?? '');
      if (n.ts < t0 - 1000 || n.ts > end.ts + 5000) continue;
      const thread = threadNames.get(`${n.pid}:${n.tid}`) ?? `${n.pid}:${n.tid}`;
      lines.push([n.ts, `net  ${n.name} ${url.replace(/^https?:\/\/[^/]+/, '')} [${thread}]`]);
    }
    for (const t of served) {
      if (t.arrived < t0 - 1000 || t.arrived > end.ts + 5000) continue;
      lines.push([t.arrived, `server: the request arrived (its headers parsed)${t.newConnection ? ', on a new connection' : ''}`]);
      lines.push([t.answered, 'server: the answer handed to the kernel']);
    }
    // Top-level tasks on the main thread during the token request, with what ran in them.
    const tasks = onMain.filter(
      (e) => e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) >= 100 && e.ts + (e.dur ?? 0) >= t0 && e.ts <= end.ts,
    );
    for (const task of tasks) {
      const inside = onMain.filter(
        (e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0) && (e.dur ?? 0) >= 50,
      );
      const what = inside
        .filter((e) => !['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name) && !e.name.startsWith('V8.GC_'))
        .slice(0, 8)
        .map((e) => {
          const data = e.args?.data ?? {};
          const detail = data['functionName'] || data['type'] || data['url'] || '';
          return `${e.name}${detail ? `(${String(detail).slice(0, 60)})` : ''} ${ms(e.dur ?? 0)}`;
        })
        .join(', ');
      lines.push([task.ts, `task ${ms(task.dur ?? 0)} ms: ${what}`]);
    }
    lines.sort((a, b) => a[0] - b[0]);
    console.log(`-- a join: the provider took ${ms(end.ts - t0)} ms`);
    for (const [ts, text] of lines) console.log(`  ${ms(ts - t0).padStart(7)}  ${text}`);
  }
}

/**
 * `BENCH_ONLY=trace-cold`: traces cold loads of each page (in turns, so that a busier moment hurts
 * none of them more than the others) and sums up, for each, what the page's main thread did from
 * the script's arrival to the end of the first frame that shows the Join button, by trace event.
 * Thread (CPU) time, not wall time: on a shared machine wall time is mostly waiting for a core.
 */
export async function traceColdLoads(browser: Browser, urls: string[], file: string, loads = 5): Promise<void> {
  const totals = urls.map(() => new Map<string, { self: number; count: number }>());
  const cpu = urls.map(() => [] as number[]);
  for (let i = 0; i < loads; i++) {
    for (const [u, url] of urls.entries()) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await browser.startTracing(page, { path: file, categories: CATEGORIES });
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForFunction(() => performance.getEntriesByName('bench:painted').length > 0, undefined, { polling: 50 });
        await browser.stopTracing();
        const events = (JSON.parse(await readFile(file, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
        const painted = events.find((e) => e.name === 'bench:painted');
        const arrived = events.find((e) => e.name === 'bench:script-arrived');
        if (!painted || !arrived) throw new Error('trace: no bench:painted / bench:script-arrived marks');
        const main = (e: TraceEvent) => e.pid === painted.pid && e.tid === painted.tid;
        const slices = events
          .filter((e) => main(e) && e.ph === 'X' && e.ts >= arrived.ts && e.ts + (e.dur ?? 0) <= painted.ts)
          .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
        // Self thread time: each slice's minus its children's.
        const stack: TraceEvent[] = [];
        const self = new Map<TraceEvent, number>();
        let sum = 0;
        for (const e of slices) {
          while (stack.length && stack[stack.length - 1]!.ts + (stack[stack.length - 1]!.dur ?? 0) <= e.ts) stack.pop();
          const parent = stack[stack.length - 1];
          if (parent) self.set(parent, (self.get(parent) ?? 0) - (e.tdur ?? 0));
          else sum += e.tdur ?? 0;
          self.set(e, (self.get(e) ?? 0) + (e.tdur ?? 0));
          stack.push(e);
        }
        cpu[u]!.push(sum);
        for (const [e, t] of self) {
          const data = e.args?.data ?? {};
          const key =
            e.name === 'FunctionCall' || e.name.startsWith('v8.')
              ? `${e.name} ${String(data['url'] ?? data['fileName'] ?? '').replace(/^.*\//, '')} ${String(data['functionName'] ?? '')}`.trim()
              : e.name;
          const entry = totals[u]!.get(key) ?? { self: 0, count: 0 };
          entry.self += t;
          entry.count++;
          totals[u]!.set(key, entry);
        }
      } finally {
        await context.close();
      }
    }
  }
  for (const [u, url] of urls.entries()) {
    const sorted = [...cpu[u]!].sort((a, b) => a - b);
    console.log(
      `trace: ${url}: main-thread CPU from the script's arrival to the first frame with the Join button, median ${ms(sorted[sorted.length >> 1]!)} ms (${sorted.map(ms).join(', ')}); self CPU by event, mean per load:`,
    );
    const rows = [...totals[u]!].sort((a, b) => b[1].self - a[1].self).slice(0, 16);
    for (const [key, { self, count }] of rows) console.log(`  ${ms(self / loads).padStart(7)}  ${(count / loads).toFixed(0).padStart(4)}x  ${key}`);
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/**
 * `BENCH_ONLY=profile-cold`: the JavaScript of cold loads, sampled by V8 (CDP Profiler), self time
 * by function for each page, summed over `loads` loads.
 */
export async function profileColdLoads(browser: Browser, urls: string[], loads = 5): Promise<void> {
  for (const url of urls) {
    const self = new Map<string, number>();
    let total = 0;
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
        await cdp.send('Profiler.start');
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForFunction(() => (window as { renderedAt?: number }).renderedAt, undefined, { polling: 50 });
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
          profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
        };
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        profile.samples.forEach((id, k) => {
          const frame = byId.get(id)!.callFrame;
          const dt = profile.timeDeltas[k + 1] ?? 0;
          if (frame.functionName === '(idle)' || frame.functionName === '(program)') return;
          const where = frame.url ? `${frame.url.replace(/^.*\//, '')}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : '';
          const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
          self.set(key, (self.get(key) ?? 0) + dt);
          total += dt;
        });
      } finally {
        await context.close();
      }
    }
    console.log(`profile: ${url}, JavaScript and GC self time, mean per load ${ms(total / loads)} ms:`);
    for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${ms(t / loads).padStart(7)}  ${key}`);
  }
}
