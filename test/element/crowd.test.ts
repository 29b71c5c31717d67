// Crowds (issue 12) through the element and the fake SDK with its render cap: the budget is never
// exceeded, a refusal is not asked again, the active speaker is seen, pages and layouts work by
// keyboard, a hidden tab holds no video, the panel is windowed and searchable, and leaving leaves
// nothing attached.
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ZoomSession } from '../../src/element/zoom-session.js';
import { FakeZoom, crowdName } from '../support/fake-zoom.js';
import { ADA_IN_PLENARY, joinedFixture } from '../support/element-fixture.js';
import { settle, until } from '../support/session-helpers.js';

const $ = <T extends Element = HTMLElement>(el: ZoomSession, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: ZoomSession, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** Remote videos the SDK renders now (this browser's own excluded, as the bundle counts). */
const remote = (fake: FakeZoom) => [...fake.renderedVideos].filter((id) => id !== fake.selfId);

async function crowd(count: number, options: { cap?: number; cameraEvery?: number; layout?: string; width?: number } = {}) {
  const fake = new FakeZoom();
  fake.script.maxRenderableVideos = options.cap ?? 25;
  const { el, errors } = await joinedFixture({
    fake,
    width: options.width ?? 1280,
    attributes: `${ADA_IN_PLENARY} no-preview ${options.layout ? `layout="${options.layout}"` : ''}`,
  });
  const ids = fake.addCrowd(count, { cameraEvery: options.cameraEvery ?? 3 });
  await el.updateComplete;
  await settle(20);
  return { fake, el, ids, errors };
}

async function rerender(el: ZoomSession, times = 3) {
  for (let i = 0; i < times; i++) {
    el.requestUpdate();
    await el.updateComplete;
    await settle();
  }
}

describe('crowds', () => {
  it('never attaches more than the cap with 60 cameras on and cap 25, and does not retry a refusal', async () => {
    const { fake, el, errors } = await crowd(60, { cameraEvery: 1, layout: 'gallery' });
    await until(() => remote(fake).length === 25, '25 videos');
    expect(remote(fake)).to.have.length(25);
    const asked = fake.calls.attachVideo.length;
    await rerender(el);
    expect(fake.calls.attachVideo.length, 'a re-render asks for nothing more').to.equal(asked);
    expect(remote(fake).length).to.be.at.most(25);
    expect(errors, 'no participant-facing error').to.deep.equal([]);
    // A budget smaller than the SDK's real one: the SDK refuses, the refusal is remembered.
    fake.script.maxRenderableVideos = 30;
    const before = fake.calls.attachVideo.length;
    fake.script.attachVideoError = { type: 'INVALID_OPERATION', reason: 'subscribe video counts greater than maximum size (25)', errorCode: 6111 };
    $<HTMLButtonElement>(el, '#page-next')!.click();
    await el.updateComplete;
    await settle(10);
    const refused = fake.calls.attachVideo.length - before;
    await rerender(el);
    expect(fake.calls.attachVideo.length - before, 'refused ones are not asked again on re-render').to.equal(refused);
    expect(errors).to.deep.equal([]);
  });

  it('a plenary of 1,000 opens in speaker view; the last person speaking gets the big tile and video', async () => {
    const { fake, el, ids } = await crowd(1000);
    expect($(el, '.grid')!.classList.contains('layout-speaker')).to.equal(true);
    expect($$(el, '.tile').length, 'a big tile, a strip and self').to.be.at.most(8);
    const last = ids.at(-1)!;
    fake.updateUser(last, { bVideoOn: true });
    fake.emit('active-speaker', [{ userId: last, displayName: crowdName(999) }]);
    await el.updateComplete;
    await until(() => fake.renderedVideos.has(last), 'the speaker video');
    expect($(el, '.tile.main')!.dataset['userId']).to.equal(String(last));
    expect(fake.calls.attachQuality[fake.calls.attachVideo.lastIndexOf(last)], 'the big tile at 720p').to.equal(3);
    expect(remote(fake).length).to.be.at.most(25);
    const nodes = el.shadowRoot!.querySelectorAll('*').length;
    expect(nodes, 'shadow DOM nodes').to.be.below(2500);
    await expect(el).to.be.accessible();
  });

  it('pages the gallery and switches layouts by keyboard, videos following the page', async () => {
    const { fake, el } = await crowd(100, { layout: 'speaker' });
    $<HTMLButtonElement>(el, '#layout-gallery')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '.grid')!.classList.contains('layout-gallery')).to.equal(true);
    expect($(el, '.page-of')!.textContent).to.equal('Page 1 of 4');
    const firstPage = $$(el, '.tile').map((t) => t.dataset['userId']);
    expect(firstPage).to.have.length(26);
    $<HTMLButtonElement>(el, '#page-next')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await settle(10);
    expect($(el, '.page-of')!.textContent).to.equal('Page 2 of 4');
    const secondPage = $$(el, '.tile').map((t) => t.dataset['userId']);
    expect(secondPage.slice(1).some((id) => firstPage.includes(id)), 'another page of people').to.equal(false);
    const shown = new Set(secondPage.map(Number));
    await until(() => remote(fake).every((id) => shown.has(id)), 'only this page attached');
    expect(remote(fake).length).to.be.at.most(25);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '#layout-speaker')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($(el, '.grid')!.classList.contains('layout-speaker')).to.equal(true);
    expect($(el, '#page-next')).to.equal(null);
  });

  it('at a budget of 1 (the SDK never refuses there) attaches one video; the other camera tiles show their avatar', async () => {
    const { fake, el, errors } = await crowd(10, { cap: 1, cameraEvery: 1, layout: 'gallery' });
    await until(() => remote(fake).length === 1, 'one video');
    await rerender(el);
    expect(remote(fake), 'the engine keeps to the budget the SDK does not enforce').to.have.length(1);
    const avatarShown = (tile: HTMLElement) => getComputedStyle(tile.querySelector('[part~="avatar"]')!).display !== 'none';
    const cameraTiles = $$(el, '.tile.video-on:not([part~="tile-self"])');
    expect(cameraTiles, 'a page of four').to.have.length(4);
    const withVideo = cameraTiles.filter((t) => t.querySelector('video-player'));
    expect(withVideo, 'the most important one').to.have.length(1);
    expect(withVideo.map(avatarShown)).to.deep.equal([false]);
    const past = cameraTiles.filter((t) => !t.querySelector('video-player'));
    expect(past.map(avatarShown), 'camera on, past the budget: not blank').to.deep.equal([true, true, true]);
    expect(past.map((t) => getComputedStyle(t).backgroundColor)).to.not.include('rgba(0, 0, 0, 0)');
    expect(errors).to.deep.equal([]);
  });

  it('on a phone, speaker view has a strip of two rows of three, each avatar clear of its name', async () => {
    const { el } = await crowd(200, { width: 360 });
    expect($(el, '.grid')!.classList.contains('layout-speaker')).to.equal(true);
    const strip = $$(el, '.tile:not(.main)');
    expect(strip, 'five others and self').to.have.length(6);
    const tops = new Set(strip.map((t) => Math.round(t.getBoundingClientRect().top)));
    expect(tops.size, 'two rows').to.equal(2);
    // As each tile looks while it has no video (past the budget, attaching, a hidden tab).
    for (const player of strip.flatMap((t) => [...t.querySelectorAll('video-player')])) player.remove();
    for (const tile of strip) {
      const avatar = tile.querySelector('[part~="avatar"]')!.getBoundingClientRect();
      const name = tile.querySelector('[part~="tile-name"]')!.getBoundingClientRect();
      const box = tile.getBoundingClientRect();
      expect(avatar.width, 'an avatar one can see').to.be.at.least(20);
      expect(avatar.bottom, `${tile.dataset['userId']}: avatar above the name`).to.be.at.most(name.top);
      expect(avatar.top).to.be.at.least(box.top);
    }
  });

  it("asks each video at its tile's quality and follows a resize: 720p only for a large speaker tile", async () => {
    await setViewport({ width: 1280, height: 900 });
    try {
      const { fake, el, ids } = await crowd(8, { cameraEvery: 1, layout: 'gallery' });
      const wrapper = el.parentElement!;
      const quality = (id: number) => fake.calls.attachQuality[fake.calls.attachVideo.lastIndexOf(id)];
      const tileWidth = (id: number) => Math.round($(el, `.tile[data-user-id="${id}"]`)!.getBoundingClientRect().width);
      const one = ids[4]!;
      await until(() => remote(fake).length === 8, 'eight videos');
      expect($(el, '.grid')!.getAttribute('data-cols'), 'self and eight others: 3x3').to.equal('3');
      expect(quality(one), `3x3 gallery, a tile ${tileWidth(one)} px wide: 360p`).to.equal(2);
      wrapper.style.width = '360px';
      await until(() => quality(one) === 1, 'a small tile: 180p');
      expect(tileWidth(one)).to.be.below(200);
      wrapper.style.width = '1280px';
      await until(() => quality(one) === 2, 'back to 360p');
      $<HTMLButtonElement>(el, '#layout-speaker')!.click();
      await el.updateComplete;
      const main = Number($(el, '.tile.main')!.dataset['userId']);
      await until(() => quality(main) === 3, 'the large speaker tile: 720p');
      expect(ids.filter((id) => id !== main && fake.renderedVideos.has(id)).map(quality), 'the strip: 180p').to.satisfy((qs: number[]) =>
        qs.length > 0 && qs.every((q) => q === 1),
      );
      wrapper.style.width = '360px';
      await until(() => quality(main) === 1, 'the speaker tile on a phone: no 720p');
      expect(remote(fake).length).to.be.at.most(25);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('holds no remote video while the tab is hidden, and brings them back when shown', async () => {
    const { fake, el } = await crowd(30, { layout: 'gallery' });
    await until(() => remote(fake).length === 10, 'ten videos');
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await settle(10);
      expect(remote(fake), 'nothing subscribed while hidden').to.deep.equal([]);
      await rerender(el);
      expect(remote(fake), 'a render while hidden attaches nothing').to.deep.equal([]);
    } finally {
      Object.defineProperty(document, 'visibilityState', visibility);
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => remote(fake).length === 10, 'the videos back');
  });

  it('the panel holds only the rows in view, and its search finds a name', async () => {
    const { el } = await crowd(1000);
    $<HTMLButtonElement>(el, '#participants-button')!.click();
    await el.updateComplete;
    const rows = $$(el, '.participant');
    expect(rows.length, 'a window of rows').to.be.within(5, 40);
    expect(rows[0]!.getAttribute('aria-setsize')).to.equal('1001');
    expect($(el, '.panel-counts')!.textContent).to.contain('1001 in session').and.contain('335 cameras on');
    expect(el.shadowRoot!.querySelectorAll('*').length, 'shadow DOM nodes, panel open').to.be.below(3000);
    const search = $<HTMLInputElement>(el, '#participant-search')!;
    search.focus();
    await sendKeys({ type: crowdName(876) });
    await el.updateComplete;
    const found = $$(el, '.participant .name').map((n) => n.textContent);
    expect(found).to.deep.equal([crowdName(876)]);
    await expect(el).to.be.accessible();
    search.value = 'no such person';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '.panel-empty')!.textContent).to.contain('no such person');
  });

  it('leaving leaves no attached video', async () => {
    const { fake, el } = await crowd(60, { cameraEvery: 1, layout: 'gallery' });
    await until(() => remote(fake).length === 25, '25 videos');
    await el.leave();
    expect([...fake.renderedVideos]).to.deep.equal([]);
    expect(fake.listenerCount).to.equal(0);
  });
});
