/**
 * End-to-end: the demo page as a participant uses it, built with Vite and served by `vite preview`
 * (with the project's vite.config.ts, so the plugin serves /api/token with demo credentials and
 * the SDK's assets at /lib), in Debian's headless Chromium with a fake camera and microphone.
 *
 *   npm run test:e2e
 *
 * Zoom is never reached: Chromium resolves no zoom.us name (`--host-resolver-rules`), so the real
 * SDK fails its join as it does offline, and one step holds Zoom's endpoint open with a route to
 * see Cancel. The steps share one page and run in order; each leaves the page where the next one
 * starts.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page, type Request, type Route } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The test runner's Chromium flags (headless, no background traffic, a fake camera and microphone). */
const { chromiumArgs } = (await import(pathToFileURL(join(root, 'web-test-runner.config.js')).href)) as { chromiumArgs: string[] };
const executablePath = process.env['CHROME_PATH'] || '/usr/bin/chromium';
const STEP = { timeout: 30_000 };

/** Every zoom-session-* event the page saw, with its fields, in order. */
interface SeenEvent {
  type: string;
  state?: string;
  step?: string;
  reason?: string;
  code?: string;
  message?: string;
}

declare global {
  interface Window {
    seenEvents: SeenEvent[];
  }
}

let outDir: string;
let server: PreviewServer;
let browser: Browser;
let page: Page;
let baseUrl: string;
/** Requests the page sent to the token endpoint. */
const tokenRequests: Request[] = [];
/** Uncaught exceptions in the page: each fails the step it happened in. */
const pageErrors: string[] = [];

async function events(): Promise<SeenEvent[]> {
  return page.evaluate(() => window.seenEvents);
}

