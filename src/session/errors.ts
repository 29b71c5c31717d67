import type { InputProblemCode } from '../token/rules.js';
import type { TokenProblemCode } from '../token/inspect.js';
import type { TokenErrorCode } from '../token/types.js';

import { SessionError, type SessionErrorSource } from './session-error.js';
import { CHAT_MAX_LENGTH } from './types.js';

export { SessionError, type SessionErrorSource };
// How any failure (the SDK's, the browser's, a token's, an input's) becomes one of these: its own module.
export { toSessionError } from './to-session-error.js';

/** A camera, a microphone, or either (when asking for the device list). */
export type Device = 'camera' | 'microphone' | 'media';
export type DeviceProblem = 'denied' | 'missing' | 'busy' | 'failed';

/** Codes of the catalog below; `SessionError.code` is one of these or an input/token code. */
export type CatalogCode =
  | 'token-provider-missing'
  | 'cancelled'
  | 'session-in-use'
  | 'sdk-load-failed'
  | 'sdk-load-timeout'
  | 'assets-unreachable'
  | 'browser-unsupported'
  | 'invalid-parameters'
  | 'network'
  | 'join-timeout'
  | 'sdk-timeout'
  | 'token-rejected'
  | 'token-expired'
  | 'topic-invalid'
  | 'session-key-rejected'
  | 'account-invalid'
  | 'wrong-passcode'
  | 'role-rejected'
  | 'session-not-started'
  | 'session-ended'
  | 'session-full'
  | 'session-locked'
  | 'removed-by-host'
  | 'duplicate-join'
  | 'connection-lost'
  | 'connection-closed'
  | 'join-failed'
  | 'sdk-error'
  | 'unexpected'
  | `${Device}-${DeviceProblem}`
  | 'share-unsupported'
  | 'share-dismissed'
  | 'share-system-denied'
  | 'share-locked'
  | 'share-taken'
  | 'share-stopped-by-host'
  | 'share-failed'
  | 'share-view-failed'
  | 'chat-too-long'
  | 'chat-disabled'
  | 'chat-failed';

/** Every code a `SessionError` can carry. */
export type SessionErrorCode = CatalogCode | InputProblemCode | TokenProblemCode | TokenErrorCode;

/** What was being done when a failure happened: it decides which message fits. */
export type ErrorStage =
  | 'input'
  | 'token'
  | 'load'
  | 'init'
  | 'join'
  | 'audio'
  | 'video'
  | 'camera'
  | 'microphone'
  | 'devices'
  | 'connection'
  | 'leave'
  | 'share'
  | 'share-view'
  | 'chat';

export interface ErrorContext {
  stage: ErrorStage;
  /** What `init()` was given as assets (a URL or Global/CDN/CN), named in the 5001 message. */
  assets?: string | undefined;
  /** The budget in milliseconds of the step that timed out, for the timeout message. */
  timeoutMs?: number | undefined;
  /** The join step whose budget ran out: loading the SDK, `init()` with its assets, or `join()`. */
  timedOut?: 'load' | 'init' | 'join' | undefined;
}

interface Entry {
  source: SessionErrorSource;
  retryable: boolean;
  field?: string;
  /** For the participant: what happened and what they can do, in words they can act on. */
  message: (context: Partial<ErrorContext>, detail: string) => string;
  /** For the page author: what to fix, or the technical detail (after `AUTHOR_NOTE`). */
  author?: (context: Partial<ErrorContext>, detail: string) => string;
}

/**
 * Where a message turns from the participant to the page author. `SessionError.message` (what the
 * `zoom-session-error` event carries) holds both; the element shows the participant the part before
 * it and puts the rest in Details (`participantPart`, `authorPart`).
 */
export const AUTHOR_NOTE = ' For the page author: ';

/** The part of a `SessionError.message` meant for the participant. */
export function participantPart(message: string): string {
  const at = message.indexOf(AUTHOR_NOTE);
  return at < 0 ? message : message.slice(0, at);
}

/** The part of a `SessionError.message` meant for the page author ('' when there is none). */
export function authorPart(message: string): string {
  const at = message.indexOf(AUTHOR_NOTE);
  return at < 0 ? '' : message.slice(at + AUTHOR_NOTE.length);
}

const withAuthorNote = (participant: string, author: string) => (author ? participant + AUTHOR_NOTE + author : participant);

