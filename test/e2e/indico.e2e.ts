/**
 * End-to-end: <zoom-session> on a page built as Indico 3.3 builds an event page with the guide's
 * plugin (docs/indico.md), in Debian's headless Chromium.
 *
 * - The plugin's client (docs/indico/indico_zoom_session/client/index.js) is bundled into one
 *   classic script and loaded by a plain <script src> in <head>, as Indico's `inject_bundle` does
 *   (indico_base.html renders bundles before the body).
 * - The page has Indico's <meta name="csrf-token" id="csrf-token"> and its nonce'd inline script.
 * - Indico's CSP header (indico/web/flask/app.py `inject_csp`) with the `blob:` the plugin adds
 *   through `get_csp_script_sources`; the SDK's media files are self-hosted under the plugin's
 *   static folder, as the guide sets `assets`.
 * - The token endpoint refuses a POST without the CSRF header (400, Indico's RH message) or the
 *   session cookie, and otherwise signs with eventPolicy's access choice.
 *
 * Zoom is never reached (its names do not resolve), so the join fails with `network` after the
 * element has got its token and started the SDK's join: that is the attempt this test reaches.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { createTokenHandler, eventPolicy } from '../../src/server/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { chromiumArgs } = (await import(pathToFileURL(join(root, 'web-test-runner.config.js')).href)) as { chromiumArgs: string[] };
const executablePath = process.env['CHROME_PATH'] || '/usr/bin/chromium';
const sdkLib = join(root, 'node_modules/@zoom/videosdk/dist/lib');

const CSRF = '6f1c2d3e-0000-4000-8000-csrf00000042';
const NONCE = 'r4nd0m-n0nce';
/** What Indico's inject_csp sends with CSP_ENABLED and nothing added. */
const STOCK_CSP = `script-src 'self' 'unsafe-eval' 'nonce-${NONCE}'; base-uri 'self'`;
/** ... with the `blob:` the guide's plugin adds through get_csp_script_sources. */
const INDICO_CSP = `script-src 'self' 'unsafe-eval' 'nonce-${NONCE}' blob:; base-uri 'self'`;
/** ... or, instead, with the narrower CSP_DIRECTIVES = {"worker-src 'self' blob:"} of indico.conf. */
const WORKER_SRC_CSP = `script-src 'self' 'unsafe-eval' 'nonce-${NONCE}'; base-uri 'self'; worker-src 'self' blob:`;
const TOKEN_PATH = '/event/42/zoom-session/token';
const INDICO_CSRF_MESSAGE =
  "It looks like there was a problem with your current session. Please use your browser's back button, reload the page and try again.";

/** The plugin's bundle: its client/index.js as one classic script, the package resolved to this project. */
async function pluginBundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'docs/indico/indico_zoom_session/client/index.js')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'error',
    alias: { 'zoom-session-element/define': join(root, 'src/define.ts') },
    tsconfig: join(root, 'tsconfig.json'),
  });
  return result.outputFiles[0]!.text;
}

function eventPage(csp: string, element: string): { csp: string; html: string } {
  return {
    csp,
    html: `<!DOCTYPE html>
<html lang="en">
<head>
    <title>Zoom session test event · Indico</title>
    <meta charset="UTF-8">
    <meta name="csrf-token" id="csrf-token" content="${CSRF}">
    <script nonce="${NONCE}">
        window.IndicoCSPNonce = "${NONCE}";
    </script>
    <script src="/static/plugins/zoom_session/dist/js/main.js"></script>
    <script>window.unNoncedInlineRan = true;</script>
</head>
<body>
    <main>
        <h1>Zoom session test event</h1>
        <div class="conference-home-info">${element}</div>
    </main>
</body>
</html>`,
  };
}

const ELEMENT = `<zoom-session
    session-name="indico-event-42"
    user-name="Ada Lovelace"
    token-endpoint="${TOKEN_PATH}"
    token-csrf-meta="csrf-token"
    assets="/static/plugins/zoom_session/zoom-sdk"
    lang="en-GB"
></zoom-session>`;

const pages: Record<string, { csp: string; html: string }> = {
  '/event/42/': eventPage(INDICO_CSP, ELEMENT),
  '/event/42/worker-src': eventPage(WORKER_SRC_CSP, ELEMENT),
  '/event/42/stock-csp': eventPage(STOCK_CSP, ELEMENT),
  // The same without token-csrf-meta: the element's request lacks the header Indico requires.
  '/event/42/no-csrf': eventPage(INDICO_CSP, ELEMENT.replace('token-csrf-meta="csrf-token"', '')),
};

