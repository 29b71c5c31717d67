/**
 * No view is wider than the page: every state of the view gallery (the states the screenshots
 * show, long names, paths and addresses among them), rendered in a viewport 320, 360 and 1280 px
 * wide, in English and in French (whose words run longer), leaves the page without a sideways
 * scroll.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { release } from '../support/view-gallery.camera.js';
import { animationFrame } from '../support/session-helpers.js';
import { STATES, show } from '../support/view-gallery.states.js';

const WIDTHS = [320, 360, 1280];

/** Where each state goes: the page around it is as plain as the gallery's. */
function stagePage(): HTMLElement {
  document.body.style.margin = '0';
  document.body.style.padding = '12px';
  const main = document.createElement('main');
  document.body.append(main);
  return main;
}

/** What sticks out past the viewport's right edge, by part name, to say what to fix. */
function whatOverflows(root: ParentNode, limit: number): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    const right = el.getBoundingClientRect().right;
    if (right > limit + 0.5) found.push(`${el.getAttribute('part') || el.className || el.localName} (${Math.round(right)} px)`);
    if (el.shadowRoot) found.push(...whatOverflows(el.shadowRoot, limit));
  }
  return found;
}

describe('no view is wider than its viewport', () => {
  let page: HTMLElement;
  beforeEach(() => {
    page = stagePage();
  });
  afterEach(async () => {
    release(page);
    page.remove();
    await setViewport({ width: 800, height: 600 });
  });

  // Each state is rendered once per language and looked at in each width: a resize re-lays it out
  // (and wakes what observes its size), which is what a rotated phone or a narrowed window does.
  for (const lang of ['en', 'fr']) {
    for (const name of Object.keys(STATES)) {
      it(`${name} (${lang}) at ${WIDTHS.join(', ')} px`, async () => {
        await setViewport({ width: WIDTHS[0]!, height: 800 });
        await show(name, lang, page);
        const wide: string[] = [];
        for (const width of WIDTHS) {
          await setViewport({ width, height: 800 });
          await animationFrame();
          await animationFrame();
          const extra = document.documentElement.scrollWidth - window.innerWidth;
          if (extra > 0) wide.push(`${width} px: ${extra} px too wide: ${whatOverflows(page, window.innerWidth).slice(0, 3).join(', ')}`);
        }
        expect(wide, wide.join('\n')).to.deep.equal([]);
      });
    }
  }
});
