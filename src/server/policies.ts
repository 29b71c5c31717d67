/**
 * Example policies for `createTokenHandler({authorize})`. A policy runs on the server and decides
 * who gets a token and with which role, from what the request proves (a session cookie, a bearer
 * token), never from what its body claims.
 */
import type { RoleType } from '../token/types.js';
import type { TokenGrant, TokenPolicy } from './token-handler.js';

/** What an event site knows about the person behind a session cookie. */
export interface EventSession {
  /**
   * A stable id of the person; becomes the token's `user_key` (at most 36 characters). `null` for a
   * visitor the site knows but who is not logged in (Indico's anonymous session).
   */
  userId: string | number | null;
  /**
   * Manages the event (organiser, chair; Indico: `event.can_manage(user, allow_admin=False)`, so a
   * site admin is a host only where they manage): may join as host.
   */
  isManager: boolean;
  /** Registered for the event (Indico: a complete registration, not an unpaid one). */
  isAttendee: boolean;
  /** May see the event at all (Indico: `event.can_access(user)`); default true. */
  canAccess?: boolean | undefined;
}

/**
 * Who may join an event's session as a participant, the choice Indico's Zoom Meetings plugin
 * offers for each room: everyone who can see the event (anonymous visitors too), logged-in users,
 * registered participants, or no one (managers only).
 */
export type EventAccess = 'everyone' | 'logged_in' | 'registered' | 'no_one';

/** The access choices, in the order Indico lists them. */
export const EVENT_ACCESS: readonly EventAccess[] = ['everyone', 'logged_in', 'registered', 'no_one'];

/** What decides a person's role in an event's session (the Indico guide's `role_for`). */
export interface EventPerson {
  loggedIn: boolean;
  canAccess: boolean;
  isManager: boolean;
  isRegistered: boolean;
}

/**
 * The highest role a person may have in an event's session: 1 host, 0 participant, `null` none.
 * Nobody who cannot see the event; managers host whatever the access choice; participants as
 * `access` says. The same rule as `role_for` of the Indico guide (docs/indico.md), checked
 * against the same vectors.
 */
export function eventRole(access: EventAccess, person: EventPerson): RoleType | null {
  if (!EVENT_ACCESS.includes(access)) throw new TypeError(`Unknown event access choice: ${String(access)}.`);
  if (!person.canAccess) return null;
  if (person.loggedIn && person.isManager) return 1;
  if (access === 'everyone') return 0;
  if (access === 'logged_in' && person.loggedIn) return 0;
  if (access === 'registered' && person.loggedIn && person.isRegistered) return 0;
  return null;
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
  /** Who may join as a participant; default `'registered'`. Managers are hosts whatever it says. */
  access?: EventAccess | undefined;
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
 * The policy of an event page: event managers are hosts, the people `access` names (default:
 * registered attendees) participants, and everyone else gets no token (403), as is a request
 * without the session cookie. The token's `user_key` is the person's id, so Zoom's reports name the
 * same person the site does; an anonymous visitor (`userId: null`, only let in by `'everyone'`)
 * gets none.
 *
 * ```ts
 * createTokenHandler({
 *   authorize: eventPolicy({
 *     cookieName: 'indico_session',
 *     lookupSession: async (sid) => sessions.find(sid), // your session store
 *     access: 'registered',
 *   }),
 * });
 * ```
 */
export function eventPolicy(options: EventPolicyOptions): TokenPolicy {
  const { cookieName, lookupSession, access = 'registered' } = options;
  if (typeof cookieName !== 'string' || cookieName === '') throw new TypeError('eventPolicy: cookieName is required.');
  if (typeof lookupSession !== 'function') throw new TypeError('eventPolicy: lookupSession must be a function.');
  if (!EVENT_ACCESS.includes(access)) {
    throw new TypeError(`eventPolicy: access must be one of ${EVENT_ACCESS.join(', ')}; it is ${String(access)}.`);
  }
  return async (request: Request): Promise<TokenGrant | null> => {
    const sid = readCookie(request.headers.get('cookie'), cookieName);
    if (sid === undefined || sid === '') return null;
    const session = await lookupSession(sid, request);
    if (session === null || session === undefined) return null;
    const loggedIn = session.userId !== null && session.userId !== undefined && session.userId !== '';
    const role = eventRole(access, {
      loggedIn,
      canAccess: session.canAccess !== false,
      isManager: session.isManager === true,
      isRegistered: session.isAttendee === true,
    });
    if (role === null) return null;
    return loggedIn ? { role, userKey: String(session.userId) } : { role };
  };
}