/** The page's own un-nonced inline script: the one violation every page has, by design. */
const INLINE = { directive: 'script-src-elem', blocked: 'inline' };

const tokenHandler = createTokenHandler({
  sdkKey: 'indico-e2e-key',
  sdkSecret: 'indico-e2e-secret-not-real-0123456789',
  authorize: eventPolicy({
    cookieName: 'indico_session',
    access: 'registered',
    lookupSession: (sid) => (sid === 'sid-ada' ? { userId: 1337, isManager: false, isAttendee: true } : null),
  }),
});

const tokenRequests: { csrf: string | undefined; status: number }[] = [];
let bundle = '';

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(body);
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

const server: Server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://indico.test');
  const page = pages[url.pathname];
  if (req.method === 'GET' && page) {
    return send(res, 200, 'text/html; charset=utf-8', page.html, { 'content-security-policy': page.csp });
  }
  if (req.method === 'GET' && url.pathname === '/static/plugins/zoom_session/dist/js/main.js') {
    return send(res, 200, 'text/javascript', bundle);
  }
  const libPrefix = '/static/plugins/zoom_session/zoom-sdk/';
  if (req.method === 'GET' && url.pathname.startsWith(libPrefix)) {
    const file = normalize(join(sdkLib, decodeURIComponent(url.pathname.slice(libPrefix.length))));
    if (!file.startsWith(sdkLib) || !existsSync(file)) return send(res, 404, 'text/plain', 'not found');
    return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  }
  if (url.pathname === TOKEN_PATH) {
    const csrf = req.headers['x-csrf-token'] as string | undefined;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      // Indico's RH._check_csrf: a POST whose X-CSRF-Token is not the session's is a 400.
      if (req.method !== 'GET' && csrf !== CSRF) {
        tokenRequests.push({ csrf, status: 400 });
        return send(res, 400, 'application/json', JSON.stringify({ error: INDICO_CSRF_MESSAGE }));
      }
      const request = new Request(`http://127.0.0.1${TOKEN_PATH}`, {
        method: req.method ?? 'POST',
        headers: req.headers as Record<string, string>,
        body: Buffer.concat(chunks),
      });
      void tokenHandler(request).then(async (answer) => {
        tokenRequests.push({ csrf, status: answer.status });
        send(res, answer.status, answer.headers.get('content-type') ?? 'application/json', await answer.text());
      });
    });
    return undefined;
  }
  return send(res, 404, 'text/plain', 'not found');
});

interface PageRecord {
  violations: { directive: string; blocked: string }[];
  events: { type: string; state?: string | undefined; step?: string | undefined; code?: string | undefined }[];
}
declare global {
  interface Window {
    record: PageRecord;
    unNoncedInlineRan?: boolean;
    IndicoCSPNonce?: string;
  }
}

let browser: Browser;
let context: BrowserContext;
let origin: string;

