/**
 * `npm run pack:check`: what `npm publish` would ship, checked. Builds what is missing (the
 * standalone file and the library's code are usually there already from `npm run size`; the
 * types, the manifest and the server are built here), then reads `npm pack --dry-run --json` and
 * fails on:
 * - a demo build (dist/demo/) or the demo's sources;
 * - more than one copy of the Zoom SDK (a JavaScript file over 400 KB: the SDK is about 1 MB, the
 *   element's own largest file about 100 KB);
 * - a source map over 400 KB;
 * - an `exports`, `main`, `types`, `bin` or `customElements` target missing from the tarball;
 * - the examples the README links missing;
 * - lit or the SDK among `dependencies`: a server-only install must not pull them;
 * - the framework types: a React 19 TSX consumer and a Vue consumer (the `.ts` equivalent of a
 *   single-file component: Vue's `GlobalComponents` props) compiled with `tsc` against the packed
 *   package, unpacked into dist/.type-test/node_modules; and the attribute and event types
 *   compared with custom-elements.json at compile time.
 * Prints the tarball's size and file count.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildLibraryCode, buildStandalone } from './build.js';

const SDK_SIZE = 400 * 1024;
const MAP_LIMIT = 400 * 1024;

if (!existsSync('dist/standalone/zoom-session.js')) await buildStandalone();
if (!existsSync('dist/lib/index.js')) await buildLibraryCode();
const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['custom-elements-manifest', 'analyze', '--quiet']);
run('npm', ['run', '--silent', 'build:server']);

interface Packed {
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string; size: number }[];
}
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
) as [Packed];
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, unknown>;
const paths = new Set(packed.files.map((f) => f.path));
const problems: string[] = [];

for (const f of packed.files) {
  if (/^(dist\/demo\/|demo\/|index\.html$)/.test(f.path)) problems.push(`demo file in the package: ${f.path}`);
  if (f.path.endsWith('.map') && f.size > MAP_LIMIT) problems.push(`source map of ${(f.size / 1024).toFixed(0)} KB: ${f.path}`);
}
const sdkCopies = packed.files.filter((f) => /\.m?js$/.test(f.path) && f.size > SDK_SIZE);
if (sdkCopies.length > 1) problems.push(`${sdkCopies.length} copies of the Zoom SDK: ${sdkCopies.map((f) => f.path).join(', ')}`);

const targets: string[] = [];
const collect = (value: unknown): void => {
  if (typeof value === 'string') targets.push(value);
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
collect(pkg['exports']);
collect(pkg['bin']);
collect([pkg['main'], pkg['module'], pkg['types'], pkg['customElements']]);
for (const target of new Set(targets)) {
  const path = target.replace(/^\.\//, '');
  if (!paths.has(path)) problems.push(`package.json names ${target}, which is not in the package`);
}
for (const example of ['docs/examples/express-server.js', 'docs/examples/fetch-handler.js']) {
  if (!paths.has(example)) problems.push(`the README links ${example}, which is not in the package`);
}
const dependencies = Object.keys((pkg['dependencies'] as Record<string, string> | undefined) ?? {});
for (const heavy of ['lit', '@zoom/videosdk']) {
  if (dependencies.includes(heavy)) problems.push(`${heavy} is a dependency: a server-only install would pull it`);
}

problems.push(...typeTest());

/** Compiles framework consumers against the packed package; returns the problems. */
function typeTest(): string[] {
  const work = resolve('dist/.type-test');
  rmSync(work, { recursive: true, force: true });
  const installed = join(work, 'node_modules', 'zoom-session-element');
  mkdirSync(installed, { recursive: true });
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { stdio: ['ignore', 'ignore', 'pipe'] });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', installed, '--strip-components=1']);

  // What custom-elements.json says, as types the package's must equal.
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
    modules: { declarations?: { tagName?: string; attributes?: { name: string; type?: { text: string } }[]; events?: { name: string; type?: { text: string } }[] }[] }[];
  };
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'zoom-session')!;
  const union = (names: string[]) => names.map((n) => `'${n}'`).join(' | ');
  const typeOf = (text: string) => (/^(string|boolean)$|^'/.test(text) ? text : `api.${text}`);
  const attributes = (element.attributes ?? []).filter((a) => a.name !== 'state');
  const events = element.events ?? [];
  const files: Record<string, string> = {
    'manifest.ts': `import type * as api from 'zoom-session-element';
import type { ZoomSessionAttributes, ZoomSessionEventMap } from 'zoom-session-element/frameworks';
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export const attributeNames: Equal<keyof ZoomSessionAttributes, ${union(attributes.map((a) => a.name))}> = true;
export const eventNames: Equal<keyof ZoomSessionEventMap, ${union(events.map((e) => e.name))}> = true;
${attributes.map((a, i) => `export const attribute${i}: Equal<NonNullable<ZoomSessionAttributes['${a.name}']>, ${typeOf(a.type!.text)}> = true;`).join('\n')}
${events.map((e, i) => `export const event${i}: Equal<ZoomSessionEventMap['${e.name}'], api.${e.type!.text}> = true;`).join('\n')}
`,
    'react-consumer.tsx': `import type {} from 'zoom-session-element/react';
import 'zoom-session-element/define';
import { remoteTokenProvider } from 'zoom-session-element/remote-provider';

const tokenProvider = remoteTokenProvider({ url: '/api/token', headers: () => ({ 'X-CSRF-Token': 'x' }) });

export function Call({ session, name }: { session: string; name: string }) {
  return (
    <zoom-session
      session-name={session}
      user-name={name}
      token-endpoint="/api/token"
      session-role="host"
      video-mode="wasm"
      start-muted
      no-chat={false}
      tokenProvider={tokenProvider}
      strings={{ join: 'Enter' }}
      className="call"
      onzoom-session-state={(e) => console.log(e.state, e.step)}
      onzoom-session-joined={(e) => console.log(e.sessionName, e.userId)}
      onzoom-session-left={(e) => console.log(e.reason)}
      onzoom-session-error={(e) => console.log(e.error.code)}
      onzoom-session-participants={(e) => console.log(e.participants.length)}
      onzoom-session-share={(e) => console.log(e.sharing, e.self)}
      onzoom-session-chat={(e) => console.log(e.message.text)}
    />
  );
}
// @ts-expect-error: the element observes session-name, not sessionname
export const typo = <zoom-session sessionname="x" />;
// @ts-expect-error: session-role is participant or host
export const role = <zoom-session session-role="admin" />;
// @ts-expect-error: a joined event has no reason
export const field = <zoom-session onzoom-session-joined={(e) => e.reason} />;
`,
    'vue-consumer.ts': `import type {} from 'zoom-session-element/vue';
import type { GlobalComponents } from 'vue';

/** What vue-tsc checks a template's <zoom-session ...> against. */
type Props = InstanceType<GlobalComponents['zoom-session']>['$props'];
export const props: Props = {
  'session-name': 'plenary',
  'token-endpoint': '/api/token',
  'start-muted': true,
  tokenProvider: async () => 'token',
  onZoomSessionJoined: (e) => console.log(e.userId),
  onZoomSessionLeft: (e) => console.log(e.reason),
  onZoomSessionChat: (e) => console.log(e.message.text),
};
// @ts-expect-error: session-role is participant or host
export const role: Props = { 'session-role': 'admin' };
// @ts-expect-error: a left event has no userId
export const field: Props = { onZoomSessionLeft: (e) => console.log(e.userId) };
`,
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
      },
      include: ['*.ts', '*.tsx'],
    }),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(work, name), text);
  try {
    execFileSync('npx', ['tsc', '-p', join(work, 'tsconfig.json')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    console.log('pack: the React and Vue consumers compile against the packed package; types match custom-elements.json');
    rmSync(work, { recursive: true, force: true });
    return [];
  } catch (error) {
    return [`the framework types do not compile against the package (${work}):\n${(error as { stdout?: string }).stdout ?? error}`];
  }
}

const mb = (n: number) => `${(n / 1048576).toFixed(2)} MB`;
const maps = packed.files.filter((f) => f.path.endsWith('.map')).reduce((sum, f) => sum + f.size, 0);
console.log(
  `pack: ${mb(packed.size)} packed, ${mb(packed.unpackedSize)} unpacked, ${packed.entryCount} files ` +
    `(source maps ${mb(maps)}; SDK copies: ${sdkCopies.length})`,
);
if (problems.length > 0) {
  for (const p of problems) console.error(`pack: ${p}`);
  process.exit(1);
}