async function waitForEvent(match: Partial<SeenEvent>, after: number): Promise<SeenEvent> {
  const handle = await page.waitForFunction(
    ({ match, after }) =>
      window.seenEvents
        .slice(after)
        .find((e) => Object.entries(match).every(([k, v]) => (e as unknown as Record<string, unknown>)[k] === v)),
    { match, after },
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as SeenEvent;
}

const elementState = () => page.locator('zoom-session').getAttribute('state');

/** The first step that failed: the steps share one page, so the later ones are skipped. */
let brokenAt: string | undefined;

/** One step of the walk through the page (an `it` that is skipped once an earlier step failed). */
function step(name: string, fn: () => Promise<void>): void {
  it(name, STEP, async (t) => {
    if (brokenAt) return t.skip(`an earlier step failed: ${brokenAt}`);
    try {
      await fn();
    } catch (error) {
      brokenAt = name;
      throw error;
    }
  });
}

describe('the demo page', { timeout: 90_000 }, () => {
  before(async () => {
    assert.ok(existsSync(executablePath), `No Chromium at ${executablePath}: apt-get install -y chromium, or set CHROME_PATH.`);
    outDir = await mkdtemp(join(tmpdir(), 'zse-e2e-'));
    // An empty env folder: a developer's .env.local with real credentials must not change the test.
    const inline = { root, configFile: join(root, 'vite.config.ts'), envDir: outDir, logLevel: 'error' as const };
    await build({ ...inline, build: { outDir: join(outDir, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 2000 } });
    server = await preview({
      ...inline,
      build: { outDir: join(outDir, 'dist') },
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
    baseUrl = server.resolvedUrls!.local[0]!;

    const args = [
      ...chromiumArgs.filter((a) => !a.startsWith('--host-resolver-rules')),
      // No route to Zoom on any machine: its names do not resolve, as offline.
      '--host-resolver-rules=MAP zoom.us ~NOTFOUND, MAP *.zoom.us ~NOTFOUND, MAP events.example 127.0.0.1',
    ];
    browser = await chromium.launch({ executablePath, args, headless: true });
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    page = await context.newPage();
    await page.addInitScript(() => {
      window.seenEvents = [];
      for (const type of ['state', 'joined', 'left', 'error', 'participants']) {
        document.addEventListener(`zoom-session-${type}`, (event) => {
          const e = event as Event & Record<string, unknown>;
          const error = e['error'] as { code: string; message: string } | undefined;
          window.seenEvents.push({
            type: e.type,
            ...(typeof e['state'] === 'string' ? { state: e['state'] } : {}),
            ...(typeof e['step'] === 'string' ? { step: e['step'] } : {}),
            ...(typeof e['reason'] === 'string' ? { reason: e['reason'] } : {}),
            ...(error ? { code: error.code, message: error.message } : {}),
          });
        });
      }
    });
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/token') tokenRequests.push(request);
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // A step that waits for what never comes fails in 10 s, with the locator it waited for.
    page.setDefaultTimeout(10_000);
  });

  afterEach(() => {
    assert.deepEqual(pageErrors.splice(0), [], 'uncaught exceptions in the page');
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  step('says it runs on demo credentials, not cross-origin isolated, and shows the pre-join form', async () => {
    await page.goto(baseUrl);
    const banner = page.locator('#mode-banner');
    await page.waitForFunction(() => document.querySelector('#mode-banner')?.getAttribute('data-mode') !== 'checking');
    assert.equal(await banner.getAttribute('data-mode'), 'demo');
    assert.match(await banner.innerText(), /Demo credentials\..*demo-key-not-valid.*Zoom refuses/s);
    assert.match(await banner.innerText(), /crossOriginIsolated: false/);

    const joinButton = page.locator('#join-button');
    await joinButton.waitFor();
    assert.match((await joinButton.getAttribute('part')) ?? '', /\bjoin-button\b/);
    assert.equal(await elementState(), 'idle');
    // The page sets session-name, so the form asks only for the name and passcode.
    assert.equal(await page.locator('#sessionName').count(), 0);
    assert.equal(await page.locator('#userName').count(), 1);
  });

  step('removes session-name from the playground, and the form asks for it', async () => {
    await page.fill('#attr-session-name', '');
    assert.equal(await page.locator('zoom-session').getAttribute('session-name'), null);
    await page
      .locator('#sessionName')
      .waitFor()
      .catch(async (error: unknown) => {
        const value = await page.evaluate(() => document.querySelector('zoom-session')!.sessionName);
        throw new Error(`no #sessionName field after session-name was removed (the property is ${JSON.stringify(value)})`, {
          cause: error,
        });
      });
    assert.doesNotMatch(await page.locator('#markup').innerText(), /session-name/);
  });

  step('refuses a bad passcode at its field and sends nothing to the token endpoint', async () => {
    await page.fill('#sessionName', 'e2e plenary');
    await page.fill('#userName', 'Ada Lovelace');
    await page.fill('#passcode', 'far-too-long-passcode');
    const before = tokenRequests.length;
    const seen = (await events()).length;
    await page.click('#join-button');

    const problem = page.locator('#passcode-problem');
    await problem.waitFor();
    assert.match(await problem.innerText(), /at most 10 characters/);
    assert.equal(await page.locator('#passcode').getAttribute('aria-invalid'), 'true');
    const error = await waitForEvent({ type: 'zoom-session-error' }, seen);
    assert.equal(error.code, 'passcode-too-long');
    await page.locator('#event-log li', { hasText: 'passcode-too-long' }).first().waitFor();
    // Give a stray request time to show before saying there was none.
    await page.waitForTimeout(300);
    assert.equal(tokenRequests.length - before, 0, 'a bad passcode must not reach the token endpoint');
  });

  step('previews the fake camera', async () => {
    await page.fill('#passcode', 'abc123');
    await page.click('#preview-camera-button');
    await page.waitForFunction(
      () => {
        const video = document.querySelector('zoom-session')?.shadowRoot?.querySelector<HTMLVideoElement>('#preview-video');
        return !!video && !video.hidden && video.videoWidth > 0;
      },
      undefined,
      { timeout: 15_000 },
    );
    assert.equal(await page.locator('#preview-camera-button').getAttribute('aria-pressed'), 'true');
  });

  step('joins: one token request, then the offline failure in plain words, with Retry', async () => {
    const before = tokenRequests.length;
    const seen = (await events()).length;
    await page.click('#join-button');

    const message = page.locator('#error-message');
    await message.waitFor({ timeout: 20_000 });
    assert.match(await message.innerText(), /Could not connect to Zoom\. Check your internet connection, then try again\./);
    assert.equal(await elementState(), 'failed');
    const error = await waitForEvent({ type: 'zoom-session-error' }, seen);
    assert.equal(error.code, 'network');

    const steps = (await events()).slice(seen).filter((e) => e.type === 'zoom-session-state').map((e) => `${e.state}/${e.step ?? ''}`);
    assert.deepEqual(steps, [
      'preparing/checking',
      'preparing/getting-token',
      'joining/loading',
      'joining/connecting',
      'failed/',
    ]);
    const requests = tokenRequests.slice(before);
    assert.equal(requests.length, 1);
    assert.equal(requests[0]!.method(), 'POST');
    const body = requests[0]!.postDataJSON() as { sessionName: string; role: number };
    assert.equal(body.sessionName, 'e2e plenary');
    assert.equal(body.role, 0);
    assert.equal((await requests[0]!.response())?.status(), 200);
    await page.locator('#retry-button').waitFor();
  });

  step('retries and fails the same way', async () => {
    const seen = (await events()).length;
    await page.click('#retry-button');
    await waitForEvent({ type: 'zoom-session-state', state: 'joining', step: 'connecting' }, seen);
    const error = await waitForEvent({ type: 'zoom-session-error' }, seen);
    assert.equal(error.code, 'network');
    await page.locator('#error-message').waitFor();
    assert.equal(await elementState(), 'failed');
  });

  step('cancels a join that hangs, and is back at the form', async () => {
    // Zoom's endpoint takes the request and never answers.
    const held: Route[] = [];
    await page.route(/^https:\/\/([^/]+\.)?zoom\.us\//, (route) => void held.push(route));
    try {
      const seen = (await events()).length;
      await page.click('#retry-button');
      await waitForEvent({ type: 'zoom-session-state', state: 'joining', step: 'connecting' }, seen);
      const cancel = page.locator('#cancel-button');
      await cancel.waitFor();
      await cancel.click();
      const left = await waitForEvent({ type: 'zoom-session-left' }, seen);
      assert.equal(left.reason, 'cancelled');
      await page.locator('#join-button').waitFor();
      assert.equal(await elementState(), 'left');
      assert.ok(held.length > 0, 'the join reached Zoom’s endpoint');
    } finally {
      await page.unroute(/^https:\/\/([^/]+\.)?zoom\.us\//);
      for (const route of held) await route.abort('connectionfailed').catch(() => undefined);
    }
  });

  step('signs with the dev signer when chosen: nothing goes to the token endpoint', async () => {
    await page.focus('#provider-signer');
    await page.keyboard.press('Space');
    assert.equal(await page.isChecked('#provider-signer'), true);
    assert.equal(await page.locator('#mode-banner').getAttribute('data-mode'), 'signer');
    assert.match(await page.locator('#mode-banner').innerText(), /local development only/i);
    await page.fill('#signer-key', 'e2e-key');
    await page.fill('#signer-secret', 'e2e-secret-not-real-0123456789');

    const before = tokenRequests.length;
    const seen = (await events()).length;
    await page.click('#join-button');
    await waitForEvent({ type: 'zoom-session-state', state: 'joining', step: 'connecting' }, seen);
    const error = await waitForEvent({ type: 'zoom-session-error' }, seen);
    assert.equal(error.code, 'network');
    assert.equal(tokenRequests.length - before, 0);
  });

  step('sets a boolean attribute from the keyboard: no-preview', async () => {
    await page.focus('#attr-no-preview');
    await page.keyboard.press('Space');
    assert.equal(await page.locator('zoom-session').getAttribute('no-preview'), '');
    assert.match(await page.locator('#markup').innerText(), /^\s+no-preview$/m);
  });

  step('a build has no simulated client: choosing it says so, and the simulate panel stays off', async () => {
    const panelOff = () => page.evaluate(() => (document.querySelector('#simulate') as HTMLFieldSetElement).disabled);
    assert.equal(await panelOff(), true);
    await page.click('#client-fake');
    await page.waitForFunction(() => (document.querySelector('#client-real') as HTMLInputElement).checked);
    assert.equal(await panelOff(), true);
    assert.match(await page.locator('#event-log').innerText(), /only under npm start/);
  });
});
