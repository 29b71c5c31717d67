// Browser tests: TypeScript through esbuild (with the project's tsconfig, so Lit's decorator
// settings apply), in Debian's headless Chromium with a fake camera and microphone, and a local
// stand-in for Zoom's web endpoint (test/support/zoom-stand-in.js) so the real SDK can be tested
// offline. Importing this file starts nothing: the stand-in starts with the test server.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { testEndpoints } from './test/support/test-endpoints.js';
import { zoomStandInControl, zoomStandInPlugin } from './test/support/zoom-stand-in.js';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `No Chromium at ${executablePath}: install it with "apt-get update && apt-get install -y chromium" or set CHROME_PATH.`,
  );
  process.exit(1);
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
  // A non-local host name for the test server, to check what refuses to run off localhost.
  '--host-resolver-rules=MAP events.example 127.0.0.1',
];

// The test run's own flags: `gc()` and unrounded `performance.memory` for the leak test; the stand-in adds its zoom.us mapping and
// --ignore-certificate-errors to this array when it has started, before Chromium is launched.
const launchArgs = [
  ...chromiumArgs,
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
  `--user-data-dir=${mkdtempSync(join(tmpdir(), 'zse-chromium-'))}`,
];

export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 30000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), zoomStandInPlugin(launchArgs)],
  middleware: [testEndpoints, zoomStandInControl],
  // Lit announces its dev mode on every page; every other browser log is shown.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: launchArgs,
      },
    }),
  ],
};
