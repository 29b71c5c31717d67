/**
 * Input rules for a Video SDK session: the single source of truth shared by the element (field
 * messages), the session engine (no network on bad input), the token endpoint (400 answers) and the
 * token inspector. Runs in browsers, Node and edge runtimes alike: no DOM, no Node APIs.
 */

/** Limits set by Zoom's Video SDK and its JWT. */
export const LIMITS = {
  /** Session passcode: at most 10 characters, each printable ASCII. */
  passcode: 10,
  /** Session name (`tpc`): 1 to 200 characters of the allowed set. */
  sessionName: 200,
  /** User name: 1 to 200 characters after trimming (the SDK silently cuts longer ones). */
  userName: 200,
  /** `user_key` and `session_key`: at most 36 characters. */
  key: 36,
} as const;

/** Token lifetime (`exp - iat`) bounds in seconds, and the default: Zoom accepts 30 min to 48 h. */
export const TOKEN_LIFETIME = {
  min: 1800,
  max: 172800,
  default: 7200,
} as const;

/** Seconds `iat` is back-dated so a server clock slightly ahead of Zoom's still works. */
export const IAT_BACKDATE_SECONDS = 30;

/**
 * Characters allowed in a session name besides ASCII letters, digits and the space.
 * Zoom documents this set for the JWT's `tpc` claim.
 */
export const SESSION_NAME_SYMBOLS = '!#$%&()+-:;<=.>?@[]^_{}|~,\\';

const SESSION_NAME_CHAR = /^[A-Za-z0-9 !#$%&()+\-:;<=.>?@[\]^_{}|~,\\]$/;

/** True when `ch` (one character) may appear in a session name. */
export function isSessionNameChar(ch: string): boolean {
  return SESSION_NAME_CHAR.test(ch);
}

/** True when every character is printable ASCII (code 32 to 126). */
function isPrintableAsciiChar(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 32 && code <= 126;
}

/** The fields the rules know. */
export type SessionField = 'sessionName' | 'userName' | 'passcode' | 'userKey' | 'sessionKey';

/** Stable problem codes: pages and tests may rely on them. */
export type InputProblemCode =
  | 'session-name-missing'
  | 'session-name-too-long'
  | 'session-name-invalid-characters'
  | 'user-name-missing'
  | 'user-name-too-long'
  | 'passcode-too-long'
  | 'passcode-invalid-characters'
  | 'user-key-too-long'
  | 'session-key-too-long';

/** One problem with one field, with a sentence a participant understands. */
export interface InputProblem {
  field: SessionField;
  code: InputProblemCode;
  message: string;
}

/** What a join needs from the page or the participant. */
export interface SessionInput {
  sessionName: string;
  userName: string;
  /** Empty or absent means the session has no passcode. */
  passcode?: string | undefined;
  userKey?: string | undefined;
  sessionKey?: string | undefined;
}

/** Counts characters as people see them (code points), not UTF-16 units. */
function length(value: string): number {
  return Array.from(value).length;
}

/** Describes the first offending characters, so a message can show what to remove. */
function describeCharacters(chars: string[]): string {
  const unique = [...new Set(chars)].slice(0, 5);
  return unique
    .map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      if (ch === ' ') return 'a space';
      if (code < 32 || code === 127) return `a control character (code ${code})`;
      if (/\s/u.test(ch)) return `a whitespace character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
      return `"${ch}"`;
    })
    .join(', ');
}

/** Problems with a session name; empty when it is valid. */
export function checkSessionName(sessionName: string): InputProblem[] {
  const n = length(sessionName);
  if (sessionName.trim() === '') {
    return [{ field: 'sessionName', code: 'session-name-missing', message: 'Enter a session name.' }];
  }
  const problems: InputProblem[] = [];
  if (n > LIMITS.sessionName) {
    problems.push({
      field: 'sessionName',
      code: 'session-name-too-long',
      message: `The session name can have at most ${LIMITS.sessionName} characters; it has ${n}.`,
    });
  }
  const bad = Array.from(sessionName).filter((ch) => !isSessionNameChar(ch));
  if (bad.length > 0) {
    problems.push({
      field: 'sessionName',
      code: 'session-name-invalid-characters',
      message:
        `The session name cannot contain ${describeCharacters(bad)}. ` +
        `Use letters A to Z, digits, spaces and ${SESSION_NAME_SYMBOLS.split('').join(' ')}`,
    });
  }
  return problems;
}

/** Problems with a user (display) name; empty when it is valid. */
export function checkUserName(userName: string): InputProblem[] {
  const trimmed = userName.trim();
  if (trimmed === '') {
    return [{ field: 'userName', code: 'user-name-missing', message: 'Enter your name.' }];
  }
  const n = length(trimmed);
  if (n > LIMITS.userName) {
    return [
      {
        field: 'userName',
        code: 'user-name-too-long',
        message: `Your name can have at most ${LIMITS.userName} characters; it has ${n}.`,
      },
    ];
  }
  return [];
}

/** Problems with a passcode; empty when it is valid. An empty passcode means none. */
export function checkPasscode(passcode: string | undefined): InputProblem[] {
  if (passcode === undefined || passcode === '') return [];
  const problems: InputProblem[] = [];
  const n = length(passcode);
  if (n > LIMITS.passcode) {
    problems.push({
      field: 'passcode',
      code: 'passcode-too-long',
      message: `The passcode can have at most ${LIMITS.passcode} characters; it has ${n}.`,
    });
  }
  const bad = Array.from(passcode).filter((ch) => !isPrintableAsciiChar(ch));
  if (bad.length > 0) {
    problems.push({
      field: 'passcode',
      code: 'passcode-invalid-characters',
      message:
        `The passcode cannot contain ${describeCharacters(bad)}. ` +
        'Use only letters A to Z, digits, spaces and the symbols on a standard keyboard.',
    });
  }
  return problems;
}

function checkKey(field: 'userKey' | 'sessionKey', value: string | undefined): InputProblem[] {
  if (value === undefined || value === '') return [];
  const n = length(value);
  if (n <= LIMITS.key) return [];
  const label = field === 'userKey' ? 'user key' : 'session key';
  return [
    {
      field,
      code: field === 'userKey' ? 'user-key-too-long' : 'session-key-too-long',
      message: `The ${label} can have at most ${LIMITS.key} characters; it has ${n}.`,
    },
  ];
}

/** Problems with a user key (`user_key`); empty when it is valid or absent. */
export function checkUserKey(userKey: string | undefined): InputProblem[] {
  return checkKey('userKey', userKey);
}

/** Problems with a session key (`session_key`); empty when it is valid or absent. */
export function checkSessionKey(sessionKey: string | undefined): InputProblem[] {
  return checkKey('sessionKey', sessionKey);
}

/**
 * Checks every field of a join. Returns the problems in field order (session name, user name,
 * passcode, user key, session key); an empty list means all is well.
 */
export function validateSessionInput(input: SessionInput): InputProblem[] {
  return [
    ...checkSessionName(input.sessionName),
    ...checkUserName(input.userName),
    ...checkPasscode(input.passcode),
    ...checkUserKey(input.userKey),
    ...checkSessionKey(input.sessionKey),
  ];
}
