import { expect } from '@open-wc/testing';
import {
  AUTHOR_NOTE,
  CATALOG_CODES,
  SessionError,
  authorPart,
  participantPart,
  sessionError,
  toSessionError,
  type ErrorContext,
} from '../../src/session/errors.js';
import { csrfMetaHeaders } from '../../src/token/csrf-meta.js';
import { inspectToken, type TokenProblemCode } from '../../src/token/inspect.js';
import { validateSessionInput } from '../../src/token/rules.js';
import { TokenError, type TokenErrorCode } from '../../src/token/types.js';
import { tokenFor } from '../support/session-helpers.js';

const join: ErrorContext = { stage: 'join' };

/** Words a participant cannot act on: settings, SDK internals, addresses, technical detail. */
const AUTHOR_WORDS = /attribute|token|\bsdk\b|node_modules|<|jwt|signature|session key|page author|https?:|DETAIL-42/i;

describe('the catalog: words for the right reader', () => {
  const contexts: Array<Partial<ErrorContext>> = [
    { assets: 'https://events.example/zoom/lib', timeoutMs: 20000 },
    { assets: 'Global', timeoutMs: 20000 },
    {},
  ];

  it('tells the participant what happened and what they can do, in words without settings or SDK detail', () => {
    for (const context of contexts) {
      for (const code of CATALOG_CODES) {
        // A detail is technical (an SDK reason), except the length of a chat message, which is said.
        const detail = code === 'chat-too-long' ? '1200' : 'DETAIL-42';
        const participant = participantPart(sessionError(code, context, undefined, detail).message);
        expect(participant.length, code).to.be.greaterThan(20);
        expect(participant, code).to.match(/\.$/);
        expect(participant, code).to.not.match(AUTHOR_WORDS);
      }
    }
  });

  it('puts what only the page author can fix, and the technical detail, after the author note', () => {
    const setup = ['token-provider-missing', 'token-rejected', 'topic-invalid', 'session-key-rejected', 'account-invalid', 'role-rejected', 'invalid-parameters'] as const;
    for (const code of setup) {
      const error = sessionError(code, {}, undefined, 'DETAIL-42');
      expect(participantPart(error.message), code).to.contain("Tell the event's organizers");
      expect(authorPart(error.message).length, code).to.be.greaterThan(20);
      expect(error.retryable, code).to.equal(false);
    }
    expect(authorPart(sessionError('token-provider-missing').message)).to.contain('token-endpoint attribute');
    // token-csrf-missing (a page without its CSRF meta tag): the same rule, with the provider's real words.
    let csrf: SessionError | undefined;
    try {
      csrfMetaHeaders('csrf-token', document.implementation.createHTMLDocument(''));
    } catch (cause) {
      csrf = toSessionError(cause, { stage: 'token' });
    }
    expect(csrf?.code).to.equal('token-csrf-missing');
    expect(participantPart(csrf!.message)).to.contain("Tell the event's organizers").and.not.match(AUTHOR_WORDS);
    expect(authorPart(csrf!.message)).to.contain('<meta name="csrf-token">').and.contain('token-csrf-meta attribute');
    expect(csrf!.retryable).to.equal(false);
    const selfHosted = sessionError('assets-unreachable', { assets: 'https://events.example/zoom/lib' });
    expect(participantPart(selfHosted.message)).to.equal(
      "The video call software could not load its files. Try again; if it keeps happening, tell the event's organizers.",
    );
    expect(authorPart(selfHosted.message)).to.contain('https://events.example/zoom/lib').and.contain('node_modules/@zoom/videosdk/dist/lib');
    expect(authorPart(sessionError('assets-unreachable', { assets: 'Global' }).message), 'nothing for the author to fix').to.equal('');
    // The SDK's own words go to the author, never in the participant's sentence.
    const failed = toSessionError({ type: 'JOIN_MEETING_FAILED', errorCode: 200, reason: 'something new' }, join);
    expect(failed.message).to.equal(
      `Zoom could not start the session. Try again; if it keeps happening, tell the event's organizers.${AUTHOR_NOTE}Zoom error 200: something new`,
    );
    expect(authorPart(sessionError('session-full').message), 'nothing when there is nothing to add').to.equal('');
    expect(participantPart(sessionError('session-full').message)).to.equal(sessionError('session-full').message);
  });
});

