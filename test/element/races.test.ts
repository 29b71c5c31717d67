// Races a new user meets: each of these failed before the engine and the element closed them.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { FakeZoom } from '../support/fake-zoom.js';
import { ADA_IN_PLENARY, zoomSessionFixture } from '../support/element-fixture.js';
import { settle, until } from '../support/session-helpers.js';

async function element(fake: FakeZoom, attributes = ADA_IN_PLENARY) {
  return (await zoomSessionFixture({ fake, attributes })).el;
}

describe('<zoom-session> races', () => {
  for (const toggle of ['toggleVideo', 'toggleAudio'] as const) {
    it(`starts no camera or microphone when removed while ${toggle}() loads the call`, async () => {
      const fake = new FakeZoom();
      const el = await element(fake);
      const toggled = el[toggle]();
      el.remove();
      await toggled;
      await settle(20);
      expect(fake.calls.previewVideoTracks.length + fake.calls.previewAudioTracks.length, 'tracks created').to.equal(0);
      expect(fake.liveTracks).to.equal(0);
    });
  }

  it('starts nothing when removed right after the camera button is pressed', async () => {
    const fake = new FakeZoom();
    const el = await element(fake);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#preview-camera-button')!.click();
    await Promise.resolve();
    el.remove();
    await settle(50);
    expect(fake.liveTracks).to.equal(0);
  });

  it('leave() right after join() cancels the join: not joined, no tracks, a left event', async () => {
    const fake = new FakeZoom();
    const el = await element(fake);
    const left: string[] = [];
    el.addEventListener('zoom-session-left', (e) => left.push(e.reason));
    const joining = el.join();
    await el.leave();
    expect(await joining).to.equal(false);
    await settle(20);
    expect(el.state).to.not.equal('joined');
    expect(fake.liveTracks).to.equal(0);
    expect(fake.calls.join.length, 'SDK joins').to.equal(0);
    expect(left).to.deep.equal(['cancelled']);
  });

  it('leave() while audio starts stops the audio once it is up, and records it off', async () => {
    const fake = new FakeZoom();
    fake.script.startAudioDelayMs = 40;
    const el = await element(fake);
    const joining = el.join();
    await until(() => el.getAttribute('state') === 'joining' && fake.calls.startAudio.length > 0, 'audio starting');
    await el.leave();
    expect(await joining).to.equal(false);
    await settle(80);
    expect(fake.liveTracks, 'live tracks after leave').to.equal(0);
    expect(el.state).to.equal('left');
  });

  it('a page-set field that failed a rule is used once the page fixes it', async () => {
    const fake = new FakeZoom();
    const el = await element(fake, 'session-name="Plenary" user-name="Ada" passcode="12345678901"');
    expect(await el.join()).to.equal(false);
    el.setAttribute('passcode', 'secret');
    await el.updateComplete;
    expect(el.input.passcode).to.equal('secret');
    expect(await el.join()).to.equal(true);
    expect(fake.calls.join.at(-1)!.passcode).to.equal('secret');
    await el.leave();
  });

  it('a page-set session name that failed a rule is used once the page fixes it', async () => {
    const fake = new FakeZoom();
    const el = await element(fake, 'session-name="a/b" user-name="Ada"');
    expect(await el.join()).to.equal(false);
    el.setAttribute('session-name', 'Plenary');
    await el.updateComplete;
    expect(el.input.sessionName).to.equal('Plenary');
    expect(el.shadowRoot!.querySelector('#sessionName'), 'the form does not ask for it').to.equal(null);
  });

  for (const lang of ['constructor', '__proto__', 'toString', 'hasOwnProperty-FR']) {
    it(`works with lang="${lang}" (English words)`, async () => {
      const fake = new FakeZoom();
      const el = await element(fake, `session-name="Plenary" user-name="Ada" lang="${lang}"`);
      expect(el.shadowRoot!.querySelector('[part~="join-button"]')!.textContent).to.contain('Join');
      expect(await el.join()).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part~="leave-button"]')).to.not.equal(null);
      await el.leave();
    });
  }
});
