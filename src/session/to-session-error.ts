/**
 * How any failure becomes one `SessionError` of the catalog (`errors.ts`): an input problem of the
 * rules, a `TokenError` of a provider, a problem found by `inspectToken`, the SDK's failure objects
 * (`{type, reason, errorCode}`, by error code), a camera or microphone `DOMException`, or anything
 * else. What was being done (`ErrorContext.stage`) decides which message fits.
 */
import { TokenError } from '../token/types.js';
import {
  sessionError,
  tokenErrorMessage,
  tokenProblemMessage,
  type CatalogCode,
  type Device,
  type DeviceProblem,
  type ErrorContext,
  type ErrorStage,
} from './errors.js';
import { SessionError } from './session-error.js';

/** The failure object the SDK rejects (or resolves) with: `{type, reason, errorCode}`. */
interface SdkFailure {
  errorCode: number;
  reason?: unknown;
  type?: unknown;
  subCode?: unknown;
}

function isSdkFailure(value: unknown): value is SdkFailure {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(value instanceof Error) &&
    typeof (value as { errorCode?: unknown }).errorCode === 'number'
  );
}

/** A field problem from the rules or a token problem from `inspectToken`. */
interface Problem {
  code: string;
  message: string;
  field?: string;
  claim?: string;
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null || value instanceof Error) return false;
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof code === 'string' && typeof message === 'string';
}

function deviceFor(stage: ErrorStage): Device {
  if (stage === 'camera' || stage === 'video') return 'camera';
  if (stage === 'microphone' || stage === 'audio') return 'microphone';
  return 'media';
}

/** getUserMedia's DOMException names (also what the SDK's preview tracks reject with). */
function deviceProblemOf(name: string, message: string): DeviceProblem | undefined {
  if (name === 'NotAllowedError' || name === 'SecurityError' || /permission (denied|dismissed)/i.test(message)) {
    return 'denied';
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || /requested device not found/i.test(message)) {
    return 'missing';
  }
  if (name === 'NotReadableError' || /could not start (video|audio) source|device in use/i.test(message)) {
    return 'busy';
  }
  return undefined;
}

const TOKEN_RETRYABLE: ReadonlySet<string> = new Set(['token-expired', 'token-not-yet-valid']);

function fromProblem(problem: Problem, context: ErrorContext, cause: unknown): SessionError {
  if (problem.field !== undefined || context.stage === 'input') {
    return new SessionError({
      code: problem.code,
      message: problem.message,
      source: 'input',
      field: problem.field,
      cause,
    });
  }
  const retryable = TOKEN_RETRYABLE.has(problem.code);
  return new SessionError({
    code: problem.code,
    message: tokenProblemMessage(problem.message, retryable),
    source: 'token',
    retryable,
    cause,
  });
}

function fromTokenError(error: TokenError): SessionError {
  const network = error.code === 'token-endpoint-unreachable' || error.code === 'token-endpoint-timeout';
  return new SessionError({
    code: error.code,
    message: tokenErrorMessage(error.code, error.message),
    source: network ? 'network' : 'token',
    retryable: error.retryable,
    cause: error,
  });
}

