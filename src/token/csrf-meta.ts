import { TokenError } from './types.js';

/**
 * The header a page that keeps its CSRF token in `<meta name="csrf-token">` expects it back in:
 * Indico, Rails and Laravel all read `X-CSRF-Token` (header names are case-insensitive).
 */
export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * Reads the CSRF token from the page's `<meta name="<name>" content="...">` now, and returns it as
 * the `X-CSRF-Token` header for a token request. Call it at each request (as the `headers` function
 * of `remoteTokenProvider`), so a token the page renews is always the current one. A missing or
 * empty tag is a `TokenError` (`token-csrf-missing`) rather than a request the server will refuse;
 * its message is for the page author (the element tells the participant to tell the organizers).
 */
export function csrfMetaHeaders(name: string, doc: Document = document): Record<string, string> {
  const wanted = name.trim();
  // Compared, not put in a selector: the attribute's value is never parsed as CSS.
  const meta = [...doc.getElementsByTagName('meta')].find((m) => m.name === wanted);
  const value = meta?.content.trim() ?? '';
  if (value === '') {
    throw new TokenError(
      'token-csrf-missing',
      `The page has no <meta name="${wanted.slice(0, 60)}"> holding its security (CSRF) token, so no session token can be asked for: check the token-csrf-meta attribute of <zoom-session>.`,
    );
  }
  return { [CSRF_HEADER]: value };
}
