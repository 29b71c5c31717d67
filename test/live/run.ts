/**
 * The live smoke test's run: builds the demo, serves it with the token endpoint (`vite preview`
 * and the project's Vite plugin), opens the participants in headless Chromium, runs the checks in
 * order, prints a table and leaves screenshots. Everything it started is stopped on the way out,
 * also after a failure or Ctrl+C.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { readCookie } from '../../src/server/policies.js';
import type { TokenPolicy } from '../../src/server/token-handler.js';
import { DEMO_SDK_KEY, DEMO_SDK_SECRET, zoomSessionDev } from '../../src/server/vite-plugin.js';
import { CHECKS, type SmokeContext } from './checks.js';
import { Participant } from './participant.js';
import type { Credentials } from './preflight.js';
import { Deadline, firstLine, formatTable, seconds, type CheckResult } from './report.js';

export interface SmokeOptions {
  root: string;
  /** Where the screenshots go. */
  out: string;
  /** 2 or 3. */
  participants: number;
  /** Real credentials; undefined for a rehearsal. */
  credentials: Credentials | undefined;
  /** Rehearse offline: demo credentials, Zoom unreachable in Chromium, short timeouts. */
  rehearsal: boolean;
  chromium: string;
  /** Multiplies every check's timeout. */
  scale: number;
  /** Run every check even when not everyone joined. */
  keepGoing: boolean;
}

/** The cookie that carries the host's grant to the smoke test's token policy. */
const HOST_COOKIE = 'zse_smoke_host';
const LABELS = ['A', 'B', 'C'];

const say = (line = '') => console.log(line);

/** The token policy of this run: the page holding the host cookie may be host; everyone else a participant. */
function smokePolicy(hostSecret: string): TokenPolicy {
  return (request) => ({ role: readCookie(request.headers.get('cookie'), HOST_COOKIE) === hostSecret ? 1 : 0 });
}

/** The test runner's Chromium flags (headless, a fake camera and microphone), without its name mapping. */
async function chromiumFlags(root: string, rehearsal: boolean): Promise<string[]> {
  const config = pathToFileURL(join(root, 'web-test-runner.config.js')).href;
  const { chromiumArgs } = (await import(config)) as { chromiumArgs: string[] };
  return [
    ...chromiumArgs.filter((a) => !a.startsWith('--host-resolver-rules') && !a.startsWith('--user-data-dir')),
    // A screen share picks the whole screen without a picker (the fake UI also accepts it).
    '--auto-select-desktop-capture-source=Entire screen',
    // Three browsers on one machine: none of them may be throttled as a background window.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    // A rehearsal never reaches Zoom, whatever the machine's network: its names do not resolve.
    ...(rehearsal ? ['--host-resolver-rules=MAP zoom.us ~NOTFOUND, MAP *.zoom.us ~NOTFOUND'] : []),
  ];
}

