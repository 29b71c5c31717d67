/**
 * The view gallery page: every state of every view with sample data (view-gallery.states.ts), one
 * per page (`view-gallery.html?state=stage-panel&lang=fr`), or all of them without `state`.
 *
 * The screenshot script (scripts/screenshots.ts) speaks a small protocol that any page can
 * follow, the real element's included: the page lists its states in `window.screenshotStates`,
 * renders the one named by `?state=`, and sets `data-ready` on `<html>` when it is ready to shoot.
 */
import { STATES, show } from './view-gallery.states.js';

declare global {
  interface Window {
    screenshotStates: string[];
  }
}

window.screenshotStates = Object.keys(STATES);
const params = new URLSearchParams(location.search);
const gallery = document.getElementById('gallery')!;
const lang = params.get('lang') ?? 'en';
const only = params.get('state');
for (const name of only ? [only] : Object.keys(STATES)) await show(name, lang, gallery);
document.documentElement.dataset.ready = 'true';
