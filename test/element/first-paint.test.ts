// The first render has only what the first paint needs: the form, the Join button and the
// preview's empty frame. The self-view, its placeholder and the toggles come in the update after
// that paint, and `updateComplete` waits for it. The form's style sheets are made once per
// document and shared by every element (as are the call's, once it loads).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ZoomSession } from '../../src/element/zoom-session.js';
import { FakeZoom } from '../support/fake-zoom.js';
import { until } from '../support/session-helpers.js';

/** What the shadow root holds when the Join button first appears in it (the first render). */
function firstRender(el: ZoomSession): Promise<{ video: boolean; toggles: number; frame: boolean; fields: number }> {
  return new Promise((done) => {
    const root = el.shadowRoot!;
    const observer = new MutationObserver(() => {
      if (!root.querySelector('#join-button')) return;
      observer.disconnect();
      done({
        video: root.querySelector('#preview-video') !== null,
        toggles: root.querySelectorAll('[part~="toggle-button"]').length,
        frame: root.querySelector('[part="preview-frame"]') !== null,
        fields: root.querySelectorAll('input').length,
      });
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

const mounted: HTMLElement[] = [];

function mount(markup: string): ZoomSession {
  const wrapper = document.createElement('div');
  mounted.push(wrapper);
  wrapper.innerHTML = markup;
  const el = wrapper.firstElementChild as ZoomSession;
  // The shadow root exists once the element is connected; its first render is a microtask later.
  document.body.append(wrapper);
  return el;
}

describe('<zoom-session> first paint', () => {
  afterEach(() => {
    for (const wrapper of mounted.splice(0)) wrapper.remove();
  });

  it('renders the form and the preview frame first, the self-view and toggles after the paint', async () => {
    const el = mount('<zoom-session session-name="Plenary"></zoom-session>');
    const first = await firstRender(el);
    expect(first).to.deep.equal({ video: false, toggles: 0, frame: true, fields: 2 });

    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('#preview-video')).to.not.equal(null);
    expect(root.querySelectorAll('[part~="toggle-button"]').length).to.equal(2);
    expect(root.querySelector('[part="preview-placeholder"]')?.textContent).to.contain('Your camera is off');
    await expect(el).to.be.accessible();
  });

  it('keeps the preview frame the same size when its contents arrive', async () => {
    const el = mount('<zoom-session session-name="Plenary"></zoom-session>');
    await firstRender(el);
    const frame = el.shadowRoot!.querySelector<HTMLElement>('[part="preview-frame"]')!;
    const controls = el.shadowRoot!.querySelector<HTMLElement>('[part="preview-controls"]')!;
    const before = [frame.getBoundingClientRect().height, controls.getBoundingClientRect().height];
    await el.updateComplete;
    const after = [frame.getBoundingClientRect().height, controls.getBoundingClientRect().height];
    expect(before[0]).to.be.greaterThan(0);
    expect(after).to.deep.equal(before);
  });

  it('has nothing to wait for without a preview', async () => {
    const el = mount('<zoom-session session-name="Plenary" no-preview></zoom-session>');
    const first = await firstRender(el);
    expect(first).to.deep.equal({ video: false, toggles: 0, frame: false, fields: 2 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="preview"]')).to.equal(null);
  });

  it('the camera toggle starts the preview once it is rendered', async () => {
    const el = await fixture<ZoomSession>(html`<zoom-session session-name="Plenary" user-name="Ada"></zoom-session>`);
    const fake = new FakeZoom();
    el.clientLoader = fake.loader;
    el.shadowRoot!.querySelector<HTMLButtonElement>('#preview-camera-button')!.click();
    await until(() => fake.liveTracks === 1, 'the camera preview');
    el.remove();
    await until(() => fake.liveTracks === 0, 'the preview released on removal');
  });

  it('shares its style sheets with every other <zoom-session> of the document', async () => {
    const a = await fixture<ZoomSession>(html`<zoom-session session-name="Plenary" user-name="Ada"></zoom-session>`);
    const b = await fixture<ZoomSession>(html`<zoom-session session-name="Plenary" user-name="Bo"></zoom-session>`);
    const sheets = (el: ZoomSession) => el.shadowRoot!.adoptedStyleSheets;
    expect(sheets(a).length).to.be.greaterThan(0);
    expect(sheets(b).length).to.equal(sheets(a).length);
    expect(sheets(b).every((sheet, i) => sheet === sheets(a)[i])).to.equal(true);

    // The call's sheets join them once, when the call module loads, and are shared too.
    const fakes = [new FakeZoom(), new FakeZoom()];
    a.clientLoader = fakes[0]!.loader;
    b.clientLoader = fakes[1]!.loader;
    const formSheets = sheets(a).length;
    await Promise.all([a.toggleAudio(), b.toggleAudio()]);
    expect(sheets(a).length).to.be.greaterThan(formSheets);
    expect(sheets(b).every((sheet, i) => sheet === sheets(a)[i])).to.equal(true);
    expect(sheets(a).length).to.equal(sheets(b).length);
    a.remove();
    b.remove();
    await until(() => fakes.every((f) => f.liveTracks === 0), 'the microphones released on removal');
  });
});
