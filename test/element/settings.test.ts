// The settings panel (issue 17) through the element and the fake SDK: the keyboard path before
// joining (open, focus, arrows through the backgrounds, Escape back to the button), the background
// preview on its canvas, the call's panel applying a choice, the page's attributes as defaults,
// no-remember, what is shown disabled and why, French words, axe clean in each state.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ZoomSession } from '../../src/element/zoom-session.js';
import { SETTINGS_KEY } from '../../src/session/slices/settings-memory.js';
import { ADA_IN_PLENARY, zoomSessionFixture } from '../support/element-fixture.js';
import { settle, until } from '../support/session-helpers.js';

const $ = <T extends Element = HTMLElement>(el: ZoomSession, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const active = (el: ZoomSession) => el.shadowRoot!.activeElement as HTMLElement | null;

async function element(attributes = '') {
  const { fake, el } = await zoomSessionFixture({ width: 1024, attributes: `${ADA_IN_PLENARY} ${attributes}` });
  return { fake, el };
}

async function withPreview(attributes = '') {
  const made = await element(attributes);
  await made.el.toggleVideo();
  await made.el.updateComplete;
  await until(() => $(made.el, '#settings-button') !== null, 'the Settings button');
  return made;
}

describe('settings panel', () => {
  beforeEach(() => localStorage.removeItem(SETTINGS_KEY));
  after(() => localStorage.removeItem(SETTINGS_KEY));

  it('opens from the preview by keyboard, walks the backgrounds with arrows, shows the background, and Escape goes back', async () => {
    const { fake, el } = await withPreview();
    const button = $<HTMLButtonElement>(el, '#settings-button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => active(el)?.id === 'settings-close', 'focus on Close');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await until(() => el.shadowRoot!.querySelector('[name="settings-background"]:not([disabled])') !== null && !$(el, '#settings-why-background'), 'the SDK checked');
    expect(fake.calls.init, 'init, to know what the browser can do').to.have.length(1);
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, 'input[value="none"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => el.shadowRoot!.querySelector('canvas#settings-preview') !== null, 'the background preview');
    expect($<HTMLInputElement>(el, 'input[value="blur"]')!.checked).to.equal(true);
    await until(() => fake.liveTracks === 2, 'the preview’s camera and the background’s');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => $(el, '#settings-panel') === null, 'closed');
    expect(active(el)?.id).to.equal('settings-button');
    await until(() => fake.liveTracks === 1, 'the background preview stopped');
    expect(await el.join()).to.equal(true);
    expect(fake.calls.startVideo[0]!.virtualBackground, 'the background carries into the call').to.deep.equal({ imageUrl: 'blur' });
    await el.leave();
    expect(fake.liveTracks).to.equal(0);
  });

  it('applies a choice in the call, fires zoom-session-settings, and closes the chat', async () => {
    const { fake, el } = await element('no-preview');
    const events: Array<Record<string, unknown>> = [];
    el.addEventListener('zoom-session-settings', (e) => events.push({ ...e.settings }));
    expect(await el.join()).to.equal(true);
    await el.updateComplete;
    const button = $<HTMLButtonElement>(el, '.controls #settings-button')!;
    expect(button, 'in the control bar').to.not.equal(null);
    button.click();
    await until(() => active(el)?.id === 'settings-close', 'focus on Close');
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#settings-mirror')!.focus();
    await sendKeys({ press: 'Space' });
    await until(() => fake.settings.calls.includes('mirrorVideo:true'), 'mirrorVideo(true)');
    expect(events.at(-1)).to.include({ mirrored: true, noiseSuppression: true, background: 'none' });
    expect($<HTMLInputElement>(el, '#settings-hd')!.disabled, 'the fake account allows HD').to.equal(false);
    await sendKeys({ press: 'Escape' });
    await until(() => $(el, '#settings-panel') === null, 'closed');
    expect(active(el)?.id).to.equal('settings-button');
    await el.leave();
  });

  it('takes the page’s background and noise-suppression as defaults, and stores nothing with no-remember', async () => {
    const { fake, el } = await element('no-preview background="blur" noise-suppression="off" no-remember');
    expect(await el.join()).to.equal(true);
    expect(fake.calls.startVideo).to.deep.equal([{ virtualBackground: { imageUrl: 'blur' } }]);
    expect(fake.calls.startAudio).to.deep.equal([{ mute: false }]);
    $<HTMLButtonElement>(el, '#settings-button')!.click();
    await until(() => $(el, '#settings-panel') !== null, 'open');
    $<HTMLInputElement>(el, 'input[value="sea"]')!.click();
    await settle(5);
    expect(localStorage.getItem(SETTINGS_KEY)).to.equal(null);
    await el.leave();
  });

  it('remembers by default, and the next element starts with it', async () => {
    const first = await withPreview();
    $<HTMLButtonElement>(first.el, '#settings-button')!.click();
    await until(() => $(first.el, '#settings-noise') !== null, 'open');
    $<HTMLInputElement>(first.el, '#settings-noise')!.click();
    await settle(5);
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!)).to.include({ noiseSuppression: false });
    first.el.remove();
    const second = await element('no-preview');
    expect(await second.el.join()).to.equal(true);
    expect(second.fake.calls.startAudio).to.deep.equal([{ mute: false }]);
    await second.el.leave();
  });

  it('shows what WebAssembly video cannot do without isolation, disabled with the reason, in French', async () => {
    const { el } = await withPreview('lang="fr" video-mode="wasm" audio-mode="wasm"');
    $<HTMLButtonElement>(el, '#settings-button')!.click();
    await until(() => $(el, '#settings-panel') !== null, 'open');
    expect($(el, '#settings-title')!.textContent).to.equal('Réglages');
    const group = $<HTMLFieldSetElement>(el, 'fieldset[aria-describedby="settings-why-background"]')!;
    expect(group.disabled).to.equal(true);
    expect($(el, '#settings-why-background')!.textContent).to.contain('page isolée');
    expect($(el, '#settings-why-background')!.textContent).to.contain('COOP');
    expect($<HTMLInputElement>(el, '#settings-noise')!.disabled).to.equal(true);
    expect($<HTMLInputElement>(el, '#settings-hd')!.disabled).to.equal(true);
    expect($(el, '#settings-why-hd')!.textContent).to.contain('rejointe');
    await expect(el).to.be.accessible();
  });

  it('says before joining that a remembered camera is gone, in the preview', async () => {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify({ cameraId: 'cam-unplugged' }));
    const { fake, el } = await withPreview();
    await until(() => el.shadowRoot!.textContent!.includes('no longer there'), 'the notice');
    expect(fake.calls.previewVideoTracks).to.deep.equal([undefined]);
    const region = $(el, '[aria-live="polite"]');
    expect(region, 'in the polite live region').to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('plays the test sound on the chosen speaker, and reads the participant’s own image locally', async () => {
    const sinks: string[] = [];
    const proto = HTMLMediaElement.prototype as HTMLMediaElement & { setSinkId(id: string): Promise<void> };
    const original = proto.setSinkId;
    proto.setSinkId = async (id: string) => void sinks.push(id);
    try {
      const { fake, el } = await withPreview();
      $<HTMLButtonElement>(el, '#settings-button')!.click();
      await until(() => $(el, '#settings-speaker') !== null, 'open');
      const speaker = $<HTMLSelectElement>(el, '#settings-speaker')!;
      speaker.value = 'spk-1';
      speaker.dispatchEvent(new Event('change'));
      await settle(5);
      $<HTMLButtonElement>(el, '#settings-test-sound')!.click();
      await until(() => sinks.length === 1, 'setSinkId');
      expect(sinks).to.deep.equal(['spk-1']);
      await until(() => $(el, '#settings-test-sound')!.getAttribute('aria-disabled') === 'false', 'the tone ended');

      const input = $<HTMLInputElement>(el, '#settings-own-image')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array([137, 80, 78, 71])], 'garden.png', { type: 'image/png' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await until(() => $<HTMLInputElement>(el, 'input[value="own"]')?.checked === true, 'own image chosen');
      expect(JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}')).to.not.have.property('background');
      const bad = new DataTransfer();
      bad.items.add(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
      input.files = bad.files;
      input.dispatchEvent(new Event('change'));
      await until(() => el.shadowRoot!.querySelector('.settings-panel [role="alert"]') !== null, 'refused');
      expect(fake.settings.calls, 'nothing sent to the SDK before joining').to.deep.equal([]);
    } finally {
      proto.setSinkId = original;
    }
  });
});
