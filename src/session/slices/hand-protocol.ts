/**
 * Raised hands over the Video SDK command channel (issue 13): the wire format and the hand state.
 * Pure: no SDK, no DOM, no timers; time comes in as `now` (ms).
 *
 * SDK behaviour followed (wave-2 SDK notes, section 3 "Command channel" and "Surprises" 3-4):
 * there is no raise-hand API on web; `getCommandClient().send(text, target?)` broadcasts to the
 * session without a target, or goes to one user with a user id. Incoming `command-channel-message`
 * is `{senderId: string, senderName, text, timestamp, msgid}`. The bundle allows 1,024 characters,
 * the d.ts says 512 bytes, the docs 512 characters and 2 messages/s per session (7105 beyond):
 * messages here stay at 512 characters or fewer, and only `state` is ever sent in answer to another.
 * Whether one's own broadcast echoes back is not known, so messages from oneself are dropped.
 *
 * ## Wire format, version 1 (the spec)
 *
 * One message = one command-channel text: the prefix `zse1:` followed by one JSON object whose `t`
 * names the type. At most 512 characters in all (`MAX_MESSAGE_CHARS`).
 *
 * | text                          | sent to      | meaning                                          |
 * |-------------------------------|--------------|--------------------------------------------------|
 * | `zse1:{"t":"hand","up":true}` | everyone     | the sender raised their hand                     |
 * | `zse1:{"t":"hand","up":false}`| everyone     | the sender lowered their hand                    |
 * | `zse1:{"t":"lower","u":42}`   | everyone     | a host or manager lowered user 42's hand         |
 * | `zse1:{"t":"lower","all":true}`| everyone    | a host or manager lowered every hand             |
 * | `zse1:{"t":"ask"}`            | everyone     | a newcomer asks which hands are up               |
 * | `zse1:{"t":"state","up":[7,3]}`| the asker   | the hands up, oldest first (user ids)            |
 *
 * Receivers ignore, without error: texts without the `zse1:` prefix (other apps, other versions:
 * a `zse2:` is a new format, not an extension), texts over 512 characters, anything that is not a
 * JSON object, an unknown `t`, fields of the wrong type, user ids that are not positive safe
 * integers, a `senderId` that is not a user id, and messages from oneself. Unknown extra fields are
 * ignored, so version 1 can gain optional fields without breaking older receivers.
 *
 * Authority: anyone may send anything on the channel, so a receiver applies `lower` only when the
 * sender is host or manager in its own roster, and `state` only from a host, a manager or the
 * designated responder (`isDesignatedResponder`); the caller checks and passes `trusted`.
 *
 * Late joiners (decided: needed, since hosts often join after hands went up): after
 * `command-channel-status` says `Connected`, a newcomer broadcasts `ask`. Exactly one participant
 * answers, with `state` sent to the asker alone: the host if one is present and is not the asker,
 * else the lowest user id other than the asker. One answer keeps within the rate limit. A `state`
 * too long for 512 characters keeps the oldest hands (about 50 ids fit), the ones a host calls first.
 *
 * Hand state: raise order is kept; raising twice or lowering a lowered hand changes nothing (the
 * reducer returns the same object); a hand goes down when its owner leaves or is unmuted (given the
 * floor: the caller dispatches `unmuted` on a muted-to-unmuted change from `user-updated`).
 */

export const PREFIX = 'zse1:';
export const MAX_MESSAGE_CHARS = 512;

export type HandMessage =
  | { readonly t: 'hand'; readonly up: boolean }
  | { readonly t: 'lower'; readonly u: number }
  | { readonly t: 'lower'; readonly all: true }
  | { readonly t: 'ask' }
  | { readonly t: 'state'; readonly up: readonly number[] };

export interface ReceivedHandMessage {
  readonly senderId: number;
  readonly senderName: string;
  readonly message: HandMessage;
}

const isUserId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;

/** The command-channel text for a message. A `state` that would be too long keeps its oldest ids. */
export function encodeHandMessage(message: HandMessage): string {
  if (message.t !== 'state') return PREFIX + JSON.stringify(message);
  const ids = [...new Set(message.up.filter(isUserId))];
  let text = PREFIX + JSON.stringify({ t: 'state', up: ids });
  while (text.length > MAX_MESSAGE_CHARS) {
    ids.length = Math.max(0, ids.length - Math.ceil((text.length - MAX_MESSAGE_CHARS) / 17));
    text = PREFIX + JSON.stringify({ t: 'state', up: ids });
  }
  return text;
}

/**
 * Reads a `command-channel-message` payload. `undefined` for anything that is not a valid
 * version-1 hand message from someone else.
 */
export function decodeHandMessage(payload: unknown, selfId: number | undefined): ReceivedHandMessage | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const { senderId, senderName, text } = payload as Record<string, unknown>;
  if (typeof text !== 'string' || text.length > MAX_MESSAGE_CHARS || !text.startsWith(PREFIX)) return undefined;
  const sender = typeof senderId === 'string' && /^[1-9]\d{0,15}$/.test(senderId) ? Number(senderId) : NaN;
  if (!isUserId(sender) || sender === selfId) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text.slice(PREFIX.length));
  } catch {
    return undefined;
  }
  const message = readMessage(body);
  if (!message) return undefined;
  return { senderId: sender, senderName: typeof senderName === 'string' ? senderName : '', message };
}