function randomText(length: number): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  return [...randomBytes(length)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** What a rehearsal must have seen: every page asked for its token (the host's with role 1) and tried Zoom. */
async function rehearsalProblems(people: Participant[]): Promise<string[]> {
  const problems: string[] = [];
  for (const [i, p] of people.entries()) {
    const role = p.tokens.at(-1)?.['role_type'];
    if (role !== (i === 0 ? 1 : 0)) problems.push(`${p.label}'s token has role_type ${String(role)}, not ${i === 0 ? 1 : 0}`);
    const events = await p.events().catch(() => []);
    const error = events.filter((e) => e.type === 'zoom-session-error').at(-1);
    const last = error ? ` (its last error: ${error.code}: ${error.message})` : ` (state ${await p.state().catch(() => '?')})`;
    if (!events.some((e) => e.type === 'zoom-session-state' && e.step === 'connecting')) {
      problems.push(`${p.label} never reached the connecting step${last}`);
    } else if (error?.code !== 'network') {
      problems.push(`${p.label} did not report the network failure${last}`);
    }
    if (p.pageErrors.length) problems.push(`${p.label}'s page threw: ${p.pageErrors.join('; ')}`);
  }
  return problems;
}

export async function runSmoke(options: SmokeOptions): Promise<number> {
  const { root, out } = options;
  const work = await mkdtemp(join(tmpdir(), 'zse-smoke-'));
  let server: PreviewServer | undefined;
  const browsers: Browser[] = [];
  let closing: Promise<void> | undefined;
  const teardown = () =>
    (closing ??= (async () => {
      await Promise.all(browsers.map((b) => b.close().catch(() => undefined)));
      await server?.close().catch(() => undefined);
      await rm(work, { recursive: true, force: true });
    })());
  const interrupted = () => {
    say('\nsmoke:live: interrupted; closing the browsers and the server.');
    void teardown().then(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  try {
    const started = Date.now();
    const hostSecret = randomBytes(16).toString('hex');
    const sdkKey = options.credentials?.sdkKey ?? DEMO_SDK_KEY;
    const sdkSecret = options.credentials?.sdkSecret ?? DEMO_SDK_SECRET;
    // The project's demo, with this run's own token policy (never the dev server's defaults):
    // its own inline config, so a developer's .env files and vite.config.ts change nothing here.
    const config = {
      root,
      configFile: false as const,
      envDir: work,
      logLevel: 'warn' as const,
      plugins: [
        zoomSessionDev({
          token: { sdkKey, sdkSecret, authorize: smokePolicy(hostSecret), log: () => undefined },
        }),
      ],
      build: {
        outDir: join(work, 'dist'),
        emptyOutDir: true,
        target: 'es2022',
        chunkSizeWarningLimit: 4000,
        reportCompressedSize: false,
        // The bundler's note on slow plugins says nothing about the session.
        rolldownOptions: { checks: { bundlerTimings: false } },
      },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    };
    say('building the demo…');
    await build(config);
    server = await preview(config);
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite preview did not say where it listens');
    say(`serving it at ${url} (built in ${seconds(Date.now() - started)})`);

    const args = await chromiumFlags(root, options.rehearsal);
    const count = options.participants;
    const launched = await Promise.all(
      Array.from({ length: count }, () => chromium.launch({ executablePath: options.chromium, args, headless: true })),
    );
    browsers.push(...launched);
    const stamp = new Date().toISOString().slice(0, 16).replace(/\D/g, '');
    const sessionName = `zse-smoke-${stamp}-${randomText(6)}`;
    const people = await Promise.all(
      launched.map((browser, i) =>
        Participant.open({
          label: LABELS[i]!,
          name: `Smoke ${LABELS[i]} ${randomText(4)}`,
          browser,
          url,
          ...(i === 0 ? { cookies: [{ name: HOST_COOKIE, value: hostSecret }] } : {}),
        }),
      ),
    );
    say(`${count} participants (${people.map((p) => `${p.label} "${p.name}"${p === people[0] ? ', host' : ''}`).join('; ')})`);
    say(`session "${sessionName}"; screenshots in ${relative(process.cwd(), out) || '.'}`);
    say();

    mkdirSync(out, { recursive: true });
    const ctx: SmokeContext = {
      people,
      sessionName,
      passcode: randomText(8),
      async screenshots(tag) {
        await Promise.all(
          people.map((p) =>
            p.screenshot(join(out, `${tag}-${p.label}.png`)).catch((error: unknown) => say(`   (no screenshot of ${p.label}: ${firstLine(error)})`)),
          ),
        );
      },
    };

    const results: CheckResult[] = [];
    for (const check of CHECKS) {
      const budget = options.rehearsal ? (check.rehearsalTimeout ?? check.timeout / 10) : check.timeout;
      const ms = Math.max(1000, budget * 1000 * options.scale);
      const begun = Date.now();
      let result: CheckResult;
      if (check.id > 1 && results[0]?.status !== 'pass' && !options.keepGoing) {
        result = { id: check.id, title: check.title, status: 'skip', detail: 'not everyone joined (check 1)', skipped: [], ms: 0 };
      } else {
        const deadline = new Deadline(ms);
        let timer: NodeJS.Timeout | undefined;
        // A check that overruns its deadline by far (a wait without a timeout) is cut off.
        const cutOff = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`did not finish within ${seconds(ms + 10_000)}`)), ms + 10_000);
        });
        try {
          const outcome = await Promise.race([check.run(ctx, deadline), cutOff]);
          result = { id: check.id, title: check.title, status: outcome.status, detail: outcome.detail, skipped: outcome.skipped ?? [], ms: 0 };
        } catch (error) {
          result = { id: check.id, title: check.title, status: 'fail', detail: firstLine(error), skipped: [], ms: 0 };
        } finally {
          clearTimeout(timer);
        }
        result.ms = Date.now() - begun;
        if (result.status === 'fail') await ctx.screenshots(`${String(check.id).padStart(2, '0')}-failed`);
      }
      results.push(result);
      say(`${check.id}. ${result.status.toUpperCase()}  ${check.title} (${seconds(result.ms)}): ${result.detail}`);
      for (const line of result.skipped) say(`   skipped: ${line}`);
    }

    say();
    say(formatTable(results));
    say();
    const failed = results.filter((r) => r.status === 'fail').length;
    if (options.rehearsal) {
      const problems = await rehearsalProblems(people);
      say(`rehearsal (offline, demo credentials) finished in ${seconds(Date.now() - started)}.`);
      if (problems.length === 0) {
        say('rehearsal: the plumbing works: built, served, every participant filled the form, got its token (the host with role 1) and tried Zoom.');
        return 0;
      }
      for (const problem of problems) say(`rehearsal problem: ${problem}`);
      return 1;
    }
    say(`smoke:live finished in ${seconds(Date.now() - started)}: ${failed === 0 ? 'all checks passed' : `${failed} check${failed === 1 ? '' : 's'} failed`}.`);
    return failed === 0 ? 0 : 1;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await teardown();
  }
}
