/**
 * Size check: builds the standalone file and fails when its first chunk, minified and
 * brotli-compressed, is past the budget. Prints the figures either way. The Zoom SDK is a separate
 * lazy chunk and does not count; other lazy chunks are printed for information.
 *
 * Then the same for a framework page (React, Vue, Angular, any bundler): the library build
 * (dist/lib) bundled and minified as an application's bundler would, resolved through the
 * package's `exports`, for the imports the README's snippets use. What the page's first chunk gains
 * from this package must stay within the same budget.
 *
 * Last, the project's limit on a source file's length (500 lines in `src/`): a file that grows past
 * it is split by what it holds, not trimmed, and the check names the longest files so the next
 * person sees how close each one is.
 */
import { mkdirSync, readFileSync, readdirSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { buildLibraryCode, buildStandalone } from './build.js';

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
let over = false;
if (main.brotli > BUDGET_BROTLI_BYTES) {
  console.error(`size: over budget by ${kb(main.brotli - BUDGET_BROTLI_BYTES)}: move call-only code to a lazy chunk or cut it.`);
  over = true;
}

/** A framework page's imports of this package, and whether they are held to the budget. */
const PAGES: { name: string; source: string; budget: boolean }[] = [
  {
    name: "define + token-endpoint attribute (the README's snippets)",
    source: "import 'zoom-session-element/define';",
    budget: true,
  },
  {
    // For pages that need headers or credentials: printed, not held to the budget (the element's
    // own first chunk leaves it no room); the README's snippets use the attribute.
    name: 'define + zoom-session-element/remote-provider (headers, credentials)',
    source: "import 'zoom-session-element/define';\nexport { remoteTokenProvider } from 'zoom-session-element/remote-provider';",
    budget: false,
  },
  {
    name: 'define + remoteTokenProvider from the main entry (for comparison: pulls the engine)',
    source: "import 'zoom-session-element/define';\nexport { remoteTokenProvider } from 'zoom-session-element';",
    budget: false,
  },
];

/** `zoom-session-element/x` resolved as a bundler would, through package.json `exports`. */
function exportsAliases(): { find: RegExp; replacement: string }[] {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; exports: Record<string, unknown> };
  return Object.entries(pkg.exports).flatMap(([subpath, target]) => {
    const file = typeof target === 'string' ? target : (target as { default?: string }).default;
    if (!file?.endsWith('.js')) return [];
    const specifier = pkg.name + subpath.slice(1);
    return [{ find: new RegExp(`^${specifier.replace(/[/.-]/g, '\\$&')}$`), replacement: resolve(file) }];
  });
}

await buildLibraryCode();
const work = resolve('dist/.size-pages');
rmSync(work, { recursive: true, force: true });
for (const [i, page] of PAGES.entries()) {
  const dir = join(work, String(i));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'page.js'), page.source);
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    root: dir,
    resolve: { alias: exportsAliases() },
    build: {
      outDir: join(dir, 'out'),
      target: 'es2022',
      minify: true,
      modulePreload: false,
      chunkSizeWarningLimit: 1500,
      rolldownOptions: {
        input: join(dir, 'page.js'),
        // The page's exports stand for its own code using them: kept, so what they pull counts.
        preserveEntrySignatures: 'allow-extension',
        output: { entryFileNames: 'page.js', chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
      },
    },
  });
  // The first chunk: the page's entry and every chunk it imports statically, each file
  // compressed on its own as it is served.
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunks = new Map(outputs.flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o] as const] : [])));
  const firstLoad = new Set<string>(['page.js']);
  for (const name of firstLoad) for (const imported of chunks.get(name)?.imports ?? []) firstLoad.add(imported);
  const first = [...firstLoad]
    .map((name) => sizes(join(dir, 'out', name)))
    .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));
  const verdict = page.budget ? (first.brotli > BUDGET_BROTLI_BYTES ? ' OVER BUDGET' : ' (within budget)') : '';
  console.log(`size: framework page, ${page.name}: first chunk ${kb(first.raw)} minified, ${kb(first.gzip)} gzip, ${kb(first.brotli)} brotli${verdict}`);
  if (page.budget && first.brotli > BUDGET_BROTLI_BYTES) over = true;
}
rmSync(work, { recursive: true, force: true });

const MAX_LINES = 500;
const sourceFiles = readdirSync(resolve('src'), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name: join('src', name), lines: readFileSync(resolve('src', name), 'utf8').split('\n').length - 1 }))
  .sort((a, b) => b.lines - a.lines);
const longest = sourceFiles.slice(0, 3).map((f) => `${f.name} ${f.lines}`).join(', ');
console.log(`size: longest source files: ${longest} (limit ${MAX_LINES} lines)`);
for (const file of sourceFiles.filter((f) => f.lines > MAX_LINES)) {
  console.error(`size: ${file.name} has ${file.lines} lines, over the ${MAX_LINES}-line limit: split it by what it holds.`);
  over = true;
}
if (over) process.exit(1);
