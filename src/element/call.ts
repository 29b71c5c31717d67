/**
 * What `<zoom-session>` needs only once a participant asks for the preview or the call: the
 * session engine (with its error catalog and the lazy SDK loader), the token endpoint provider, the
 * call's views with their words and styles. The element imports this module dynamically, so a page
 * that shows only the pre-join form downloads none of it; the SDK itself is a further chunk that
 * the engine loads on first use.
 */
export { SessionController } from '../session/session-controller.js';
export { sdkLanguage } from '../session/sdk-language.js';
export { endpointProvider } from './endpoint-provider.js';
export { CallView } from './call-view.js';
export { previewExtras } from './views/preview-extras.js';
export { adoptCallStyles, callStyles } from './call.styles.js';
export { stringsFor } from './strings.js';
