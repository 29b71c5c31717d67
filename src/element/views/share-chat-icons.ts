/**
 * Icons of the share and chat views, drawn like those of `icons.ts`: decorative (`aria-hidden`),
 * in `currentColor`, on a 24 px grid. The control that holds one has text or an `aria-label`.
 */
import { html, svg, type TemplateResult } from 'lit';

const icon = (body: TemplateResult<2>) => html`<svg
  class="icon"
  viewBox="0 0 24 24"
  width="24"
  height="24"
  aria-hidden="true"
  focusable="false"
  fill="none"
  stroke="currentColor"
  stroke-width="2"
  stroke-linecap="round"
  stroke-linejoin="round"
>
  ${body}
</svg>`;

/** A screen with an arrow going up out of it. */
export const shareIcon = () =>
  icon(svg`<rect x="2" y="4" width="20" height="13" rx="2" /><path d="M8 21h8M12 17v4" /><path d="M12 13V8M9 10.5 12 7.5l3 3" />`);
/** Four corners going out. */
export const fullscreenIcon = () => icon(svg`<path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />`);
/** Four corners coming in. */
export const exitFullscreenIcon = () => icon(svg`<path d="M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5" />`);
/** A speech bubble. */
export const chatIcon = () =>
  icon(svg`<path d="M20.5 11.5a8 8 0 0 1-11.8 7.1L3.5 20l1.4-4.6a8 8 0 1 1 15.6-3.9z" />`);
/** A paper plane. */
export const sendIcon = () => icon(svg`<path d="M21.5 2.5 10.5 13.5" /><path d="m21.5 2.5-7 19-4-8-8-4z" />`);
export const closeIcon = () => icon(svg`<path d="M6 6l12 12M18 6 6 18" />`);
