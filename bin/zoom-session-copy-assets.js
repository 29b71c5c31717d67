#!/usr/bin/env node
// Copies the Zoom Video SDK's media files (node_modules/@zoom/videosdk/dist/lib) into a folder the
// page's server serves, for `<zoom-session assets="/that/path">`: no script or worker then comes
// from Zoom's CDN. Usage: zoom-session-copy-assets [destination]   (default: public/zoom-sdk-lib)
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const destination = resolve(process.argv[2] ?? 'public/zoom-sdk-lib');

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
