// The demo's simulate panel (demo/simulate.ts): its buttons make the fake SDK emit the bundle's
// payloads at a real <zoom-session>, and the element shows what a participant would see.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { SIMULATIONS, createFake, mountSimulatePanel } from '../../demo/simulate.js';
import type { FakeZoom } from '../support/fake-zoom.js';
import { until } from '../support/session-helpers.js';

async function setup(withFake = true) {
  const wrapper = await fixture<HTMLDivElement>(html`<div><fieldset id="simulate"></fieldset></div>`);
  const { fake, tokenProvider } = createFake();
  const el = document.createElement('zoom-session');
  el.setAttribute('session-name', 'Plenary');
  el.setAttribute('user-name', 'Ada');
  el.clientLoader = fake.loader;
  el.tokenProvider = tokenProvider;
  wrapper.append(el);
  const logged: string[] = [];
  const panel = wrapper.querySelector<HTMLElement>('#simulate')!;
  mountSimulatePanel(panel, () => (withFake ? fake : undefined), (text) => logged.push(text));
  const press = (id: string) => panel.querySelector<HTMLButtonElement>(`[data-simulate="${id}"]`)!.click();
  return { el, fake, panel, press, logged };
}

const noticeText = (el: HTMLElement) => el.shadowRoot!.querySelector('[part~="notices"]')?.textContent ?? '';

describe('demo simulate panel', () => {
  it('has a button for every simulation, and the crowd count', async () => {
    const { panel } = await setup();
    expect([...panel.querySelectorAll<HTMLButtonElement>('[data-simulate]')].map((b) => b.dataset['simulate'])).to.deep.equal(
      SIMULATIONS.map((s) => s.id),
    );
    expect(panel.querySelector<HTMLInputElement>('#simulate-count')!.value).to.equal('300');
    await expect(panel).to.be.accessible();
  });

  it('"Host mutes you" makes the element say so in its live region', async () => {
    const { el, press, logged } = await setup();
    expect(await el.join()).to.equal(true);
    press('host-mutes');
    await el.updateComplete;
    expect(noticeText(el)).to.contain('The host muted you');
    expect(logged).to.deep.equal(["current-audio-change {action:'muted', source:'passive(mute one)'}"]);
    await el.leave();
  });

  it('"Active media failed" turns the camera off and says why; "Host asks to unmute" shows the prompt', async () => {
    const { el, press } = await setup();
    expect(await el.join()).to.equal(true);
    press('media-failed');
    await el.updateComplete;
    expect(noticeText(el)).to.contain('Your camera stopped working');
    press('host-mutes');
    press('ask-unmute');
    await el.updateComplete;
    const unmute = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="notice-action-button"]')].find((b) =>
      b.textContent!.includes('Unmute'),
    );
    expect(unmute, 'the Unmute button').to.not.equal(undefined);
    await el.leave();
  });

  it('"Fill with N participants" adds N people', async () => {
    const { el, panel, press, fake } = await setup();
    expect(await el.join()).to.equal(true);
    const before = el.participants.length;
    panel.querySelector<HTMLInputElement>('#simulate-count')!.value = '45';
    press('crowd');
    await until(() => el.participants.length === before + 45, '45 more participants');
    expect((fake as FakeZoom).users.filter((u) => u.bVideoOn).length).to.be.greaterThan(10);
    await el.leave();
  });

  it('without the simulated client a press only says to choose it', async () => {
    const { press, logged } = await setup(false);
    press('host-mutes');
    expect(logged).to.deep.equal(['choose the simulated client first']);
  });
});
