/**
 * `<view-host>`: a stand-in for `<zoom-session>` that adopts the element's styles (the share and
 * chat sheets too) and renders one view into its shadow root, so the views' styles, container
 * queries, slots and axe checks behave as they will in the element. Used by the view tests and the screenshot gallery.
 */
import { LitElement, nothing, type TemplateResult } from 'lit';
import { callStyles } from '../../src/element/call.styles.js';
import { styles } from '../../src/element/zoom-session.styles.js';

export class ViewHost extends LitElement {
  static override styles = [...styles, ...callStyles];
  static override properties = { view: { attribute: false } };

  /** Renders the view; set a new function to re-render with a new model. */
  declare view: (() => TemplateResult) | undefined;

  override render() {
    return this.view ? this.view() : nothing;
  }
}

if (!customElements.get('view-host')) customElements.define('view-host', ViewHost);

declare global {
  interface HTMLElementTagNameMap {
    'view-host': ViewHost;
  }
}
