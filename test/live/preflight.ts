/**
 * What the live smoke test needs before it builds or launches anything: Video SDK credentials,
 * Chromium, and a route to Zoom. Each missing thing becomes one line that says what is missing
 * and why, so the smoke test can sit in a release checklist and say plainly why it did not run.
 *
 * Nothing here imports Vite or Playwright: a run that will not happen costs a DNS lookup and one
 * short HTTPS request.
 */
import { lookup } from 'node:dns/promises';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';

export interface Credentials {
  sdkKey: string;
  sdkSecret: string;
  /** Where they came from, for the run's first line (never the values). */
  source: string;
}

export interface CredentialsResult {
  credentials?: Credentials;
  /** One line per missing or unusable credential. */
  problems: string[];
}

const KEY = 'ZOOM_VIDEO_SDK_KEY';
const SECRET = 'ZOOM_VIDEO_SDK_SECRET';

/**
 * Reads `NAME=value` lines of a dotenv file: `#` comments, optional `export `, optional single or
 * double quotes around the value. Enough for two variables; Vite's own reader (used by the token
 * endpoint) gives the same answer for such files.
 */
export function parseDotenv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\s*export\s+/, '');
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    let value = match[2]!;
    const quoted = /^(['"])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2]!;
    else value = value.replace(/\s+#.*$/, '');
    values[match[1]!] = value;
  }
  return values;
}

/**
 * The SDK key and secret: the environment wins, then `.env.local` in `envDir` (the project root).
 * A value with blanks around it is refused here, as the token endpoint would refuse it.
 */
export function findCredentials(env: NodeJS.ProcessEnv, envDir: string): CredentialsResult {
  const file = join(envDir, '.env.local');
  const fromFile = existsSync(file) ? parseDotenv(readFileSync(file, 'utf8')) : {};
  const problems: string[] = [];
  const pick = (name: string): { value: string; source: string } | undefined => {
    const fromEnv = env[name];
    if (fromEnv !== undefined && fromEnv !== '') return { value: fromEnv, source: 'the environment' };
    const inFile = fromFile[name];
    if (inFile !== undefined && inFile !== '') return { value: inFile, source: '.env.local' };
    problems.push(`no ${name} (set it in the environment or in .env.local)`);
    return undefined;
  };
  const key = pick(KEY);
  const secret = pick(SECRET);
  for (const [name, found] of [[KEY, key], [SECRET, secret]] as const) {
    if (found && found.value !== found.value.trim()) {
      problems.push(`${name} (from ${found.source}) has blanks before or after it: remove them`);
    }
  }
  if (!key || !secret || problems.length > 0) return { problems };
  const source = key.source === secret.source ? key.source : `${key.source} and ${secret.source}`;
  return { credentials: { sdkKey: key.value, sdkSecret: secret.value, source }, problems };
}

/** One line when there is no Chromium at `path`, else undefined. */
export function checkChromium(path: string): string | undefined {
  if (existsSync(path)) return undefined;
  return `no Chromium at ${path} (apt-get install -y chromium, or set CHROME_PATH)`;
}

const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENETUNREACH: 'no route to the network',
  EHOSTUNREACH: 'no route to the host',
  ETIMEDOUT: 'connection timed out',
  CERT_HAS_EXPIRED: 'its certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'a certificate in its chain is self-signed (a proxy?)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate cannot be verified (a proxy?)',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate is for another name',
};

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return NETWORK_ERRORS[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Whether Zoom answers at `url` (default `https://zoom.us/`, where the SDK's first request goes):
 * a DNS lookup, then one HTTPS `HEAD` request; any HTTP answer counts. Each step gives up after
 * `timeoutMs`. Resolves to one line saying why not, or undefined when Zoom answered.
 */
export async function probeZoom(url: string, timeoutMs: number): Promise<string | undefined> {
  const target = new URL(url);
  const name = target.host;
  const seconds = `${Math.round(timeoutMs / 100) / 10} s`;
  try {
    await withTimeout(lookup(target.hostname), timeoutMs, `DNS did not answer within ${seconds}`);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const detail = typeof code === 'string' ? `DNS failed (${code})` : reason(error);
    return `${name} is not reachable: ${detail}`;
  }
  return new Promise((resolve) => {
    const req = request(target, { method: 'HEAD', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(undefined);
      req.destroy();
    });
    req.on('timeout', () => {
      resolve(`${name} is not reachable: no HTTPS answer within ${seconds}`);
      req.destroy();
    });
    req.on('error', (error) => resolve(`${name} is not reachable: ${reason(error)}`));
    req.end();
  });
}
