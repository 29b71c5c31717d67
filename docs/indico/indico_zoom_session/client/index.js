// The plugin's whole client: registers <zoom-session>. Indico injects the built bundle as a plain
// <script> in <head>, before the body is parsed; the browser upgrades each <zoom-session> as it
// is parsed, and the element reads the CSRF token from <meta name="csrf-token"> when it asks for a
// token (token-csrf-meta), so no code has to wait for the page or find the elements.
import 'zoom-session-element/define';
