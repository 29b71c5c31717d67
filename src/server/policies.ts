/**
 * Example policies for `createTokenHandler({authorize})`. A policy runs on the server and decides
 * who gets a token and with which role, from what the request proves (a session cookie, a bearer
 * token), never from what its body claims.
 */
import type { TokenGrant, TokenPolicy } from './token-handler.js';

/** What an event site knows about the person behind a session cookie. */
export interface EventSession {
  /** A stable id of the person; becomes the token's `user_key` (at most 36 characters). */
  userId: string | number;
  /** Manages the event (organiser, chair): may join as host. */
  isManager: boolean;
  /** Registered for the event, or otherwise allowed to attend: may join as participant. */
  isAttendee: boolean;
}

/** Options of `eventPolicy`. */
export interface EventPolicyOptions {
  /** The name of the site's session cookie (Indico: `indico_session`). */
  cookieName: string;
  /**
   * Looks the session cookie's value up in the site's session store. Resolves to `null` when the
   * session is unknown or expired. A rejection becomes a 500 answer (its message is only logged).
   */
  lookupSession: (cookieValue: string, request: Request) => Promise<EventSession | null> | EventSession | null;
}

/**
 * Reads one cookie from a `Cookie` header; `undefined` when absent. The value is URL-decoded when
 * it can be, and surrounding double quotes are removed.
 */
export function readCookie(cookieHeader: string | null, name: string): string | undefined {
  if (cookieHeader === null) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/**
 * The policy of an event page: event managers are hosts, logged-in attendees participants, and
 * everyone else gets no token (403). The token's `user_key` is the person's id, so Zoom's reports
 * name the same person the site does.
 *
 * ```ts
 * createTokenHandler({
 *   authorize: eventPolicy({
 *     cookieName: 'indico_session',
 *     lookupSession: async (sid) => sessions.find(sid), // your session store
 *   }),
 * });
 * ```
 */
export function eventPolicy(options: EventPolicyOptions): TokenPolicy {
  const { cookieName, lookupSession } = options;
  if (typeof cookieName !== 'string' || cookieName === '') throw new TypeError('eventPolicy: cookieName is required.');
  if (typeof lookupSession !== 'function') throw new TypeError('eventPolicy: lookupSession must be a function.');
  return async (request: Request): Promise<TokenGrant | null> => {
    const sid = readCookie(request.headers.get('cookie'), cookieName);
    if (sid === undefined || sid === '') return null;
    const session = await lookupSession(sid, request);
    if (session === null || session === undefined) return null;
    const userKey = String(session.userId);
    if (session.isManager === true) return { role: 1, userKey };
    if (session.isAttendee === true) return { role: 0, userKey };
    return null;
  };
}
