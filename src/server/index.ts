/**
 * zoom-session-element/server: the token endpoint service, for any runtime that serves fetch
 * handlers (Node through `zoom-session-element/server/node`, Deno, Bun, workers). No Node APIs.
 */
export {
  createTokenHandler,
  participantsOnly,
  DEFAULT_MAX_BODY_BYTES,
  type TokenGrant,
  type TokenPolicy,
  type TokenHandler,
  type CoreTokenHandler,
  type TokenHandlerOptions,
  type TokenLogEntry,
} from './token-handler.js';
export {
  eventPolicy,
  eventRole,
  readCookie,
  EVENT_ACCESS,
  type EventAccess,
  type EventPerson,
  type EventPolicyOptions,
  type EventSession,
} from './policies.js';