const TRY_AGAIN = "Try again; if it keeps happening, tell the event's organizers.";
/** A problem only the page's author can fix: the participant can only tell them. */
const PAGE_SETUP = "The video call could not start on this page. Tell the event's organizers; the details below help them fix it.";
/** A token out of its time: most often this device's clock. */
const TOKEN_CLOCK =
  "Zoom could not check your permission to join: this device's date and time may be wrong. Check them, then try again.";
const detailOf = (_c: Partial<ErrorContext>, detail: string) => detail;

const seconds = (ms: number | undefined, fallback: number) => Math.round((ms ?? fallback) / 1000);

/** The author's note of a timeout: which step, which budget (and which option sets it). */
function timeoutNote(c: Partial<ErrorContext>): string {
  if (c.timedOut === 'load') {
    return `The step that timed out: loading the Video SDK module (the clientLoader; by default the import of @zoom/videosdk), after ${c.timeoutMs} ms (loadTimeoutMs). Check that the page serves the SDK's chunk.`;
  }
  if (c.timedOut === 'init') return `The step that timed out: client.init() with its assets, after ${c.timeoutMs} ms (initTimeoutMs).`;
  if (c.timedOut === 'join') return `The step that timed out: client.join(), after ${c.timeoutMs} ms (joinTimeoutMs).`;
  return '';
}

const selfHosted = (assets: string | undefined) => !!assets && !['Global', 'CDN', 'CN'].includes(assets);

function assetsPlace(assets: string | undefined): string {
  if (!assets || assets === 'Global') return "Zoom's servers";
  if (assets === 'CDN' || assets === 'CN') return `Zoom's ${assets} servers`;
  return assets;
}

const DEVICE_LABEL: Record<Device, string> = {
  camera: 'camera',
  microphone: 'microphone',
  media: 'camera and microphone',
};

function deviceEntries(): Record<`${Device}-${DeviceProblem}`, Entry> {
  const entries = {} as Record<`${Device}-${DeviceProblem}`, Entry>;
  for (const device of ['camera', 'microphone', 'media'] as const) {
    const label = DEVICE_LABEL[device];
    entries[`${device}-denied`] = {
      source: 'media',
      retryable: true,
      message: () =>
        `This browser is not allowed to use your ${label}. Allow it in the browser's site settings (the icon next to the address), then try again.`,
    };
    entries[`${device}-missing`] = {
      source: 'media',
      retryable: true,
      message: () => `No ${label} was found. Connect one, or choose another in the device list, then try again.`,
    };
    entries[`${device}-busy`] = {
      source: 'media',
      retryable: true,
      message: () => `Your ${label} is in use by another application or browser tab. Close that one, then try again.`,
    };
    entries[`${device}-failed`] = {
      source: 'media',
      retryable: true,
      message: () => `Your ${label} could not be started. ${TRY_AGAIN}`,
      author: detailOf,
    };
  }
  return entries;
}

/**
 * The catalog: one plain message per failure for the participant, saying what happened and what
 * they can do; what only the page's author can act on (settings, SDK codes) goes in `author`.
 */