describe('an Indico-like event page', { timeout: 600_000 }, () => {
  before(async () => {
    assert.ok(existsSync(executablePath), `No Chromium at ${executablePath}: apt-get install -y chromium, or set CHROME_PATH.`);
    bundle = await pluginBundle();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const args = [
      ...chromiumArgs.filter((a) => !a.startsWith('--host-resolver-rules')),
      '--host-resolver-rules=MAP zoom.us ~NOTFOUND, MAP *.zoom.us ~NOTFOUND',
    ];
    browser = await chromium.launch({ executablePath, args, headless: true });
    context = await browser.newContext();
    await context.addCookies([{ name: 'indico_session', value: 'sid-ada', url: origin, httpOnly: true, sameSite: 'Lax' }]);
    await context.addInitScript(() => {
      window.record = { violations: [], events: [] };
      document.addEventListener('securitypolicyviolation', (e) =>
        window.record.violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
      );
      for (const type of ['state', 'error']) {
        document.addEventListener(`zoom-session-${type}`, (event) => {
          const e = event as Event & { state?: string; step?: string; error?: { code: string } };
          window.record.events.push({ type, state: e.state, step: e.step, code: e.error?.code });
        });
      }
    });
  });

  after(async () => {
    await browser?.close();
    await new Promise((done) => server.close(done));
  });

  it('enforces the CSP: the nonce\'d script runs, an inline script without the nonce does not', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/event/42/`);
    assert.equal(await page.evaluate(() => window.IndicoCSPNonce), NONCE);
    assert.equal(await page.evaluate(() => window.unNoncedInlineRan), undefined);
    const violations = await page.evaluate(() => window.record.violations);
    assert.deepEqual(violations, [INLINE]);
    await page.close();
  });

  /** Loads a page, joins, and returns what happened once the join failed (Zoom cannot be reached). */
  async function joinOn(path: string) {
    const page = await context.newPage();
    const consoleCsp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text()) && !/inline script/i.test(m.text())) consoleCsp.push(m.text());
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const before = tokenRequests.length;
    await page.goto(`${origin}${path}`);
    await page.locator('zoom-session #join-button').click();
    const failed = (n: number) =>
      page
        .waitForFunction((n) => window.record.events.filter((e) => e.type === 'error').length >= n, n, { timeout: 90_000 })
        .catch(async (error: unknown) => {
          const events = await page.evaluate(() => window.record.events).catch(() => []);
          throw new Error(`no end to join ${n} on ${path}; events: ${JSON.stringify(events)}`, { cause: error });
        });
    await failed(1);
    // On a loaded machine the SDK's start (init) can outlast the element's 20 s join timeout:
    // then Try again, as a participant would, once.
    if ((await page.evaluate(() => window.record.events.find((e) => e.type === 'error')?.code)) === 'assets-unreachable') {
      await page.locator('zoom-session #retry-button').click();
      await failed(2);
    }
    const record = await page.evaluate(() => window.record);
    await page.close();
    const steps = record.events.filter((e) => e.type === 'state').map((e) => `${e.state}/${e.step ?? ''}`);
    const errors = record.events.filter((e) => e.type === 'error').map((e) => e.code);
    return { steps, errors, violations: record.violations, consoleCsp, pageErrors, tokens: tokenRequests.slice(before) };
  }

  for (const [what, path] of [
    ["the plugin's blob: in script-src", '/event/42/'],
    ["indico.conf's worker-src 'self' blob:", '/event/42/worker-src'],
  ]) {
    it(`upgrades the element from the <head> bundle and reaches the join attempt with no CSP violation (${what})`, async () => {
      const seen = await joinOn(path!);
      assert.ok(seen.steps.includes('joining/connecting'), `the join attempt was reached: ${seen.steps.join(', ')} (${seen.errors.join(', ')})`);
      assert.equal(seen.errors.at(-1), 'network', seen.errors.join(', '));
      assert.ok(seen.tokens.length >= 1, 'the element asked for a token');
      for (const sent of seen.tokens) assert.deepEqual(sent, { csrf: CSRF, status: 200 });
      assert.deepEqual(seen.violations, [INLINE], 'nothing of the element\'s or the SDK\'s is blocked');
      assert.deepEqual(seen.consoleCsp, []);
      assert.deepEqual(seen.pageErrors, []);
    });
  }

  it("with Indico's CSP as it comes, the SDK's blob: worker is blocked (why the guide adds blob:)", async () => {
    const seen = await joinOn('/event/42/stock-csp');
    assert.deepEqual(seen.tokens, [{ csrf: CSRF, status: 200 }]);
    assert.ok(
      seen.violations.some((v) => v.directive === 'worker-src' && v.blocked === 'blob'),
      `a blob: worker was blocked: ${JSON.stringify(seen.violations)}`,
    );
  });

  it('without token-csrf-meta, Indico refuses the request and the element says so', async () => {
    const page = await context.newPage();
    const before = tokenRequests.length;
    await page.goto(`${origin}/event/42/no-csrf`);
    await page.locator('zoom-session #join-button').click();
    await page.waitForFunction(() => window.record.events.some((e) => e.type === 'error'), undefined, { timeout: 30_000 });
    const record = await page.evaluate(() => window.record);
    assert.deepEqual(record.events.filter((e) => e.type === 'error').map((e) => e.code), ['token-endpoint-refused']);
    assert.deepEqual(tokenRequests.slice(before), [{ csrf: undefined, status: 400 }]);
    // The participant reads what they can do; Indico's own words are the page author's note, in Details.
    assert.match(await page.locator('zoom-session #error-message').innerText(), /did not let you join/);
    assert.match((await page.locator('zoom-session [part="error-details"]').textContent()) ?? '', /problem with your current session/);
    await page.close();
  });
});
