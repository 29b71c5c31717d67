/**
 * zoom-session-element: public exports, no side effects. Import `zoom-session-element/define` to
 * register `<zoom-session>`. The development signer has its own entry point (package.json
 * `exports`) and is never reached from here.
 */
export { ZoomSession, type ZoomSessionState } from './element/zoom-session.js';
export {
  SessionController,
  DEFAULT_JOIN_TIMEOUT_MS,
  TOKEN_REUSE_MARGIN_SECONDS,
  type SessionControllerOptions,
  type SessionHost,
} from './session/session-controller.js';
export {
  SessionError,
  sessionError,
  toSessionError,
  CATALOG_CODES,
  type CatalogCode,
  type ErrorContext,
  type ErrorStage,
  type SessionErrorCode,
  type SessionErrorSource,
} from './session/errors.js';
export * from './session/events.js';
export type * from './session/types.js';
export { CHAT_HISTORY_LIMIT, CHAT_MAX_LENGTH } from './session/types.js';
export { resolveAssets } from './session/assets.js';
export { loadZoomVideoSdk, type ClientLoader, type ZoomVideoSdk } from './session/zoom-sdk.js';
export * from './token/index.js';