describe('toSessionError: the SDK catalog', () => {
  // [what the SDK says, context, expected code, source, a phrase the message must have]
  const table: Array<[object, ErrorContext, string, string, string]> = [
    [{ type: 'JOIN_MEETING_FAILED', errorCode: 200, reason: 'connection error' }, join, 'network', 'network', 'internet connection'],
    [
      { type: 'JOIN_MEETING_FAILED', errorCode: 200, reason: 'The token has expired, is over 2 days old, or is ineffective.' },
      join,
      'token-expired',
      'token',
      'date and time',
    ],
    [{ type: 'JOIN_MEETING_FAILED', errorCode: 200, reason: 'Topic is invalid' }, join, 'topic-invalid', 'token', 'session name'],
    [{ type: 'JOIN_MEETING_FAILED', errorCode: 200, reason: 'Verify JWT failed' }, join, 'token-rejected', 'token', 'signature'],
    [{ type: 'JOIN_MEETING_FAILED', errorCode: 200, reason: 'invalid session key' }, join, 'session-key-rejected', 'token', 'session key'],
    [{ type: 'JOIN_MEETING_FAILED', errorCode: 200, reason: 'something new' }, join, 'join-failed', 'sdk', 'something new'],
    [{ type: 'JOIN_MEETING_FAILED', errorCode: 300, reason: 'account does not exist' }, join, 'account-invalid', 'token', 'account'],
    [{ type: 'JOIN_MEETING_FAILED', errorCode: 3004, reason: 'Incorrect passcode.' }, join, 'wrong-passcode', 'input', 'passcode'],
    [{ type: 'JOIN_MEETING_FAILED', errorCode: 3008, reason: '' }, join, 'session-not-started', 'sdk', 'not started'],
    [{ type: 'JOIN_MEETING_FAILED', errorCode: 3009, reason: '' }, join, 'removed-by-host', 'sdk', 'removed'],
    [{ type: 'JOIN_MEETING_FAILED', errorCode: 3010, reason: '' }, join, 'role-rejected', 'token', 'role'],
    [{ type: 'JOIN_MEETING_FAILED', errorCode: 4004, reason: '' }, join, 'session-ended', 'sdk', 'ended'],
    [{ type: 'JOIN_MEETING_FAILED', errorCode: 4005, reason: '' }, join, 'session-full', 'sdk', 'full'],
    [{ type: 'JOIN_MEETING_FAILED', errorCode: 4006, reason: '' }, join, 'session-locked', 'sdk', 'locked'],
    [{ type: 'INVALID_OPERATION', errorCode: 5000, reason: '' }, { stage: 'init' }, 'browser-unsupported', 'sdk', 'browser'],
    [
      { type: 'INVALID_PARAMETERS', errorCode: 5001, reason: 'dependent assets are not accessible' },
      { stage: 'init', assets: 'https://events.example/zoom/lib' },
      'assets-unreachable',
      'network',
      'https://events.example/zoom/lib',
    ],
    [
      { type: 'INVALID_PARAMETERS', errorCode: 5001, reason: 'dependent assets are not accessible' },
      { stage: 'init', assets: 'Global' },
      'assets-unreachable',
      'network',
      "Zoom's servers",
    ],
    [{ type: 'INVALID_OPERATION', errorCode: 5012, reason: '' }, join, 'duplicate-join', 'sdk', 'already'],
    [
      { type: 'INVALID_PARAMETERS', errorCode: 5013, reason: 'The maximum length of password is 10' },
      join,
      'invalid-parameters',
      'sdk',
      'The maximum length of password is 10',
    ],
    [{ type: 'OPERATION_TIMEOUT', errorCode: 1, reason: '' }, join, 'sdk-timeout', 'network', 'too long'],
    [{ type: 'INVALID_OPERATION', errorCode: 6010, reason: 'x', subCode: 1 }, { stage: 'audio' }, 'microphone-denied', 'media', 'not allowed'],
    [{ type: 'INVALID_OPERATION', errorCode: 6010, reason: 'x', subCode: 3 }, { stage: 'audio' }, 'microphone-busy', 'media', 'another application'],
    [{ type: 'INVALID_OPERATION', errorCode: 6010, reason: 'x', subCode: 4 }, { stage: 'audio' }, 'microphone-missing', 'media', 'No microphone'],
    [{ type: 'INVALID_OPERATION', errorCode: 6100, reason: '' }, { stage: 'video' }, 'camera-denied', 'media', 'not allowed'],
    [{ type: 'INVALID_OPERATION', errorCode: 6101, reason: '' }, { stage: 'video' }, 'camera-missing', 'media', 'No camera'],
    [{ type: 'INVALID_OPERATION', errorCode: 6103, reason: '' }, { stage: 'video' }, 'camera-busy', 'media', 'another application'],
    [{ type: 'INTERNAL_ERROR', errorCode: 9999, reason: 'mystery' }, join, 'sdk-error', 'sdk', '9999'],
  ];
  for (const [raw, context, code, source, phrase] of table) {
    it(`${JSON.stringify(raw)} -> ${code}`, () => {
      const error = toSessionError(raw, context);
      expect(error).to.be.instanceOf(SessionError);
      expect([error.code, error.source]).to.deep.equal([code, source]);
      expect(error.message).to.contain(phrase);
      expect(error.cause, 'the raw SDK object is kept').to.equal(raw);
    });
  }

  it('marks the wrong passcode as the passcode field, retryable', () => {
    const error = toSessionError({ errorCode: 3004, reason: 'Incorrect passcode.', type: 'JOIN_MEETING_FAILED' }, join);
    expect([error.field, error.retryable]).to.deep.equal(['passcode', true]);
  });

  it('says what to do next in every catalog message', () => {
    for (const code of CATALOG_CODES) {
      const message = participantPart(sessionError(code, { assets: 'https://a.example/lib', timeoutMs: 20000 }).message);
      expect(message.length, code).to.be.greaterThan(20);
      expect(message, code).to.match(/\.$/);
    }
  });
});

