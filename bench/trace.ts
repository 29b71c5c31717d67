/**
 * `BENCH_TRACE=file.json npm run bench`: after the figures, a Chromium Performance trace of a few
 * joins through the token endpoint (c), written to that file (open it in the DevTools Performance
 * panel) and summed up here: for each join, what the page's main thread did from the click to
 * `client.join`, with the network events of the token request and the bench page's marks.
 */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
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
): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/join/join.html?provider=remote&trace`);
    await page.locator('#join-button').waitFor();
    for (let i = 0; i < 3; i++) await join(page, `trace-warmup-${i}`, i + 1);
    await browser.startTracing(page, { path: file, categories: CATEGORIES });
    const traced = 3;
    for (let i = 0; i < traced; i++) await join(page, `trace-${i}`, 4 + i);
    await browser.stopTracing();
    summarize(JSON.parse(await readFile(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[]);
  } finally {
    await context.close();
  }
}

function summarize(trace: { traceEvents: TraceEvent[] } | TraceEvent[]): void {
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
