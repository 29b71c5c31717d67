/**
 * Screenshots of every state of the element's views, to look at: `npm run screenshots`.
 *
 * Renders each state in Debian's headless Chromium (never a downloaded browser) at each width and
 * color scheme, and saves `screenshots/<state>[-<lang>]-<width>-<scheme>.png` (git-ignored).
 * Fails (exit code 1, after saving every shot) when a state is wider than its viewport: a long word,
 * path or address that does not wrap makes the page scroll sideways.
 *
 *   npx tsx scripts/screenshots.ts                      # the view gallery, served by Vite
 *   npx tsx scripts/screenshots.ts --states stage,left --widths 320 --schemes dark --lang fr
 *   npx tsx scripts/screenshots.ts --url http://127.0.0.1:5173/some-page.html
 *
 * With `--url` no server is started: the page is shot as it is. Any page can take part by following
 * the gallery's protocol (test/support/view-gallery.ts): it lists its states in
 * `window.screenshotStates`, renders the one named by `?state=` (and `&lang=`), and sets
 * `data-ready` on `<html>` when ready. A page without `screenshotStates` is shot once, as one state.
 */
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GALLERY = '/test/support/view-gallery.html';

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    out: { type: 'string', default: join(root, 'screenshots') },
    widths: { type: 'string', default: '320,360,1280' },
    schemes: { type: 'string', default: 'light,dark' },
    states: { type: 'string' },
    lang: { type: 'string', default: 'en' },
    chromium: { type: 'string', default: process.env.CHROME_PATH || '/usr/bin/chromium' },
  },
});

const widths = options.widths.split(',').map(Number);
const schemes = options.schemes.split(',') as ('light' | 'dark')[];

/** The test runner's Chromium flags: headless, no network chatter, a fake camera and microphone. */
async function chromiumArgs(): Promise<string[]> {
  const config = pathToFileURL(join(root, 'web-test-runner.config.js')).href;
  const { chromiumArgs: args } = (await import(config)) as { chromiumArgs: string[] };
  return args.filter((a) => !a.startsWith('--user-data-dir'));
}

async function startGallery(): Promise<{ url: string; server: ViteDevServer }> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  const address = server.httpServer!.address();
  if (address === null || typeof address === 'string') throw new Error('Vite did not say where it listens');
  return { url: `http://127.0.0.1:${address.port}${GALLERY}`, server };
}

function stateUrl(base: string, state: string | undefined): string {
  const url = new URL(base);
  if (state) url.searchParams.set('state', state);
  if (options.lang !== 'en') url.searchParams.set('lang', options.lang);
  return url.href;
}

async function load(page: Page, url: string): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  await page
    .waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 15000 })
    .catch(() => {
      throw new Error(`${url} never set data-ready${errors.length ? `: ${errors.join('; ')}` : ''}`);
    });
  // Let fonts, videos and container queries settle.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(150);
}

async function main(): Promise<void> {
  mkdirSync(options.out, { recursive: true });
  const gallery = options.url ? undefined : await startGallery();
  const base = options.url ?? gallery!.url;
  const profile = await mkdtemp(join(tmpdir(), 'zse-screenshots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.chromium,
    headless: true,
    args: await chromiumArgs(),
    viewport: { width: widths[0]!, height: 800 },
  });
  const saved: string[] = [];
  const overflowing: string[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await load(page, stateUrl(base, undefined));
    const listed = await page.evaluate(() => (window as { screenshotStates?: string[] }).screenshotStates);
    const states = options.states ? options.states.split(',') : (listed ?? [undefined]);
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        for (const state of states) {
          await load(page, stateUrl(base, state));
          const name = [state ?? 'page', options.lang === 'en' ? '' : options.lang, width, scheme]
            .filter(Boolean)
            .join('-');
          const file = join(options.out, `${name}.png`);
          const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (wide > 0) overflowing.push(`${name}: ${wide} px wider than the viewport`);
          await page.screenshot({ path: file, fullPage: true });
          saved.push(file);
        }
      }
    }
  } finally {
    await context.close();
    await gallery?.server.close();
    await rm(profile, { recursive: true, force: true });
  }
  console.log(`${saved.length} screenshots in ${options.out}`);
  if (overflowing.length > 0) {
    console.error(`Wider than the viewport:\n  ${overflowing.join('\n  ')}`);
    process.exitCode = 1;
  }
}

await main();
