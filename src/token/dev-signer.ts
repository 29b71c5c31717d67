/**
 * A token provider that signs Video SDK JWTs in the page, for local development only: the SDK
 * secret is then in the page, where anyone can read it. It lives in its own entry point
 * (`zoom-session-element/dev-signer`) that the element never imports, so a production bundle
 * carries no signer and no secret unless a page imports this on purpose.
 */
import { SignJWT } from 'jose';
import { buildClaims } from './claims.js';
import { TokenError, type TokenProvider, type TokenRequest } from './types.js';

export interface DevSignerOptions {
  sdkKey: string;
  sdkSecret: string;
  /**
   * Sign on origins other than localhost, 127.0.0.1 and [::1]. Anyone who opens such a page can
   * read the secret and mint host tokens for your account: only for throwaway credentials.
   */
  allowInsecure?: boolean;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True for the hosts the dev signer signs on without `allowInsecure`. */
export function isLocalHostname(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return LOCAL_HOSTS.has(host) || host.endsWith('.localhost');
}

let warned = false;

function currentHostname(): string | undefined {
  return (globalThis as { location?: { hostname: string } }).location?.hostname;
}

/**
 * Signs tokens with jose (HS256) in the page. Refuses on any origin but localhost unless
 * `allowInsecure` is set, and warns once in the console that the secret is in the page.
 */
export function devSigner(options: DevSignerOptions): TokenProvider {
  const { sdkKey, sdkSecret, allowInsecure = false } = options;
  if (!warned) {
    warned = true;
    console.warn(
      'zoom-session: the dev signer puts the Video SDK secret in this page, where anyone can read it. ' +
        'Use it for local development only; production pages need a token endpoint.',
    );
  }
  const key = new TextEncoder().encode(sdkSecret ?? '');

  return async (request: TokenRequest, signal: AbortSignal): Promise<string> => {
    if (signal.aborted) throw new TokenError('token-aborted', 'Getting a token was cancelled.');
    const hostname = currentHostname();
    if (hostname !== undefined && !allowInsecure && !isLocalHostname(hostname)) {
      throw new TokenError(
        'token-signer-insecure-origin',
        `The development token signer refuses to run on ${hostname}: it would expose the Video SDK secret. ` +
          'Use a token endpoint (the token-endpoint attribute) on real sites.',
      );
    }
    if (typeof sdkSecret !== 'string' || sdkSecret === '') {
      throw new TokenError('token-signer-misconfigured', 'The development token signer has no Video SDK secret.');
    }
    if (!globalThis.crypto?.subtle) {
      // Web Crypto exists only in secure contexts: an http:// page on a real host name has none.
      throw new TokenError(
        'token-signer-misconfigured',
        'The development token signer needs a secure page (https:// or localhost) to sign tokens.',
      );
    }
    const claims = buildClaims(request, sdkKey);
    const token = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(key);
    if (signal.aborted) throw new TokenError('token-aborted', 'Getting a token was cancelled.');
    return token;
  };
}
