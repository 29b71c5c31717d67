/** Registers `<zoom-session>`. Importing this module is the one side effect of the package. */
import { ZoomSession } from './element/zoom-session.js';

export { ZoomSession };

if (!customElements.get('zoom-session')) {
  customElements.define('zoom-session', ZoomSession);
}

declare global {
  interface HTMLElementTagNameMap {
    'zoom-session': ZoomSession;
  }
}
