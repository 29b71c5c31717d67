// A local stand-in for Zoom's web endpoint (`https://zoom.us/wc/lsdk`), so the real Video SDK's
// answers to an expired token, a wrong passcode, an unreachable or a hanging server can be tested
// offline. Chromium is told `--host-resolver-rules=MAP zoom.us 127.0.0.1:PORT` and
// `--ignore-certificate-errors`; this HTTPS server, with a self-signed certificate made by openssl
// when the test run starts, answers as Zoom does.
//
// Modes, switched by the tests through `POST /test-zoom/mode` on the test server:
// - `offline` (default): every connection is dropped at once, as when Zoom cannot be reached;
// - `answer`: `POST /wc/lsdk` gets `200 {"status": false, "errorCode": N, "errorMessage": "..."}`;
// - `hang`: requests are read and never answered.
// Switching mode drops the connections left hanging. `GET /test-zoom/state` tells what was asked.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URLSearchParams } from 'node:url';
import { readBody } from './test-endpoints.js';

function selfSignedCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'zse-zoom-stand-in-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '1',
        '-subj', '/CN=zoom.us', '-addext', 'subjectAltName=DNS:zoom.us',
        '-keyout', key, '-out', cert,
      ],
      { stdio: 'pipe', timeout: 20000 },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function decodeBase64(value) {
  try {
    return value ? Buffer.from(value, 'base64').toString('utf8') : value;
  } catch {
    return value;
  }
}

class ZoomStandIn {
  server = null;
  port = undefined;
  /** Why the stand-in could not start (no openssl, say), or undefined. */
  unavailable = undefined;
  mode = 'offline';
  answer = { errorCode: 124, errorMessage: 'Verify JWT failed' };
  connections = 0;
  requests = [];
  sockets = new Set();

  /** Starts the server on an ephemeral port; never throws (see `unavailable`). */
  async start() {
    if (this.server || this.unavailable) return;
    let tls;
    try {
      tls = selfSignedCertificate();
    } catch (error) {
      this.unavailable = `could not make a certificate with openssl: ${error.message}`;
      return;
    }
    const server = createServer(tls, (req, res) => void this.handle(req, res));
    server.on('connection', (socket) => {
      this.connections++;
      if (this.mode === 'offline') {
        socket.destroy();
        return;
      }
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    server.on('tlsClientError', () => {});
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    server.unref();
    this.server = server;
    this.port = server.address().port;
  }

  /** Chromium flags that send zoom.us here (empty when the stand-in is not running). */
  get resolverRule() {
    return this.port ? `MAP zoom.us 127.0.0.1:${this.port}` : undefined;
  }

  setMode(mode, answer) {
    this.mode = mode;
    if (answer) this.answer = answer;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  reset() {
    this.setMode('offline');
    this.connections = 0;
    this.requests = [];
  }

  async handle(req, res) {
    const origin = req.headers.origin;
    if (origin) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? 'content-type');
      res.setHeader('Access-Control-Allow-Private-Network', 'true');
      res.writeHead(204).end();
      return;
    }
    const body = await readBody(req).catch(() => '');
    const form = new URLSearchParams(body);
    const url = new URL(req.url ?? '/', 'https://zoom.us');
    this.requests.push({
      method: req.method,
      path: url.pathname,
      topic: decodeBase64(form.get('topic')),
      userName: form.get('userName'),
      password: decodeBase64(form.get('password')),
      token: form.get('zlk'),
    });
    if (this.mode === 'hang') return; // never answered; dropped on the next mode change
    if (url.pathname !== '/wc/lsdk') {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not here');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ status: false, ...this.answer, result: null }));
  }

  async close() {
    if (!this.server) return;
    for (const socket of this.sockets) socket.destroy();
    this.server.closeAllConnections?.();
    await new Promise((resolve) => this.server.close(() => resolve()));
    this.server = null;
  }
}

/** The one stand-in of a test run; nothing starts until `start()`. */
export const zoomStandIn = new ZoomStandIn();

/**
 * A @web/test-runner plugin: starts the stand-in when the test server starts (before any browser
 * is launched) and points Chromium's `zoom.us` at it through the launcher's `args`; stops it at the
 * end of the run.
 */
export function zoomStandInPlugin(args) {
  return {
    name: 'zoom-stand-in',
    async serverStart() {
      await zoomStandIn.start();
      const rule = zoomStandIn.resolverRule;
      if (!rule) {
        console.warn(`Zoom stand-in not running (${zoomStandIn.unavailable}): the tests that need it will fail.`);
        return;
      }
      const i = args.findIndex((a) => a.startsWith('--host-resolver-rules='));
      if (i >= 0) args[i] = `${args[i]}, ${rule}`;
      else args.push(`--host-resolver-rules=${rule}`);
      args.push('--ignore-certificate-errors');
    },
    async serverStop() {
      await zoomStandIn.close();
    },
  };
}

/** Koa middleware of the test server: `/test-zoom/mode` (POST JSON) and `/test-zoom/state`. */
export async function zoomStandInControl(ctx, next) {
  if (!ctx.path.startsWith('/test-zoom/')) return next();
  const name = ctx.path.slice('/test-zoom/'.length);
  if (name === 'mode' && ctx.method === 'POST') {
    const body = JSON.parse((await readBody(ctx.req)) || '{}');
    if (body.reset) zoomStandIn.reset();
    zoomStandIn.setMode(body.mode ?? 'offline', body.answer);
  } else if (name !== 'state') {
    ctx.status = 404;
    return undefined;
  }
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({
    available: zoomStandIn.port !== undefined,
    unavailable: zoomStandIn.unavailable ?? null,
    mode: zoomStandIn.mode,
    connections: zoomStandIn.connections,
    requests: zoomStandIn.requests,
  });
  return undefined;
}
