// Issue 14 through the element and the fake SDK (payloads as the 2.5.0 bundle sends them): the CC
// button by keyboard, captions over the videos with partials replaced, the polite region fed with
// final lines only, the refusal in words, the language pickers, the transcript downloads (their
// content read back) during and after the call, the `captions` and `caption-lang` attributes,
// each tile's connection bars following `network-quality-change` with smoothing (the slice's
// clock moved by the test), and a portrait video shown whole. Axe clean in each new state.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ZoomSession } from '../../src/element/zoom-session.js';
import type { SessionController } from '../../src/session/session-controller.js';
import { DROP_HOLD_MS } from '../../src/session/slices/network-quality.js';
import { FakeZoom, failure, participant } from '../support/fake-zoom.js';
import { ADA_IN_PLENARY, joinedFixture } from '../support/element-fixture.js';
import { settle, until } from '../support/session-helpers.js';

const GRACE = { userId: 200, name: 'Grace Hopper' };
const $ = <T extends Element = HTMLElement>(el: ZoomSession, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: ZoomSession, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const engine = (el: ZoomSession) => (el as unknown as { session: SessionController }).session;

async function call(attributes = '', prepare?: (fake: FakeZoom) => void) {
  const fake = new FakeZoom();
  prepare?.(fake);
  const { el } = await joinedFixture({ fake, width: 1280, attributes: `${ADA_IN_PLENARY} no-preview ${attributes}` });
  fake.addUser(participant(GRACE.userId, GRACE.name, { bVideoOn: true }));
  await el.updateComplete;
  await settle(10);
  return { fake, el };
}

async function rendered(el: ZoomSession): Promise<void> {
  el.requestUpdate();
  await el.updateComplete;
  await settle();
}

/** The files the page saved (each click on a download link), read back. */
function downloads() {
  const saved: Array<{ name: string; text: Promise<string> }> = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = create.call(URL, blob);
    blobs.set(url, blob as Blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, text: blob.text() });
    else click.call(this);
  };
  const restore = () => {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  };
  return { saved, restore };
}

