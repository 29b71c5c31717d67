// Real HTTP endpoints served by the test runner's dev server, so browser tests talk to a server over
// the network rather than to a stubbed fetch. Paths under /test-token/ behave like token endpoints
// that work, refuse, break, hang or answer garbage.

import { PassThrough } from 'node:stream';

/** The last request each endpoint received, so tests can check what was sent. */
let lastRequest = null;

/** The whole body of a Node request, as text. */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A token that decodes, for endpoints that answer success (not signed with any real secret). */
const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
function fakeToken(body) {
  const now = Math.floor(Date.now() / 1000);
  return `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({
    app_key: 'test-key',
    tpc: body.sessionName,
    role_type: body.role,
    version: 1,
    iat: now - 30,
    exp: now + 7170,
  })}.c2lnbmF0dXJl`;
}

/** Koa middleware for @web/test-runner's `middleware` option. */
export async function testEndpoints(ctx, next) {
  const path = ctx.path;
  if (!path.startsWith('/test-token/')) return next();
  const name = path.slice('/test-token/'.length);

  if (name === 'last') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(lastRequest);
    return undefined;
  }

  const raw = await readBody(ctx.req);
  let body = null;
  try {
    body = JSON.parse(raw);
  } catch {
    body = null;
  }
  lastRequest = {
    method: ctx.method,
    contentType: ctx.get('content-type'),
    csrf: ctx.get('x-csrf-token') || null,
    cookie: ctx.get('cookie') || null,
    body,
  };

  switch (name) {
    case 'ok':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ signature: fakeToken(body ?? {}) });
      return undefined;
    case 'csrf':
      // As Indico's RH: a POST without the page's X-CSRF-Token header is a 400 with this message.
      if (!ctx.get('x-csrf-token')) {
        ctx.status = 400;
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({
          error: "It looks like there was a problem with your current session. Please use your browser's back button, reload the page and try again.",
        });
        return undefined;
      }
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ signature: fakeToken(body ?? {}) });
      return undefined;
    case 'errors':
      ctx.status = 400;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        errors: [{ property: 'sessionName', reason: 'Session name must be fewer than 200 characters.' }],
      });
      return undefined;
    case 'forbidden':
      ctx.status = 403;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ errors: [{ property: 'role', reason: 'Only event managers can host.' }] });
      return undefined;
    case 'server-error':
      ctx.status = 500;
      ctx.type = 'text/html';
      ctx.body = '<h1>Internal Server Error</h1>';
      return undefined;
    case 'garbage':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not an API</title>';
      return undefined;
    case 'no-signature':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ token: 'abc' });
      return undefined;
    case 'slow':
      await sleep(3000);
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ signature: fakeToken(body ?? {}) });
      return undefined;
    case 'held-open': {
      // The whole JSON answer in two pieces (the first ending in a brace that closes nothing yet),
      // then the response stays open until the client goes away: a provider that waits for the
      // end of the body never gets a token from it.
      const stream = new PassThrough();
      ctx.type = 'application/json';
      ctx.body = stream;
      stream.write('{"meta":{"version":1}');
      setTimeout(() => stream.write(`,"signature":"${fakeToken(body ?? {})}"}\n`), 30);
      ctx.req.once('close', () => stream.end());
      return undefined;
    }
    default:
      ctx.status = 404;
      ctx.body = 'no such test endpoint';
      return undefined;
  }
}