function fromSdk(failure: SdkFailure, context: ErrorContext): SessionError {
  const reason = typeof failure.reason === 'string' ? failure.reason : '';
  const subCode = typeof failure.subCode === 'number' ? failure.subCode : undefined;
  const make = (code: CatalogCode, detail = '') => sessionError(code, context, failure, detail);
  switch (failure.errorCode) {
    case 1:
      return make('sdk-timeout');
    case 200:
      if (/connection error/i.test(reason)) return make('network');
      if (/expired|over 2 days|ineffective/i.test(reason)) return make('token-expired');
      if (/topic is invalid/i.test(reason)) return make('topic-invalid');
      if (/verify jwt failed|signature/i.test(reason)) return make('token-rejected');
      if (/session key/i.test(reason)) return make('session-key-rejected');
      if (/account/i.test(reason)) return make('account-invalid');
      return make('join-failed', reason ? `Zoom error 200: ${reason}` : 'Zoom error 200');
    case 300:
      return make('account-invalid');
    case 3004:
      return make('wrong-passcode');
    case 3008:
      return make('session-not-started');
    case 3009:
      return make('removed-by-host');
    case 3010:
      return make('role-rejected');
    case 4004:
      return make('session-ended');
    case 4005:
      return make('session-full');
    case 4006:
      return make('session-locked');
    case 5000:
      return make('browser-unsupported');
    case 5001:
      return make('assets-unreachable');
    case 5012:
      return make('duplicate-join');
    case 5013:
      return make('invalid-parameters', reason);
    case 6010: {
      // AUDIO_CAPTURE_FAILED; the SDK's subCode: 1, 2, 7 denied, 3 in use, 4 no device.
      const problem: DeviceProblem =
        subCode === 1 || subCode === 2 || subCode === 7
          ? 'denied'
          : subCode === 3
            ? 'busy'
            : subCode === 4
              ? 'missing'
              : (deviceProblemOf('', reason) ?? 'failed');
      return make(`microphone-${problem}`, reason);
    }
    case 6100:
      return make('camera-denied');
    case 6101:
    case 6102:
      return make('camera-missing');
    case 6103:
      return make('camera-busy');
    case 6110:
      return make('camera-failed', reason);
    // Screen share (startShareScreen): the picker closed, the system refused, no getDisplayMedia,
    // and the host's share privilege ("only host can start" or "only host can grab").
    case 6200:
      return make('share-dismissed');
    case 6201:
      return make('share-system-denied');
    case 6202:
      return make('share-unsupported');
    case 6204:
      return make(/grab/i.test(reason) ? 'share-taken' : 'share-locked');
    case 7002:
      return make('chat-disabled');
    default: {
      const stage = context.stage;
      const detail = reason ? `${failure.errorCode}: ${reason}` : String(failure.errorCode);
      if (stage === 'share') return make('share-failed', detail);
      if (stage === 'share-view') return make('share-view-failed', detail);
      if (stage === 'chat') return make('chat-failed', detail);
      if (stage === 'audio' || stage === 'video' || stage === 'camera' || stage === 'microphone') {
        const problem = deviceProblemOf('', reason);
        if (problem) return make(`${deviceFor(stage)}-${problem}`);
      }
      return make('sdk-error', detail);
    }
  }
}

/**
 * Turns any failure into one `SessionError`: an input problem of the rules (code and field of the
 * rule), a `TokenError` of a provider, a problem found by `inspectToken`, the SDK's failure objects
 * (`{type, reason, errorCode}`), a camera or microphone `DOMException`, or anything else (a generic
 * message with what is known). The raw object is kept as `cause`.
 */
export function toSessionError(error: unknown, context: ErrorContext): SessionError {
  if (error instanceof SessionError) return error;
  if (Array.isArray(error) && error.length > 0 && isProblem(error[0])) {
    return fromProblem(error[0], context, error);
  }
  if (error instanceof TokenError) return fromTokenError(error);
  if (isSdkFailure(error)) return fromSdk(error, context);
  if (isProblem(error)) return fromProblem(error, context, error);

  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error ?? '');
  if (context.stage === 'share') {
    // getDisplayMedia's errors: NotAllowedError is the picker closed ("Permission denied") or the
    // system refusing ("Permission denied by system"); NotSupportedError / TypeError: no way to share.
    if (name === 'NotAllowedError') {
      return sessionError(/system/i.test(message) ? 'share-system-denied' : 'share-dismissed', context, error);
    }
    if (name === 'NotSupportedError') return sessionError('share-unsupported', context, error);
    return sessionError('share-failed', context, error, message);
  }
  if (context.stage === 'share-view') return sessionError('share-view-failed', context, error, message);
  if (context.stage === 'chat') return sessionError('chat-failed', context, error, message);
  if (name === 'AbortError' && context.stage !== 'camera' && context.stage !== 'microphone') {
    return sessionError('cancelled', context, error);
  }
  const stage = context.stage;
  if (['audio', 'video', 'camera', 'microphone', 'devices'].includes(stage)) {
    const device = deviceFor(stage);
    return sessionError(`${device}-${deviceProblemOf(name, message) ?? 'failed'}`, context, error, message);
  }
  if (stage === 'load') return sessionError('sdk-load-failed', context, error);
  return sessionError('unexpected', context, error, message);
}
