/**
 * zoom-session-element: public exports, no side effects. Import `zoom-session-element/define` to
 * register `<zoom-session>`, and `zoom-session-element/dev-signer` for the development signer.
 */
export { ZoomSession, type ZoomSessionState } from './element/zoom-session.js';
export * from './token/index.js';
