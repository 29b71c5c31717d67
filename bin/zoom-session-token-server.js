#!/usr/bin/env node
// `npx zoom-session-token-server`: the token endpoint as a Node process (see the README, "Token endpoint").
// The package ships TypeScript sources, which Node 20 cannot run, so this runs the server compiled
// by `npm run build:server`; in a checkout without that build it runs the sources through tsx.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const NAME = 'zoom-session-token-server';
const compiled = new URL('../dist/server/node.js', import.meta.url);

let server;
if (existsSync(fileURLToPath(compiled))) {
  server = await import(compiled.href);
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    console.error(`${NAME}: dist/server/node.js is missing and tsx is not installed; run "npm run build:server" first.`);
    process.exit(1);
  }
  console.error(`${NAME}: dist/server/node.js is missing (npm run build:server makes it); running the TypeScript sources through tsx.`);
  register();
  server = await import(new URL('../src/server/node.ts', import.meta.url).href);
}
await server.runCli();
