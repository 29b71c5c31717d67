/**
 * The baseline of the cold-load benchmark (bench/element.ts): the smallest Lit element that does
 * what `<zoom-session>` must do on arrival, render a Join button into its shadow root. Bundled
 * with Lit and minified the same way as the standalone file, so the ratio between the two is the
 * price of everything the element adds over Lit itself.
 */
import { LitElement, css, html } from 'lit';

export class BareElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  override render() {
    return html`<button id="join-button" part="join-button" type="button">Join</button>`;
  }
}

customElements.define('bare-element', BareElement);
