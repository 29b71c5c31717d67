/**
 * Inline SVG icons of the form (the call's are in `call-icons.ts`, which loads with the call).
 * Inline SVG icons for the views. Decorative only: each is `aria-hidden`, and the control that
 * holds it has text or an `aria-label`. They draw with `currentColor`, so they follow the theme and
 * forced-colors mode.
 */
import { html, svg, type TemplateResult } from 'lit';

/** An icon on the 24 px grid, drawn in `currentColor`. */
export const icon = (body: TemplateResult<2>) => html`<svg
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

const micBody = svg`<rect x="9" y="2" width="6" height="12" rx="3" /><path d="M5 10a7 7 0 0 0 14 0M12 17v4M8 21h8" />`;
const cameraBody = svg`<rect x="2" y="6" width="14" height="12" rx="2" /><path d="m16 10 6-3v10l-6-3z" />`;
const slash = svg`<path d="M3 3l18 18" />`;

export const micIcon = (on: boolean) => icon(on ? micBody : svg`${micBody}${slash}`);
export const cameraIcon = (on: boolean) => icon(on ? cameraBody : svg`${cameraBody}${slash}`);
