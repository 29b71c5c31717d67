#!/usr/bin/env node
// Copies the Zoom Video SDK's media files (node_modules/@zoom/videosdk/dist/lib) into a folder the
// page's server serves, for `<zoom-session assets="/that/path">`: no script or worker then comes
// from Zoom's CDN. Usage: zoom-session-copy-assets [destination]   (default: public/zoom-sdk-lib); --help
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const USAGE = `Usage: zoom-session-copy-assets [destination]

Copies the Zoom Video SDK's media files (@zoom/videosdk/dist/lib: WebAssembly, workers, about
63 MB) into destination (default: public/zoom-sdk-lib), for <zoom-session assets="/zoom-sdk-lib">:
the SDK then loads nothing from Zoom's CDN. Serve .wasm as application/wasm and .js as
text/javascript, and copy again after every upgrade of @zoom/videosdk.

Options:
  -h, --help   print this help
`;

const args = process.argv.slice(2);
if (args.includes('-h') || args.includes('--help')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
// A folder named like an option is a typo, not a destination: copying 63 MB into "--dry-run"
// helps nobody. A real folder of that name can still be given as ./--name.
const option = args.find((a) => a.startsWith('-'));
if (option !== undefined || args.length > 1) {
  console.error(
    option !== undefined
      ? `zoom-session-copy-assets: unknown option ${option} (a folder of that name: ./${option}).`
      : `zoom-session-copy-assets: one destination folder, not ${args.length}.`,
  );
  process.stderr.write(`\n${USAGE}`);
  process.exit(2);
}
const destination = resolve(args[0] ?? 'public/zoom-sdk-lib');

/** The SDK the page's own project uses, else the one this package depends on. */
function sdkLib() {
  for (const from of [join(process.cwd(), 'package.json'), import.meta.url]) {
    try {
      // The SDK's exports hide its package.json: find its entry, then its dist/lib beside it.
      let dir = dirname(createRequire(from).resolve('@zoom/videosdk'));
      while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
      const lib = join(dir, 'dist', 'lib');
      if (existsSync(lib)) return lib;
    } catch {
      // not installed there: try the next place
    }
  }
  return undefined;
}

const source = sdkLib();
if (!source) {
  console.error('zoom-session-copy-assets: @zoom/videosdk is not installed here; run "npm install @zoom/videosdk" first.');
  process.exit(1);
}
cpSync(source, destination, { recursive: true });
const files = readdirSync(destination, { recursive: true }).filter((f) => statSync(join(destination, String(f))).isFile());
const bytes = files.reduce((sum, f) => sum + statSync(join(destination, String(f))).size, 0);
const version = JSON.parse(
  (await import('node:fs')).readFileSync(join(source, '..', '..', 'package.json'), 'utf8'),
).version;
console.log(
  `zoom-session-copy-assets: copied ${files.length} files (${(bytes / 1048576).toFixed(1)} MB) of @zoom/videosdk ${version} to ${relative(process.cwd(), destination) || '.'}.\n` +
    'Serve them with .wasm as application/wasm and .js as text/javascript, and point the element at them,\n' +
    'e.g. <zoom-session assets="/zoom-sdk-lib">. Copy again whenever you upgrade @zoom/videosdk: the files must match its version.',
);
