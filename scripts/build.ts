/**
 * `npm run build`: the three builds of the project.
 *  1. dist/standalone/zoom-session.js: one file a page loads with <script type="module">, Lit bundled,
 *     the element self-registering; the Zoom SDK stays a separate lazy chunk beside it.
 *  2. dist/lib/: the npm library (entries ., ./define, ./dev-signer, ./server, ./vite) with Lit,
 *     jose and the SDK left to the consumer's bundler, plus type declarations and
 *     custom-elements.json.
 *  3. dist/demo/: the demo page (never in the package: `npx tsx scripts/build.ts package` builds
 *     the first two, as prepack does).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'vite';
import { minifyCssLiterals } from './minify-css-literals.js';
import { minifyHtmlLiterals } from './minify-html-literals.js';

const only = process.argv[2];
const quiet = { logLevel: 'warn' as const };

/**
 * No source map for a chunk made only of dependencies (the Zoom SDK's): it maps Zoom's minified
 * code onto itself, and was 2.2 MB of the package.
 */
function noMapsForDependencies(): Plugin {
  return {
    name: 'zoom-session:no-maps-for-dependencies',
    generateBundle(_options, bundle) {
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type !== 'chunk' || !output.moduleIds.every((id) => id.includes('/node_modules/'))) continue;
        delete bundle[`${fileName}.map`];
        output.code = output.code.replace(/\n?\/\/# sourceMappingURL=\S*\s*$/, '\n');
      }
    },
  };
}

export async function buildStandalone(): Promise<void> {
  rmSync('dist/standalone', { recursive: true, force: true });
  await build({
    ...quiet,
    configFile: false,
    publicDir: false,
    plugins: [minifyCssLiterals(), minifyHtmlLiterals(), noMapsForDependencies()],
    build: {
      outDir: 'dist/standalone',
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      // The SDK chunk is about 1 MB by nature; it loads only on preview or join.
      chunkSizeWarningLimit: 1500,
      // Built as a library, not as an app: an app build wraps every `import()` in Vite's preload
      // helper (0.6 KB brotli of the first chunk, even with `modulePreload: false`), which preloads
      // the chunk's CSS and imports. This file has no CSS files, and each lazy chunk is wanted only
      // when it is asked for, so the plain `import()` is all it needs.
      lib: { entry: { 'zoom-session': 'src/define.ts' }, formats: ['es'] },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: true,
          // A library build keeps `@__PURE__` marks for a bundler that would read it; a page does not.
          comments: false,
          // Maps without the sources (src/ ships in the package).
          sourcemapExcludeSources: true,
        },
      },
    },
  });
}

const nodeExternal = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** The library's JavaScript only (what the size check needs); `buildLibrary` adds types and the manifest. */
export async function buildLibraryCode(): Promise<void> {
  rmSync('dist/lib', { recursive: true, force: true });
  await build({
    ...quiet,
    configFile: false,
    publicDir: false,
    // The consumer's bundler minifies the JavaScript, never the CSS and HTML inside template
    // literals: that is done here, as for the standalone file.
    plugins: [minifyCssLiterals(), minifyHtmlLiterals()],
    build: {
      outDir: 'dist/lib',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: {
        entry: {
          index: 'src/index.ts',
          define: 'src/define.ts',
          'dev-signer': 'src/token/dev-signer.ts',
          // The remote provider alone, for a page's first chunk: no engine, no jose.
          'remote-provider': 'src/remote-provider.ts',
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, 'jose', '@zoom/videosdk', ...nodeExternal],
        // Maps without the sources: they point at src/, which the package ships.
        output: { chunkFileNames: 'chunks/[name]-[hash].js', sourcemapExcludeSources: true },
      },
    },
  });
}

export async function buildLibrary(): Promise<void> {
  await buildLibraryCode();
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  // Options and the plugin that makes it true: custom-elements-manifest.config.mjs.
  execFileSync('npx', ['custom-elements-manifest', 'analyze', '--quiet'], { stdio: 'inherit' });
}

export async function buildDemo(): Promise<void> {
  await build({ ...quiet, build: { outDir: 'dist/demo', emptyOutDir: true } });
}

// Run the builds only when this file is the command, not when size.ts imports it.
const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
// `package`: what the npm package ships (prepack), without the demo.
if (isMain && (!only || only === 'standalone' || only === 'package')) await buildStandalone();
if (isMain && (!only || only === 'lib' || only === 'package')) await buildLibrary();
if (isMain && (!only || only === 'demo')) await buildDemo();
