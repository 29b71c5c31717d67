/**
 * No view is wider than the page: every state of the view gallery (the states the screenshots
 * show, long names, paths and addresses among them), rendered in a viewport 320, 360 and 1280 px
 * wide (and 320 in French), leaves the page without a sideways scroll.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
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

describe('no view is wider than its viewport', function () {
  // One pass renders every gallery state (about 80, some waiting for the fake camera): a cold
  // dev server on a clean clone has taken close to two minutes for one.
  this.timeout(300000);
  let page: HTMLElement;
  beforeEach(() => {
    page = stagePage();
  });
  afterEach(async () => {
    page.remove();
    await setViewport({ width: 800, height: 600 });
  });

  // French words run longer: at the narrowest width.
  for (const [lang, widths] of [['en', WIDTHS], ['fr', [320]]] as const) {
    for (const width of widths) {
      it(`${width} px, ${lang}: every state of the gallery`, async () => {
        await setViewport({ width, height: 800 });
        const wide: string[] = [];
        for (const name of Object.keys(STATES)) {
          page.replaceChildren();
          await show(name, lang, page);
          await new Promise(requestAnimationFrame);
          const extra = document.documentElement.scrollWidth - window.innerWidth;
          if (extra > 0) wide.push(`${name}: ${extra} px too wide: ${whatOverflows(page, window.innerWidth).slice(0, 3).join(', ')}`);
        }
        expect(wide, wide.join('\n')).to.deep.equal([]);
      });
    }
  }
});
