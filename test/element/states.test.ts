// The element wired to its views and the session engine (fake SDK): what each state shows, the
// keyboard paths between them, accessibility per state, and two elements side by side.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ZoomSession } from '../../src/element/zoom-session.js';
import { FakeZoom, failure, participant } from '../support/fake-zoom.js';
import { ADA_IN_PLENARY, zoomSessionFixture } from '../support/element-fixture.js';
import { animationFrame, nextEvent, recordingProvider, settle, until } from '../support/session-helpers.js';
import { TokenError } from '../../src/token/types.js';

const $ = <T extends Element = HTMLElement>(el: ZoomSession, selector: string) =>
  el.shadowRoot!.querySelector<T & HTMLElement>(selector);
const focused = (el: ZoomSession) => el.shadowRoot!.activeElement as HTMLElement | null;

/** The tests set the token provider themselves, after the first render. */
async function element(fake: FakeZoom, attributes = ADA_IN_PLENARY) {
  return (await zoomSessionFixture({ fake, attributes, provider: null })).el;
}

describe('<zoom-session> states', () => {
  it('joining: says each step in a live region, Cancel takes focus and cancels back to the form', async () => {
    const fake = new FakeZoom();
    fake.script.joinHangs = true;
    const el = await element(fake);
    el.tokenProvider = recordingProvider().provider;
    $(el, '#join-button')!.focus();
    $(el, '#join-button')!.click();
    await until(() => fake.calls.join.length === 1, 'the SDK join');
    await el.updateComplete;
    expect(el.state).to.equal('joining');
    const live = $(el, '[aria-live="polite"]')!;
    expect(live.textContent).to.contain('Connecting to the session');
    // A new view takes focus in the next frame (not in the click's task: focus() forces a layout).
    await animationFrame();
    expect(focused(el)?.id, 'Cancel takes focus from Join').to.equal('cancel-button');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await until(() => el.state === 'left', 'cancelled');
    await el.updateComplete;
    expect($(el, '#join-button'), 'a cancelled join returns to the form').to.not.equal(null);
    fake.settleJoin();
    await until(() => fake.calls.leave === 1, 'the late join left');
  });

  it('joined: the call view with tiles, controls and the participants panel, all by keyboard', async () => {
    const fake = new FakeZoom();
    fake.users = [participant(200, 'Grace Hopper', { bVideoOn: false, isHost: true, muted: true, audio: 'computer' })];
    const el = await element(fake);
    el.tokenProvider = recordingProvider().provider;
    expect(await el.join()).to.equal(true);
    await el.updateComplete;
    const tiles = el.shadowRoot!.querySelectorAll('[part~="tile"]');
    expect(tiles.length).to.equal(2);
    expect(tiles[1]!.textContent).to.contain('GH');
    expect($(el, '#participants-panel')!.hidden).to.equal(true);
    $(el, '#participants-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const panel = $(el, '#participants-panel')!;
    expect(panel.hidden).to.equal(false);
    expect(panel.textContent).to.contain('Grace Hopper');
    expect(panel.querySelector('[part~="host-badge"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    $(el, '#microphone-button')!.focus();
    await sendKeys({ press: 'Space' });
    await until(() => fake.calls.muteAudio + fake.calls.unmuteAudio === 1, 'the microphone toggled');
    $(el, '#leave-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.state === 'left', 'left');
    await el.updateComplete;
    expect($(el, '[part~="left"]')!.textContent).to.contain('You left');
    await animationFrame();
    expect(focused(el)?.id, 'Rejoin takes focus').to.equal('rejoin-button');
    await expect(el).to.be.accessible();
    const joined = nextEvent(el, 'zoom-session-joined');
    await sendKeys({ press: 'Enter' });
    await joined;
    expect(el.state).to.equal('joined');
    await el.leave();
  });

  it('error: a retryable token failure shows the message, Details, and Retry that works', async () => {
    const fake = new FakeZoom();
    const el = await element(fake);
    let fail = true;
    const inner = recordingProvider().provider;
    el.tokenProvider = async (request, signal) => {
      if (fail) throw new TokenError('token-endpoint-timeout', 'The token service did not answer within 10 seconds. Try again in a moment.', { retryable: true });
      return inner(request, signal);
    };
    $(el, '#join-button')!.focus();
    expect(await el.join()).to.equal(false);
    await el.updateComplete;
    expect(el.state).to.equal('failed');
    expect($(el, '#error-message')!.textContent).to.contain("this page's sign-in service. Try again in a moment");
    expect($(el, 'details')!.textContent).to.contain('token-endpoint-timeout').and.contain('did not answer within 10 seconds');
    await expect(el).to.be.accessible();
    fail = false;
    const joined = nextEvent(el, 'zoom-session-joined');
    $(el, '#retry-button')!.click();
    await joined;
    await el.leave();
  });

  it('error: a failure that retrying cannot fix offers no Retry, and Back returns to the form', async () => {
    const fake = new FakeZoom();
    fake.script.initError = failure(5000, 'platform not supported', 'INVALID_OPERATION');
    const el = await element(fake);
    el.tokenProvider = recordingProvider().provider;
    expect(await el.join()).to.equal(false);
    await el.updateComplete;
    expect(el.error!.retryable).to.equal(false);
    expect($(el, '#error-message')).to.not.equal(null);
    expect($(el, '#retry-button')).to.equal(null);
    $(el, '#back-button')!.click();
    await el.updateComplete;
    expect($(el, '#join-button')).to.not.equal(null);
  });

  it('a wrong passcode from Zoom asks for the passcode at its field', async () => {
    const fake = new FakeZoom();
    fake.script.joinError = failure(3004, 'Incorrect passcode.', 'JOIN_MEETING_FAILED');
    const el = await element(fake, 'session-name="Plenary" user-name="Ada" passcode="abc"');
    el.tokenProvider = recordingProvider().provider;
    $(el, '#join-button')!.focus();
    expect(await el.join()).to.equal(false);
    await el.updateComplete;
    expect(el.error!.code).to.equal('wrong-passcode');
    const passcode = $(el, '#passcode')!;
    expect(passcode, 'the page set the passcode; now the form asks for it').to.not.equal(null);
    expect(passcode.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#passcode-problem')!.textContent).to.contain('passcode is not right');
    await expect(el).to.be.accessible();
    fake.script.joinError = undefined;
    passcode.focus();
    await sendKeys({ type: 'right1' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.state === 'joined', 'joined');
    expect(fake.calls.join.at(-1)!.passcode).to.equal('right1');
    await el.leave();
  });

  it('an input problem shows at its field and focuses it, with no call to the token provider', async () => {
    const fake = new FakeZoom();
    const el = await element(fake, 'session-name="Plenary"');
    const tokens = recordingProvider();
    el.tokenProvider = tokens.provider;
    const input = $(el, '#userName')!;
    input.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.state === 'failed', 'failed');
    await el.updateComplete;
    expect(tokens.requests).to.have.length(0);
    await animationFrame();
    expect(focused(el)?.id).to.equal('userName');
    expect($(el, '#userName-problem')!.textContent).to.contain('Enter your name.');
    await sendKeys({ type: 'Grace' });
    await el.updateComplete;
    expect($(el, '#userName-problem')).to.equal(null);
    await sendKeys({ press: 'Enter' });
    await until(() => el.state === 'joined', 'joined');
    expect(tokens.requests).to.have.length(1);
    await el.leave();
  });

  it('speaks French with lang="fr-FR", and the SDK is asked for fr-FR', async () => {
    const fake = new FakeZoom();
    const el = await element(fake, 'session-name="Plenary" lang="fr-FR"');
    expect($(el, 'label[for="userName"]')!.textContent).to.contain('Votre nom');
    expect($(el, '#join-button')!.textContent!.trim()).to.equal('Rejoindre');
    el.tokenProvider = recordingProvider().provider;
    $(el, '#join-button')!.click();
    await until(() => el.state === 'failed', 'failed on the missing name');
    await el.updateComplete;
    expect($(el, '#userName-problem')!.textContent).to.match(/nom/i);
  });

  it('two elements on one page do not disturb each other', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `
      <zoom-session session-name="Room A" user-name="Ada"></zoom-session>
      <zoom-session session-name="Room B" user-name="Grace" lang="fr"></zoom-session>`;
    const [a, b] = [...wrapper.querySelectorAll('zoom-session')] as [ZoomSession, ZoomSession];
    const fakeA = new FakeZoom();
    const fakeB = new FakeZoom();
    a.clientLoader = fakeA.loader;
    b.clientLoader = fakeB.loader;
    a.tokenProvider = recordingProvider().provider;
    b.tokenProvider = recordingProvider({ error: new TokenError('token-endpoint-refused', 'The token service refused the request (HTTP 403).') }).provider;
    const [joinedA, joinedB] = await Promise.all([a.join(), b.join()]);
    expect([joinedA, joinedB]).to.deep.equal([true, false]);
    await a.updateComplete;
    await b.updateComplete;
    expect(a.state).to.equal('joined');
    expect(b.state).to.equal('failed');
    expect(fakeA.calls.join[0]!.topic).to.equal('Room A');
    expect(fakeB.calls.join).to.have.length(0);
    expect($(a, '[part~="stage"]')).to.not.equal(null);
    expect($(b, '[part~="error"]')).to.not.equal(null);
    expect(getComputedStyle(document.body).margin, 'nothing written outside the shadow roots').to.equal('8px');
    await a.leave();
    expect(b.state).to.equal('failed');
    expect(fakeA.listenerCount + fakeB.listenerCount).to.equal(0);
  });

  it('a new view takes focus in the next frame only if focus did not move meanwhile', async () => {
    const fake = new FakeZoom();
    fake.script.joinHangs = true;
    const el = await element(fake);
    el.tokenProvider = recordingProvider().provider;
    const outside = document.createElement('button');
    outside.textContent = 'page button';
    document.body.append(outside);
    try {
      $(el, '#join-button')!.focus();
      const preparing = nextEvent(el, 'zoom-session-state');
      $(el, '#join-button')!.click();
      await preparing;
      await el.updateComplete;
      expect($(el, '#cancel-button'), 'the joining view').to.not.equal(null);
      outside.focus();
      await animationFrame();
      expect(document.activeElement, 'the page moved focus before the frame').to.equal(outside);
    } finally {
      await el.leave();
      outside.remove();
    }
  });

  it('does not steal focus from the page on state changes it did not start', async () => {
    const fake = new FakeZoom();
    const el = await element(fake);
    el.tokenProvider = recordingProvider().provider;
    const outside = document.createElement('button');
    outside.textContent = 'page button';
    document.body.append(outside);
    outside.focus();
    try {
      expect(await el.join()).to.equal(true);
      await el.updateComplete;
      await settle();
      expect(document.activeElement).to.equal(outside);
    } finally {
      outside.remove();
      await el.leave();
    }
  });
});

describe('<zoom-session> share and chat', () => {
  it("shows another participant's share large with a full-screen button, and follows it stopping", async () => {
    const fake = new FakeZoom();
    fake.users = [participant(200, 'Grace Hopper', { bVideoOn: true })];
    const el = await element(fake);
    el.tokenProvider = recordingProvider().provider;
    expect(await el.join()).to.equal(true);
    fake.peerStartsShare(200);
    await until(() => el.shadowRoot!.querySelector('#share-region') !== null, 'the share region');
    await el.updateComplete;
    expect($(el, '#share-label')!.textContent).to.contain('Grace Hopper');
    expect($(el, '#share-fullscreen-button')).to.not.equal(null);
    await until(() => $(el, '[data-share-slot]')!.childElementCount > 0, 'the share attached in its slot');
    await expect(el).to.be.accessible();
    fake.peerStopsShare(200);
    await until(() => el.shadowRoot!.querySelector('#share-region') === null, 'the share gone');
    await el.leave();
  });

  it('chat: the button opens the panel, Enter sends, incoming markup shows as text, unread counts', async () => {
    const fake = new FakeZoom();
    fake.users = [participant(200, 'Grace', {})];
    const el = await element(fake);
    el.tokenProvider = recordingProvider().provider;
    expect(await el.join()).to.equal(true);
    await el.updateComplete;
    fake.receiveChat({ userId: 200, name: 'Grace' }, '<img src=x onerror="window.__owned=1"><b>bold</b>');
    await until(() => /1/.test($(el, '#chat-button')!.textContent ?? ''), 'the unread count');
    $(el, '#chat-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const panel = $(el, '#chat-panel')!;
    expect(panel.hidden).to.equal(false);
    expect(panel.querySelector('img, b'), 'no markup from a message').to.equal(null);
    expect(panel.textContent).to.contain('<b>bold</b>');
    expect((window as unknown as { __owned?: number }).__owned).to.equal(undefined);
    await until(() => !/\d/.test($(el, '#chat-button')!.textContent ?? ''), 'read once the panel is open');
    await expect(el).to.be.accessible();
    $(el, '#chat-input')!.focus();
    await sendKeys({ type: 'Hello all' });
    await sendKeys({ press: 'Enter' });
    await until(() => fake.calls.sendToAll.length === 1, 'the message sent');
    expect(fake.calls.sendToAll[0]).to.equal('Hello all');
    await until(() => ($(el, '#chat-input') as HTMLTextAreaElement).value === '', 'the draft cleared');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '#chat-panel')!.hidden).to.equal(true);
    expect(focused(el)?.id, 'focus back on the Chat button').to.equal('chat-button');
    await el.leave();
  });

  it('no-share and no-chat remove their buttons', async () => {
    const fake = new FakeZoom();
    const el = await element(fake, 'session-name="Plenary" user-name="Ada" no-share no-chat');
    el.tokenProvider = recordingProvider().provider;
    expect(await el.join()).to.equal(true);
    await el.updateComplete;
    expect($(el, '#share-button')).to.equal(null);
    expect($(el, '#chat-button')).to.equal(null);
    expect($(el, '#microphone-button')).to.not.equal(null);
    await el.leave();
  });
});
