/**
 * Inline SVG icons for the views. Decorative only: each is `aria-hidden`, and the control that
 * holds it has text or an `aria-label`. They draw with `currentColor`, so they follow the theme and
 * forced-colors mode.
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

const micBody = svg`<rect x="9" y="2" width="6" height="12" rx="3" /><path d="M5 10a7 7 0 0 0 14 0M12 17v4M8 21h8" />`;
const cameraBody = svg`<rect x="2" y="6" width="14" height="12" rx="2" /><path d="m16 10 6-3v10l-6-3z" />`;
const slash = svg`<path d="M3 3l18 18" />`;

export const micIcon = (on: boolean) => icon(on ? micBody : svg`${micBody}${slash}`);
export const cameraIcon = (on: boolean) => icon(on ? cameraBody : svg`${cameraBody}${slash}`);
export const peopleIcon = () =>
  icon(
    svg`<circle cx="9" cy="8" r="3.5" /><path d="M2.5 20a6.5 6.5 0 0 1 13 0" /><path d="M16 4.5a3.5 3.5 0 0 1 0 7M18 14.5a6.5 6.5 0 0 1 3.5 5.5" />`,
  );
/** A telephone handset put down: filled, so it reads at small sizes. */
export const leaveIcon = () =>
  icon(
    svg`<path
      fill="currentColor"
      stroke="none"
      d="M1.5 14.6c0-1.3.5-2.5 1.5-3.3C5.6 9.2 8.7 8 12 8s6.4 1.2 9 3.3c1 .8 1.5 2 1.5 3.3v1.5c0 .9-.8 1.6-1.7 1.5l-3.6-.5c-.8-.1-1.3-.8-1.3-1.5v-2.3a13 13 0 0 0-7.8 0v2.3c0 .7-.5 1.4-1.3 1.5l-3.6.5c-.9.1-1.7-.6-1.7-1.5z"
    />`,
  );
export const alertIcon = () =>
  icon(svg`<circle cx="12" cy="12" r="9.5" /><path d="M12 7v6" /><path d="M12 16.5v.01" />`);
