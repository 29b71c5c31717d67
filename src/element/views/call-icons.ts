/**
 * Icons of the call's views (stage, error, share, chat), drawn like those of `icons.ts`: decorative (`aria-hidden`),
 * in `currentColor`, on a 24 px grid. The control that holds one has text or an `aria-label`.
 */
import { svg } from 'lit';
import { icon } from './icons.js';



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