const CATALOG: Record<CatalogCode, Entry> = {
  'token-provider-missing': {
    source: 'token',
    retryable: false,
    message: () => PAGE_SETUP,
    author: () =>
      'The page has not said where to get a session token: set the token-endpoint attribute of <zoom-session> (or its tokenProvider property).',
  },
  cancelled: { source: 'input', retryable: true, message: () => 'Joining was cancelled.' },
  'session-in-use': {
    source: 'sdk',
    retryable: true,
    message: () => 'Another video call on this page is already using Zoom. Leave that call first, then join this one.',
  },
  'sdk-load-failed': {
    source: 'network',
    retryable: true,
    message: () => 'The video call software could not be downloaded. Check your internet connection, then reload the page.',
  },
  'sdk-load-timeout': {
    source: 'network',
    retryable: true,
    message: (c) =>
      `The video call software did not finish downloading within ${seconds(c.timeoutMs, 30000)} seconds. Check your internet connection, then try again.`,
    author: timeoutNote,
  },
  'assets-unreachable': {
    source: 'network',
    retryable: true,
    // Zoom's own servers: the participant's network is the likely cause. A page's own copy: its
    // address may be wrong, which only the author can fix, or the network: try again, then tell.
    message: (c) =>
      selfHosted(c.assets)
        ? `The video call software could not load its files. ${TRY_AGAIN}`
        : `The video call software could not load its files from ${assetsPlace(c.assets)}. Check your internet connection (a firewall or an ad blocker may block them), then try again.`,
    author: (c) =>
      [
        timeoutNote(c),
        selfHosted(c.assets)
          ? `The Video SDK could not load its files from ${c.assets}: check that the assets attribute points at a copy of the SDK's "lib" folder (node_modules/@zoom/videosdk/dist/lib) that this page can reach.`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
  },
  'browser-unsupported': {
    source: 'sdk',
    retryable: false,
    message: () => 'This browser cannot run Zoom video calls. Use a current version of Chrome, Edge, Firefox or Safari.',
  },
  'invalid-parameters': {
    source: 'sdk',
    retryable: false,
    message: () => PAGE_SETUP,
    author: (_c, detail) =>
      `Zoom refused the session details${detail ? ` (${detail})` : ''}: check the session name and passcode the page gives.`,
  },
  network: {
    source: 'network',
    retryable: true,
    message: () => 'Could not connect to Zoom. Check your internet connection, then try again.',
  },
  'join-timeout': {
    source: 'network',
    retryable: true,
    message: (c) =>
      `Zoom did not answer within ${seconds(c.timeoutMs, 20000)} seconds while joining the session. Check your internet connection, then try again.`,
    author: timeoutNote,
  },
  'sdk-timeout': {
    source: 'network',
    retryable: true,
    message: () => 'Zoom took too long to answer. Check your internet connection, then try again.',
  },
  'token-rejected': {
    source: 'token',
    retryable: false,
    message: () => PAGE_SETUP,
    author: () => 'Zoom did not accept the session token: its signature or SDK key is wrong.',
  },
  'token-expired': {
    source: 'token',
    retryable: true,
    message: () => TOKEN_CLOCK,
  },
  'topic-invalid': {
    source: 'token',
    retryable: false,
    message: () => PAGE_SETUP,
    author: () => 'Zoom did not accept the session name or passcode carried by the token.',
  },
  'session-key-rejected': {
    source: 'token',
    retryable: false,
    message: () => PAGE_SETUP,
    author: () => 'Zoom did not accept the session key of the token.',
  },
  'account-invalid': {
    source: 'token',
    retryable: false,
    message: () => PAGE_SETUP,
    author: () => "Zoom does not know the account of this page's Video SDK key.",
  },
  'wrong-passcode': {
    source: 'input',
    field: 'passcode',
    retryable: true,
    message: () => 'The passcode is not right. Check it and try again.',
  },
  'role-rejected': {
    source: 'token',
    retryable: false,
    message: () => PAGE_SETUP,
    author: () => 'Zoom did not accept the role (host or participant) in the session token.',
  },
  'session-not-started': {
    source: 'sdk',
    retryable: true,
    message: () => 'The session has not started yet. Try again when the host has started it.',
  },
  'session-ended': { source: 'sdk', retryable: false, message: () => 'The session has ended.' },
  'session-full': {
    source: 'sdk',
    retryable: true,
    message: () => 'The session is full. Try again later, when someone has left.',
  },
  'session-locked': {
    source: 'sdk',
    retryable: true,
    message: () => 'The host has locked the session: nobody else can join now.',
  },
  'removed-by-host': {
    source: 'sdk',
    retryable: false,
    message: () => 'The host removed you from the session, and you cannot join it again.',
  },
  'duplicate-join': {
    source: 'sdk',
    retryable: true,
    message: () => 'This page is already in a Zoom session or joining one. Leave it first, then join again.',
  },
  'connection-lost': {
    source: 'network',
    retryable: true,
    message: () => 'The connection to the session was lost. Check your internet connection, then join again.',
  },
  'connection-closed': {
    source: 'network',
    retryable: true,
    message: () => 'The session was closed. Join again to continue.',
    author: detailOf,
  },
  'join-failed': {
    source: 'sdk',
    retryable: true,
    message: () => `Zoom could not start the session. ${TRY_AGAIN}`,
    author: detailOf,
  },
  'sdk-error': {
    source: 'sdk',
    retryable: true,
    message: () => `Something went wrong in the video call software. ${TRY_AGAIN}`,
    author: (_c, detail) => (detail ? `Zoom error ${detail}` : ''),
  },
  unexpected: {
    source: 'sdk',
    retryable: true,
    message: () => `Something unexpected went wrong. ${TRY_AGAIN}`,
    author: detailOf,
  },
  ...deviceEntries(),
  'share-unsupported': {
    source: 'media',
    retryable: false,
    message: () =>
      'This browser cannot share a screen: phones and tablets can watch a share but not send one. To share, use a current version of Chrome, Edge, Firefox or Safari on a computer.',
  },
  // The participant closed the browser's picker: not a failure, so no alarm in the wording.
  'share-dismissed': {
    source: 'media',
    retryable: true,
    message: () => 'Nothing is shared: no screen, window or tab was chosen.',
  },
  'share-system-denied': {
    source: 'media',
    retryable: true,
    message: () =>
      "Your computer does not let this browser record the screen. Allow it in the system's privacy settings (on a Mac: System Settings, Privacy & Security, Screen & System Audio Recording), then try again.",
  },
  'share-locked': {
    source: 'sdk',
    retryable: false,
    message: () => 'In this session, only the host can share their screen.',
  },
  'share-taken': {
    source: 'sdk',
    retryable: true,
    message: () =>
      'Someone else is sharing their screen, and only the host can take over. Try again when they have stopped.',
  },
  'share-stopped-by-host': {
    source: 'sdk',
    retryable: false,
    message: () => 'Your screen share was stopped: the host now lets only hosts share, or took over.',
  },
  'share-failed': {
    source: 'sdk',
    retryable: true,
    message: () => `Your screen could not be shared. ${TRY_AGAIN}`,
    author: detailOf,
  },
  'share-view-failed': {
    source: 'sdk',
    retryable: true,
    message: () => 'The shared screen could not be shown. If it keeps happening, reload the page.',
    author: detailOf,
  },
  'chat-too-long': {
    source: 'input',
    field: 'chat-input',
    retryable: true,
    message: (_c, detail) =>
      `Messages can have at most ${CHAT_MAX_LENGTH} characters${detail ? `; this one has ${detail}` : ''}. Shorten it, then try again.`,
  },
  'chat-disabled': {
    source: 'sdk',
    retryable: false,
    message: () => 'The host has turned chat off for this session.',
  },
  'chat-failed': {
    source: 'sdk',
    retryable: true,
    message: () => 'Your message could not be sent. Try again.',
    author: detailOf,
  },
};

/** Every code of the catalog, for documentation and tests. */
export const CATALOG_CODES = Object.keys(CATALOG) as CatalogCode[];

/** A `SessionError` from the catalog. `detail` fills the messages that show one (an SDK reason). */
export function sessionError(
  code: CatalogCode,
  context: Partial<ErrorContext> = {},
  cause?: unknown,
  detail = '',
): SessionError {
  const entry = CATALOG[code];
  return new SessionError({
    code,
    message: withAuthorNote(entry.message(context, detail), entry.author?.(context, detail) ?? ''),
    source: entry.source,
    retryable: entry.retryable,
    field: entry.field,
    cause,
  });
}

/** What a participant can do about each token provider failure. */
function tokenErrorWords(code: TokenErrorCode): string {
  switch (code) {
    case 'token-endpoint-unreachable':
    case 'token-endpoint-timeout':
    case 'token-endpoint-error':
      return "Could not get permission to join from this page's sign-in service. Try again in a moment; if it keeps happening, tell the event's organizers.";
    case 'token-endpoint-refused':
      return "This page's sign-in service did not let you join. You may not have access to this session: sign in, or ask the event's organizers for access.";
    case 'token-aborted':
      return 'Joining was cancelled.';
    default:
      return PAGE_SETUP;
  }
}

/** A token provider's failure: what the participant can do, then the provider's words for the author. */
export function tokenErrorMessage(code: TokenErrorCode, providerMessage: string): string {
  return withAuthorNote(tokenErrorWords(code), providerMessage);
}

/**
 * A problem `inspectToken` found in a token: a clock to check (`retryable`, the token out of its
 * time) or a setup to fix; the inspector's words go to the author.
 */
export function tokenProblemMessage(problemMessage: string, retryable: boolean): string {
  return retryable
    ? withAuthorNote(TOKEN_CLOCK, problemMessage)
    : withAuthorNote(PAGE_SETUP, `${problemMessage} The token service gives wrong tokens.`);
}