describe('captions, connection bars and portrait videos in the element', () => {
  it('turns captions on from the keyboard, shows partials replaced by their final, and says finals politely', async () => {
    const { fake, el } = await call();
    const button = $<HTMLButtonElement>(el, '#captions-button')!;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await until(() => engine(el).captions.on, 'captions on');
    await rendered(el);
    expect(fake.captions.calls).to.deep.equal(['start']);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    fake.captions.speak('m1', GRACE.userId, GRACE.name, 'Orbits are');
    await rendered(el);
    expect($$(el, '[part="caption-line"]').map((l) => l.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Grace Hopper: Orbits are',
    ]);
    const region = $(el, '[role="status"][aria-label="Live captions"]')!;
    expect(region.textContent!.trim(), 'partials are not read').to.equal('');
    fake.captions.speak('m1', GRACE.userId, GRACE.name, 'Orbits are computed by hand.', true);
    await rendered(el);
    expect($$(el, '[part="caption-line"]').map((l) => l.textContent!.replace(/\s+/g, ' ').trim()), 'replaced, not appended').to.deep.equal([
      'Grace Hopper: Orbits are computed by hand.',
    ]);
    expect($(el, '[part="captions"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(region.textContent!.trim()).to.equal('Grace Hopper: Orbits are computed by hand.');
    await expect(el).to.be.accessible();
    // Off again: the lines go, the button says so.
    button.click();
    await rendered(el);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect($$(el, '[part="caption-line"]')).to.have.length(0);
  });

  it('says in words when the account has no live transcription, and stays off', async () => {
    const { fake, el } = await call('', (f) => (f.captions.startError = failure(7300, 'Live transcription is not enabled.')));
    $<HTMLButtonElement>(el, '#captions-button')!.click();
    await until(() => fake.captions.calls.length === 1, 'the start asked');
    await rendered(el);
    expect($<HTMLButtonElement>(el, '#captions-button')!.getAttribute('aria-pressed')).to.equal('false');
    expect(el.shadowRoot!.textContent).to.contain('live transcription is not turned on for this Zoom account or session');
    await expect(el).to.be.accessible();
  });

  it('downloads the transcript as WebVTT and text with timestamps, during the call and after it', async () => {
    const { fake, el } = await call();
    const files = downloads();
    try {
      await engine(el).setCaptions(true);
      fake.captions.speak('m1', GRACE.userId, GRACE.name, 'Three launch');
      fake.captions.speak('m1', GRACE.userId, GRACE.name, 'Three launch windows in April.', true);
      fake.captions.speak('m2', GRACE.userId, GRACE.name, 'Questions <in> the chat & here.', true);
      await rendered(el);
      const buttons = $$(el, '[part~="transcript-download"]');
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['WebVTT', 'Text']);
      expect(buttons[0]!.closest('[role="group"]')!.getAttribute('aria-label')).to.equal('Download the transcript');
      buttons[0]!.focus();
      await sendKeys({ press: 'Enter' });
      buttons[1]!.click();
      expect(files.saved.map((f) => f.name)).to.deep.equal(['transcript.vtt', 'transcript.txt']);
      const vtt = await files.saved[0]!.text;
      expect(vtt).to.match(/^WEBVTT\n\n1\n\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}\n<v Grace Hopper>Three launch windows in April\.\n/);
      expect(vtt).to.contain('<v Grace Hopper>Questions &lt;in&gt; the chat &amp; here.');
      expect(vtt, 'no partial').to.not.match(/Three launch\n/);
      const text = await files.saved[1]!.text;
      expect(text.split('\n').filter(Boolean)).to.have.length(2);
      expect(text).to.match(/^\d\d:\d\d:\d\d Grace Hopper: Three launch windows in April\.\n\d\d:\d\d:\d\d Grace Hopper: Questions <in> the chat & here\.\n$/);
      await expect(el).to.be.accessible();
      await el.leave();
      await rendered(el);
      const after = $$(el, '[part~="transcript-download"]');
      expect(after, 'downloads after the call').to.have.length(2);
      after[1]!.click();
      expect(await files.saved[2]!.text).to.equal(text);
      await expect(el).to.be.accessible();
    } finally {
      files.restore();
    }
  });

  it('starts with captions on in the caption-lang attribute’s language, and offers the session’s languages', async () => {
    const { fake, el } = await call('captions caption-lang="fr"');
    await until(() => engine(el).captions.on && fake.captions.calls.length >= 2, 'captions on');
    await rendered(el);
    expect(fake.captions.calls).to.deep.equal(['start', 'translate:fr']);
    expect($<HTMLButtonElement>(el, '#captions-button')!.getAttribute('aria-pressed')).to.equal('true');
    const spoken = $<HTMLSelectElement>(el, '#caption-spoken-language')!;
    const caption = $<HTMLSelectElement>(el, '#caption-language')!;
    expect([...spoken.options].map((o) => o.value)).to.have.members(['', 'en', 'fr', 'de']);
    expect(caption.value).to.equal('fr');
    expect([...caption.options].find((o) => o.value === 'fr')!.textContent!.trim()).to.equal('French');
    el.setAttribute('caption-lang', 'de');
    await until(() => fake.captions.calls.includes('translate:de'), 'the new caption-lang applied');
    await rendered(el);
    expect(caption.value).to.equal('de');
    spoken.value = 'de';
    spoken.dispatchEvent(new Event('change'));
    await until(() => fake.captions.calls.includes('speak:de'), 'spoken language set');
    // Translation off in the session: captions stay on, untranslated, and the page says why.
    fake.captions.status.isLiveTranslationEnabled = false;
    await engine(el).setCaptionLanguage('en');
    await rendered(el);
    expect(engine(el).captions.on).to.equal(true);
    expect(engine(el).captions.language).to.equal(undefined);
    expect(el.shadowRoot!.textContent).to.contain('live translation is not turned on');
    await expect(el).to.be.accessible();
  });

  it('shows each tile’s connection bars from the events, falling only after a drop lasted', async () => {
    const { fake, el } = await call();
    let now = 1_000_000;
    const quality = engine(el).slices.quality;
    quality.clock = () => now;
    const bars = () => $(el, `.tile[data-user-id="${GRACE.userId}"] [part="tile-quality"]`);
    expect(bars(), 'nothing before the SDK says').to.equal(null);
    fake.emit('network-quality-change', { userId: GRACE.userId, type: 'uplink', level: 5 });
    await rendered(el);
    expect(bars()!.getAttribute('aria-label')).to.equal('Connection: good');
    expect(bars()!.getAttribute('role')).to.equal('img');
    fake.emit('network-quality-change', { userId: GRACE.userId, type: 'uplink', level: 1 });
    now += 1000;
    quality.tick();
    await rendered(el);
    expect(bars()!.getAttribute('aria-label'), 'a dip does not flicker').to.equal('Connection: good');
    now += DROP_HOLD_MS;
    quality.tick();
    await rendered(el);
    expect(bars()!.getAttribute('aria-label')).to.equal('Connection: poor');
    expect($$(el, `.tile[data-user-id="${GRACE.userId}"] .bar.lit`)).to.have.length(1);
    fake.emit('network-quality-change', { userId: GRACE.userId, type: 'uplink', level: 2 });
    await rendered(el);
    expect(bars()!.getAttribute('aria-label'), 'a rise shows at once').to.equal('Connection: fair');
    await expect(el).to.be.accessible();
    fake.updateUser(GRACE.userId, { bVideoOn: false });
    await rendered(el);
    expect(bars(), 'video off: no bars').to.equal(null);
  });

  it('shows a portrait video whole', async () => {
    const { fake, el } = await call();
    const tile = () => $(el, `.tile[data-user-id="${GRACE.userId}"]`)!;
    expect(tile().classList.contains('portrait')).to.equal(false);
    fake.emit('video-aspect-ratio-change', { userId: GRACE.userId, aspectRatio: 9 / 16 });
    await rendered(el);
    expect(tile().classList.contains('portrait')).to.equal(true);
    const slot = tile().querySelector<HTMLElement>('[data-video-slot]')!;
    expect(Number(slot.style.getPropertyValue('--video-aspect'))).to.be.closeTo(0.5625, 0.001);
    const video = document.createElement('video');
    slot.append(video);
    expect(getComputedStyle(video).objectFit).to.equal('contain');
    video.remove();
    fake.emit('video-aspect-ratio-change', { userId: GRACE.userId, aspectRatio: 16 / 9 });
    await rendered(el);
    expect(tile().classList.contains('portrait')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
