/**
 * Size check: builds the standalone file and fails when its first chunk, minified and
 * brotli-compressed, is past the budget. Prints the figures either way. The Zoom SDK is a separate
 * lazy chunk and does not count; other lazy chunks are printed for information.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildStandalone } from './build.js';

/** The budget for what a page downloads before anyone clicks, in bytes of brotli. */
export const BUDGET_BROTLI_BYTES = 12 * 1024;

function sizes(file: string) {
  const raw = readFileSync(file);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;

await buildStandalone();
const entry = 'dist/standalone/zoom-session.js';
const main = sizes(entry);
console.log(`size: ${entry}: ${kb(main.raw)} minified, ${kb(main.gzip)} gzip, ${kb(main.brotli)} brotli (budget ${kb(BUDGET_BROTLI_BYTES)} brotli)`);
const chunkDir = 'dist/standalone/chunks';
if (existsSync(chunkDir)) {
  for (const name of readdirSync(chunkDir).filter((f) => f.endsWith('.js'))) {
    const s = sizes(join(chunkDir, name));
    console.log(`size:   lazy chunk ${name}: ${kb(s.raw)} minified, ${kb(s.brotli)} brotli`);
  }
}
if (main.brotli > BUDGET_BROTLI_BYTES) {
  console.error(`size: over budget by ${kb(main.brotli - BUDGET_BROTLI_BYTES)}: move call-only code to a lazy chunk or cut it.`);
  process.exit(1);
}
