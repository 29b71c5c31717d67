/**
 * The live smoke test: one command that proves a real Zoom Video SDK session works end to end with
 * the element, for whoever holds Video SDK credentials, before a release. Not part of `npm test`.
 *
 *   npm run smoke:live                       # 3 participants, screenshots in test-results/smoke-live/
 *   npm run smoke:live -- --participants 2
 *   npm run smoke:live -- --rehearse         # offline: the whole run with demo credentials, Zoom unreachable
 *
 * It needs ZOOM_VIDEO_SDK_KEY and ZOOM_VIDEO_SDK_SECRET (in the environment or in .env.local),
 * Chromium, and a route to Zoom. When one is missing it says so, one line each, and exits 0 without
 * building or launching anything, so it can sit in a release checklist. When it runs, it exits 1
 * if any check failed. See README.md, "Before a release".
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkChromium, findCredentials, probeZoom } from './preflight.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '3' },
    out: { type: 'string' },
    rehearse: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    'keep-going': { type: 'boolean', default: false },
    'timeout-scale': { type: 'string', default: '1' },
    // Where credentials and Zoom are looked for; the test of the "not run" lines points these elsewhere.
    'env-dir': { type: 'string', default: root },
    'zoom-url': { type: 'string', default: 'https://zoom.us/' },
    'probe-timeout': { type: 'string', default: '5' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`npm run smoke:live [-- options]

  --participants N     2 or 3 participants (default 3; the first is host)
  --out DIR            where screenshots go (default test-results/smoke-live/<time>)
  --timeout-scale F    multiply every check's timeout (slow machine or network)
  --keep-going         run every check even when not everyone joined
  --rehearse, --dry-run  offline rehearsal: demo credentials, Zoom unreachable in Chromium,
                       short timeouts; checks the plumbing, not Zoom
  --env-dir DIR        where .env.local is read (default the project)
  --zoom-url URL       where Zoom is probed (default https://zoom.us/)
  --probe-timeout S    seconds for each reachability step (default 5)`);
  process.exit(0);
}

const participants = Number(values.participants);
const scale = Number(values['timeout-scale']);
const probeTimeout = Number(values['probe-timeout']);
if (![2, 3].includes(participants) || !(scale > 0) || !(probeTimeout > 0)) {
  console.error('smoke:live: --participants is 2 or 3; --timeout-scale and --probe-timeout are positive numbers.');
  process.exit(2);
}

const chromium = process.env['CHROME_PATH'] || '/usr/bin/chromium';
const rehearsal = values.rehearse || values['dry-run'];
const missing: string[] = [];
const noChromium = checkChromium(chromium);
if (noChromium) missing.push(noChromium);
let credentials;
if (!rehearsal) {
  const found = findCredentials(process.env, values['env-dir']);
  missing.push(...found.problems);
  credentials = found.credentials;
  const unreachable = await probeZoom(values['zoom-url'], probeTimeout * 1000);
  if (unreachable) missing.push(unreachable);
}

if (missing.length > 0) {
  console.log('smoke:live did not run (nothing was built or launched):');
  for (const line of missing) console.log(`  ${line}`);
  // A DNS lookup that timed out may still hold a thread: leave now, with success (see above).
  process.exit(0);
}

if (credentials) console.log(`smoke:live: Video SDK credentials from ${credentials.source}; Zoom answers.`);
else console.log('smoke:live --rehearse: offline, with demo credentials; Zoom is made unreachable, so every join fails.');

const { runSmoke } = await import('./run.js');
const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const code = await runSmoke({
  root,
  out: resolve(values.out ?? join(root, 'test-results', rehearsal ? 'smoke-rehearsal' : 'smoke-live', stamp)),
  participants,
  credentials,
  rehearsal,
  chromium,
  scale,
  keepGoing: rehearsal || values['keep-going'],
}).catch((error: unknown) => {
  console.error('smoke:live could not run:', error);
  return 1;
});
process.exit(code);