function readMessage(body: unknown): HandMessage | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const m = body as Record<string, unknown>;
  switch (m.t) {
    case 'hand':
      return typeof m.up === 'boolean' ? { t: 'hand', up: m.up } : undefined;
    case 'lower':
      if (m.all === true) return { t: 'lower', all: true };
      return isUserId(m.u) ? { t: 'lower', u: m.u } : undefined;
    case 'ask':
      return { t: 'ask' };
    case 'state':
      return Array.isArray(m.up) && m.up.every(isUserId) ? { t: 'state', up: [...new Set(m.up)] } : undefined;
    default:
      return undefined;
  }
}

/**
 * Whether this participant answers an `ask`: the host when present and not the asker, else the
 * lowest user id other than the asker. `userIds` is everyone in the session, self included.
 */
export function isDesignatedResponder(
  selfId: number,
  session: { readonly hostId: number | undefined; readonly askerId: number; readonly userIds: Iterable<number> },
): boolean {
  const others = [...session.userIds].filter((id) => id !== session.askerId);
  if (session.hostId !== undefined && session.hostId !== session.askerId && others.includes(session.hostId)) {
    return selfId === session.hostId;
  }
  return others.length > 0 && selfId === Math.min(...others);
}

export interface RaisedHand {
  readonly userId: number;
  /** `now` when this participant learnt of the hand (raise order is list order, not this). */
  readonly raisedAt: number;
}

export interface HandState {
  /** Raised hands, oldest first. */
  readonly hands: readonly RaisedHand[];
}

export const NO_HANDS: HandState = { hands: [] };

export type HandAction =
  | { readonly type: 'raise'; readonly userId: number; readonly now: number }
  | { readonly type: 'lower'; readonly userId: number }
  | { readonly type: 'lower-by-host'; readonly target: number | 'all' }
  | { readonly type: 'left'; readonly userId: number }
  | { readonly type: 'unmuted'; readonly userId: number }
  | { readonly type: 'snapshot'; readonly userIds: readonly number[]; readonly now: number };

/** The next hand state. Returns `state` itself when nothing changed. */
export function handsReducer(state: HandState, action: HandAction): HandState {
  switch (action.type) {
    case 'raise':
      if (!isUserId(action.userId) || state.hands.some((h) => h.userId === action.userId)) return state;
      return { hands: [...state.hands, { userId: action.userId, raisedAt: action.now }] };
    case 'lower':
    case 'left':
    case 'unmuted':
      return without(state, (h) => h.userId === action.userId);
    case 'lower-by-host':
      return without(state, (h) => action.target === 'all' || h.userId === action.target);
    case 'snapshot': {
      const known = new Map(state.hands.map((h) => [h.userId, h]));
      const ids = [...new Set(action.userIds.filter(isUserId))];
      const fromSnapshot = ids.map((userId) => known.get(userId) ?? { userId, raisedAt: action.now });
      const rest = state.hands.filter((h) => !ids.includes(h.userId));
      const hands = [...fromSnapshot, ...rest];
      const same = hands.length === state.hands.length && hands.every((h, i) => h === state.hands[i]);
      return same ? state : { hands };
    }
  }
}

function without(state: HandState, drop: (hand: RaisedHand) => boolean): HandState {
  const hands = state.hands.filter((h) => !drop(h));
  return hands.length === state.hands.length ? state : { hands };
}

/**
 * The reducer action for a received message, or `undefined` (an `ask`, which the caller answers
 * with `encodeHandMessage({t: 'state', up: raisedIds(state)})` when `isDesignatedResponder`).
 * `trusted`: the sender is host or manager, or (for `state`) the designated responder.
 */
export function actionFor(received: ReceivedHandMessage, now: number, trusted: boolean): HandAction | undefined {
  const { message, senderId } = received;
  switch (message.t) {
    case 'hand':
      return message.up ? { type: 'raise', userId: senderId, now } : { type: 'lower', userId: senderId };
    case 'lower':
      if (!trusted) return undefined;
      return { type: 'lower-by-host', target: 'all' in message ? 'all' : message.u };
    case 'state':
      return trusted ? { type: 'snapshot', userIds: message.up, now } : undefined;
    case 'ask':
      return undefined;
  }
}

/** User ids with a raised hand, oldest first. */
export function raisedIds(state: HandState): number[] {
  return state.hands.map((h) => h.userId);
}

/** Who raised and who lowered between two states (for the `zoom-session-hand` event). */
export function handChanges(before: HandState, after: HandState): { raised: number[]; lowered: number[] } {
  const was = new Set(raisedIds(before));
  const is = new Set(raisedIds(after));
  return { raised: [...is].filter((id) => !was.has(id)), lowered: [...was].filter((id) => !is.has(id)) };
}
