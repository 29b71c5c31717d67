/**
 * The Indico guide's other way (docs/examples/indico-token-handler.js): this package's handler
 * behind the same web server. Its session-name gate reads the body at most MAX_BODY_BYTES far
 * (issue: the former example's `request.clone().json()` read a 300 MB body whole), and what passes
 * the gate gets the tokens eventPolicy grants.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { decodeJwt } from 'jose';
import type { EventPolicyOptions, EventSession } from '../../src/server/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** What docs/examples/indico-token-handler.js exports (plain JS, checked by its own tsconfig). */
interface Example {
  MAX_BODY_BYTES: number;
  indicoTokenHandler(options: {
    sdkKey?: string;
    sdkSecret?: string;
    lookupSession: EventPolicyOptions['lookupSession'];
  }): (request: Request) => Promise<Response>;
}
let example: Example;
let dir: string;

before(async () => {
  // The example imports the published name; bundle it with that name pointing at this source.
  dir = mkdtempSync(join(tmpdir(), 'zse-indico-example-'));
  const out = await build({
    entryPoints: [join(root, 'docs/examples/indico-token-handler.js')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    alias: { 'zoom-session-element/server': join(root, 'src/server/index.ts') },
    logLevel: 'error',
  });
  writeFileSync(join(dir, 'example.mjs'), out.outputFiles[0]!.text);
  example = (await import(pathToFileURL(join(dir, 'example.mjs')).href)) as Example;
});
after(() => rmSync(dir, { recursive: true, force: true }));

const people: Record<string, EventSession> = {
  'sid-manager': { userId: 7, isManager: true, isAttendee: false },
  'sid-registrant': { userId: 1337, isManager: false, isAttendee: true },
};

function handler() {
  return example.indicoTokenHandler({
    sdkKey: 'key',
    sdkSecret: 'secret-not-real-0123456789abcdef',
    lookupSession: (sid) => people[sid] ?? null,
  });
}

const post = (path: string, body: BodyInit, sid = 'sid-registrant', init: RequestInit = {}) =>
  new Request(`http://indico.test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `indico_session=${sid}` },
    body,
    ...init,
  });

describe("the Indico guide's Node token handler", () => {
  it('signs for this event\'s session, with the role and user_key eventPolicy grants', async () => {
    const h = handler();
    const r = await h(post('/zoom-token/42', JSON.stringify({ sessionName: 'indico-event-42', role: 1 }), 'sid-manager'));
    assert.equal(r.status, 200, await r.clone().text());
    const claims = decodeJwt(((await r.json()) as { signature: string }).signature);
    assert.deepEqual([claims['tpc'], claims['role_type'], claims['user_key']], ['indico-event-42', 1, '7']);
    const p = await h(post('/zoom-token/42', JSON.stringify({ sessionName: 'indico-event-42', role: 1 })));
    assert.equal(p.status, 403, 'a registrant cannot host');
  });

  it("refuses another event's session before signing", async () => {
    const r = await handler()(post('/zoom-token/42', JSON.stringify({ sessionName: 'indico-event-43', role: 1 }), 'sid-manager'));
    assert.equal(r.status, 400);
    assert.deepEqual(((await r.json()) as { errors: { property: string }[] }).errors.map((e) => e.property), ['sessionName']);
  });

  it('stops reading a large body at the limit (413) and never pulls the rest', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const total = 300 * 1024 * 1024; // what an attacker may send
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= total) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const r = await handler()(post('/zoom-token/42', stream, 'sid-registrant', { duplex: 'half' } as RequestInit));
    assert.equal(r.status, 413);
    assert.ok(pulled <= 4 * chunk.byteLength, `read ${pulled} bytes of ${total}`);
  });

  it('reads a body exactly at the limit, and refuses one byte more', async () => {
    const name = JSON.stringify({ sessionName: 'indico-event-42', role: 0 });
    const exact = name.slice(0, -1) + ' '.repeat(example.MAX_BODY_BYTES - name.length) + '}';
    assert.equal(exact.length, example.MAX_BODY_BYTES);
    assert.equal((await handler()(post('/zoom-token/42', exact))).status, 200);
    assert.equal((await handler()(post('/zoom-token/42', exact + ' '))).status, 413);
  });

  it('answers 404 off its routes and 400 for a body that is not JSON', async () => {
    assert.equal((await handler()(post('/zoom-token/abc', '{}'))).status, 404);
    assert.equal((await handler()(post('/zoom-token/42', 'not json'))).status, 400);
  });
});
