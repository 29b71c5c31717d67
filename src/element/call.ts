/**
 * What `<zoom-session>` needs only once a participant asks for the preview or the call: the
 * session engine (with its error catalog and the lazy SDK loader) and the views of a call. The
 * element imports this module dynamically, so a page that shows only the pre-join form downloads
 * none of it; the SDK itself is a further chunk that the engine loads on first use.
 */
export { SessionController } from '../session/session-controller.js';
export { remoteTokenProvider } from '../token/remote-provider.js';
export { renderJoining } from './views/joining.js';
export { renderStage } from './views/stage.js';
export { renderError } from './views/error.js';
export { renderLeft } from './views/left.js';
export { renderShareLayout, renderShareButton, renderShareNotice, toggleShareFullscreen, isShareFullscreen, SHARE_SLOT_SELECTOR } from './views/share.js';
export { renderChatPanel, renderChatButton, CHAT_IDS } from './views/chat.js';
export { CHAT_MAX_LENGTH } from '../session/types.js';
export { callStyles } from './call.styles.js';