describe('toSessionError: media exceptions', () => {
  const table: Array<[string, ErrorContext['stage'], string]> = [
    ['NotAllowedError', 'camera', 'camera-denied'],
    ['NotFoundError', 'camera', 'camera-missing'],
    ['NotReadableError', 'camera', 'camera-busy'],
    ['NotAllowedError', 'microphone', 'microphone-denied'],
    ['NotFoundError', 'microphone', 'microphone-missing'],
    ['NotReadableError', 'microphone', 'microphone-busy'],
    ['NotAllowedError', 'devices', 'media-denied'],
    ['TypeError', 'camera', 'camera-failed'],
  ];
  for (const [name, stage, code] of table) {
    it(`${name} while using the ${stage} -> ${code}`, () => {
      const raw = new DOMException('raw message', name);
      const error = toSessionError(raw, { stage });
      expect([error.code, error.source, error.cause]).to.deep.equal([code, 'media', raw]);
    });
  }
});

describe('toSessionError: inputs and tokens', () => {
  it('keeps the code, field and message of each input rule', () => {
    const inputs = [
      { sessionName: '', userName: 'a' },
      { sessionName: 'x'.repeat(201), userName: 'a' },
      { sessionName: 'a/b', userName: 'a' },
      { sessionName: 'a', userName: '' },
      { sessionName: 'a', userName: 'u'.repeat(201) },
      { sessionName: 'a', userName: 'a', passcode: '12345678901' },
      { sessionName: 'a', userName: 'a', passcode: 'é' },
      { sessionName: 'a', userName: 'a', userKey: 'k'.repeat(37) },
      { sessionName: 'a', userName: 'a', sessionKey: 'k'.repeat(37) },
    ];
    const codes = new Set<string>();
    for (const input of inputs) {
      const problems = validateSessionInput(input);
      const error = toSessionError(problems, { stage: 'input' });
      expect([error.code, error.field, error.message, error.source]).to.deep.equal([
        problems[0]!.code,
        problems[0]!.field,
        problems[0]!.message,
        'input',
      ]);
      expect(error.cause).to.equal(problems);
      codes.add(error.code);
    }
    expect(codes.size, 'every rule code').to.equal(9);
  });

  it('keeps the code of each token service failure', () => {
    const codes: TokenErrorCode[] = [
      'token-request-invalid',
      'token-endpoint-unreachable',
      'token-endpoint-timeout',
      'token-endpoint-refused',
      'token-endpoint-error',
      'token-endpoint-bad-response',
      'token-aborted',
      'token-csrf-missing',
      'token-signer-insecure-origin',
      'token-signer-misconfigured',
    ];
    for (const code of codes) {
      const raw = new TokenError(code, `message of ${code}`, { retryable: code === 'token-endpoint-timeout' });
      const error = toSessionError(raw, { stage: 'token' });
      expect([error.code, authorPart(error.message), error.retryable, error.cause]).to.deep.equal([
        code,
        raw.message,
        raw.retryable,
        raw,
      ]);
      expect(participantPart(error.message), code).to.not.match(AUTHOR_WORDS);
      const network = code === 'token-endpoint-unreachable' || code === 'token-endpoint-timeout';
      expect(error.source).to.equal(network ? 'network' : 'token');
    }
  });

  it('keeps the code of each token inspection problem', () => {
    const request = { sessionName: 'Plenary', role: 0 as const };
    const now = Math.floor(Date.now() / 1000);
    const cases: Array<[string, TokenProblemCode]> = [
      ['not a token', 'token-malformed'],
      [tokenFor(request, { app_key: undefined }), 'token-claim-missing'],
      [tokenFor(request, { version: 2 }), 'token-version'],
      [tokenFor(request, { iat: now - 7200, exp: now - 60 }), 'token-expired'],
      [tokenFor(request, { iat: now + 3600, exp: now + 3600 + 7200 }), 'token-not-yet-valid'],
      [tokenFor(request, { iat: now, exp: now + 60 }), 'token-lifetime'],
      [tokenFor(request, { tpc: 'Other' }), 'token-topic-mismatch'],
      [tokenFor({ ...request, role: 1 }), 'token-role-mismatch'],
    ];
    for (const [token, code] of cases) {
      const { problems } = inspectToken(token, { sessionName: 'Plenary', role: 0 });
      expect(problems[0]!.code, code).to.equal(code);
      const error = toSessionError(problems, { stage: 'token' });
      expect([error.code, error.source, error.field]).to.deep.equal([code, 'token', undefined]);
      expect(authorPart(error.message)).to.contain(problems[0]!.message);
      expect(participantPart(error.message), code).to.not.match(AUTHOR_WORDS);
      expect(error.retryable).to.equal(code === 'token-expired' || code === 'token-not-yet-valid');
    }
  });

  it('gives a generic message, with what is known, for anything else', () => {
    const error = toSessionError(new Error('boom'), join);
    expect(error.code).to.equal('unexpected');
    expect(error.message).to.contain('boom');
    expect(toSessionError(new TypeError('Failed to fetch dynamically imported module'), { stage: 'load' }).code).to.equal(
      'sdk-load-failed',
    );
    expect(toSessionError(new DOMException('x', 'AbortError'), join).code).to.equal('cancelled');
  });

  it('returns a SessionError unchanged', () => {
    const error = sessionError('session-full');
    expect(toSessionError(error, join)).to.equal(error);
  });
});
