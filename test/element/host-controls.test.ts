// Running the event through the whole element and the fake SDK (issue 13): the host's menus by
// keyboard from the participants panel (open, arrows, Mute reaches `muteAudio(userId)`, Escape
// gives focus back), confirmations and the Leave choice opening on the safe choice, Raise hand by
// keyboard, `no-hands` and `no-host-controls` taking effect during the call, and the chat and share
// privileges the host sets disabling a participant's form and Share button with the reason.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ZoomSession } from '../../src/element/zoom-session.js';
import { FakeZoom, participant } from '../support/fake-zoom.js';
import { ADA_IN_PLENARY, joinedFixture } from '../support/element-fixture.js';
import { settle, until } from '../support/session-helpers.js';

const $ = <T extends HTMLElement = HTMLElement>(el: ZoomSession, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: ZoomSession, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const focused = (el: ZoomSession) => el.shadowRoot!.activeElement as HTMLElement | null;
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Joined as Ada (100) with Grace (200, camera on) and Linus (300, muted); `host` makes Ada host. */
async function call(options: { host?: boolean; attributes?: string } = {}) {
  const fake = new FakeZoom();
  fake.users = [participant(200, 'Grace Hopper', { bVideoOn: true }), participant(300, 'Linus Torvalds', { muted: true })];
  const { el } = await joinedFixture({ fake, width: 1280, attributes: `${ADA_IN_PLENARY} no-preview ${options.attributes ?? ''}` });
  if (options.host) fake.updateUser(100, { isHost: true });
  await el.updateComplete;
  return { fake, el };
}

async function press(el: ZoomSession, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Focus lands after a frame (the menus focus once rendered). */
async function focusOn(el: ZoomSession, selector: string) {
  await until(() => focused(el)?.matches(selector) === true, `focus on ${selector}`);
}

/** Opens the participants panel with the keyboard. */
async function openPanel(el: ZoomSession) {
  $(el, '#participants-button')!.focus();
  await press(el, 'Enter');
  expect($(el, '#participants-panel')!.hidden).to.equal(false);
}

async function expectAccessibleBothSchemes(el: ZoomSession) {
  await expect(el).to.be.accessible();
  await emulateMedia({ colorScheme: 'dark' });
  try {
    await expect(el).to.be.accessible();
  } finally {
    await emulateMedia({ colorScheme: 'light' });
  }
}

describe('running the event, through the element', () => {
  it("a host mutes someone from the panel by keyboard; Escape closes the menu and gives focus back", async () => {
    const { fake, el } = await call({ host: true });
    await openPanel(el);
    $(el, '#participant-search')!.focus();
    await press(el, 'Tab');
    expect(focused(el)?.id, 'the first other row’s menu follows the search').to.equal('menu-200-button');
    expect(focused(el)!.getAttribute('aria-haspopup')).to.equal('menu');
    await press(el, 'Enter');
    await focusOn(el, '#menu-200 [data-item="mute"]');
    expect(focused(el)!.getAttribute('aria-expanded') ?? $(el, '#menu-200-button')!.getAttribute('aria-expanded')).to.equal('true');
    await press(el, 'ArrowDown');
    expect(focused(el)!.dataset['item']).to.equal('spotlight');
    await press(el, 'ArrowUp');
    await press(el, 'ArrowUp');
    expect(focused(el)!.dataset['item'], 'arrows wrap around').to.equal('remove');
    await press(el, 'ArrowDown');
    expect(focused(el)!.dataset['item']).to.equal('mute');
    await press(el, 'Enter');
    await until(() => fake.host.calls.includes('muteAudio:200'), 'muteAudio(200)');
    expect(fake.host.calls).to.deep.equal(['muteAudio:200']);
    await focusOn(el, '#menu-200-button');
    expect($$(el, '[role=menu]')).to.have.length(0);
    await until(() => text($(el, '[data-user-id="200"] .participant-state')).includes('Muted'), 'Grace shown muted');

    await press(el, 'Enter');
    await focusOn(el, '#menu-200 [role=menuitem]');
    expect($(el, '#menu-200-button')!.getAttribute('aria-expanded')).to.equal('true');
    await press(el, 'Escape');
    await focusOn(el, '#menu-200-button');
    expect($(el, '#menu-200-button')!.getAttribute('aria-expanded')).to.equal('false');
    expect($$(el, '[role=menu]')).to.have.length(0);
    expect(el.getAttribute('state'), 'Escape in a menu does not leave or close anything else').to.equal('joined');
  });

  it('confirmations of Remove and Make host open on Cancel; only Confirm does it', async () => {
    const { fake, el } = await call({ host: true });
    await openPanel(el);
    $(el, '#menu-300-button')!.focus();
    await press(el, 'Enter');
    await focusOn(el, '#menu-300 [role=menuitem]');
    await press(el, 'ArrowUp');
    expect(focused(el)!.dataset['item']).to.equal('remove');
    await press(el, 'Enter');
    await focusOn(el, '#menu-300 [data-item="cancel"]');
    expect(text($(el, '#menu-300-confirm'))).to.contain('Remove Linus Torvalds from the session?');
    await expectAccessibleBothSchemes(el);
    await press(el, 'Enter');
    await focusOn(el, '#menu-300-button');
    expect(fake.host.calls, 'Cancel removes nobody').to.deep.equal([]);

    await press(el, 'Enter');
    await focusOn(el, '#menu-300 [role=menuitem]');
    const items = $$(el, '#menu-300 [role=menuitem]').map((i) => i.dataset['item']);
    for (let i = 0; i < items.indexOf('make-host'); i++) await press(el, 'ArrowDown');
    expect(focused(el)!.dataset['item']).to.equal('make-host');
    await press(el, 'Enter');
    await focusOn(el, '#menu-300 [data-item="cancel"]');
    expect(text($(el, '#menu-300-confirm'))).to.contain('Make Linus Torvalds the host?');
    await press(el, 'ArrowUp');
    expect(focused(el)!.dataset['item']).to.equal('confirm');
    await press(el, 'Enter');
    await until(() => fake.host.calls.includes('makeHost:300'), 'makeHost(300)');
    await el.updateComplete;
    expect($$(el, '.host-menu-button'), 'no longer host: no menus').to.have.length(0);
  });

  it('raise and lower a hand by keyboard', async () => {
    const { fake, el } = await call();
    fake.emit('command-channel-status', 'Connected');
    $(el, '#hand-button')!.focus();
    await press(el, 'Enter');
    await until(() => $(el, '#hand-button')!.getAttribute('aria-pressed') === 'true', 'hand up');
    expect(text($(el, '#hand-button'))).to.equal('Lower hand');
    expect(fake.host.sent.map(([t]) => t)).to.include('zse1:{"t":"hand","up":true}');
    await press(el, ' ');
    await until(() => $(el, '#hand-button')!.getAttribute('aria-pressed') === 'false', 'hand down');
    expect(fake.host.sent.at(-1)![0]).to.equal('zse1:{"t":"hand","up":false}');
  });

  it("the host's Leave by keyboard: opens on Leave, Escape goes back to the button, Leave leaves", async () => {
    const { fake, el } = await call({ host: true });
    $(el, '#leave-button')!.focus();
    await press(el, 'Enter');
    await focusOn(el, '#leave-choice [data-leave="leave"]');
    await press(el, 'Escape');
    await focusOn(el, '#leave-button');
    expect($(el, '#leave-choice')).to.equal(null);
    await press(el, 'Enter');
    await focusOn(el, '#leave-choice [data-leave="leave"]');
    const left = new Promise<string>((resolve) => el.addEventListener('zoom-session-left', (e) => resolve(e.reason), { once: true }));
    await press(el, 'Enter');
    expect(await left).to.equal('user');
    expect(fake.host.calls, 'the session was not ended for everyone').to.not.include('leave:end');
  });

  it('no-hands takes hands away during the call, and back', async () => {
    const { fake, el } = await call({ host: true });
    fake.emit('command-channel-status', 'Connected');
    fake.host.receive({ senderId: 200, senderName: 'Grace Hopper' }, 'zse1:{"t":"hand","up":true}');
    await openPanel(el);
    expect($$(el, '[part~="hand"]').length).to.be.greaterThan(0);
    const handEvents: number[] = [];
    el.addEventListener('zoom-session-hand', (e) => handEvents.push(e.userId));
    el.setAttribute('no-hands', '');
    await el.updateComplete;
    expect($(el, '#hand-button')).to.equal(null);
    expect($$(el, '[part~="hand"], [part~="raised-hands"]')).to.have.length(0);
    expect(text($(el, '[part~="panel-counts"]'))).to.not.match(/hand/i);
    const sent = fake.host.sent.length;
    fake.host.receive({ senderId: 300, senderName: 'Linus Torvalds' }, 'zse1:{"t":"hand","up":true}');
    fake.host.receive({ senderId: 300, senderName: 'Linus Torvalds' }, 'zse1:{"t":"ask"}');
    await el.updateComplete;
    expect($$(el, '[part~="hand"]')).to.have.length(0);
    expect(fake.host.sent.length, 'nothing sent').to.equal(sent);
    expect(handEvents).to.deep.equal([]);
    await expectAccessibleBothSchemes(el);
    el.removeAttribute('no-hands');
    await el.updateComplete;
    expect($(el, '#hand-button')).to.not.equal(null);
    expect(fake.host.sent.at(-1)![0], 'asks which hands are up').to.equal('zse1:{"t":"ask"}');
  });

  it('no-host-controls: no menus, and the host’s Leave just leaves; during the call', async () => {
    const { fake, el } = await call({ host: true });
    await openPanel(el);
    $(el, '#menu-200-button')!.click();
    await el.updateComplete;
    expect($$(el, '[role=menu]')).to.have.length(1);
    el.noHostControls = true;
    await el.updateComplete;
    expect($$(el, '.host-menu-button, [role=menu]')).to.have.length(0);
    const roles: boolean[] = [];
    el.addEventListener('zoom-session-role', (e) => roles.push(e.isHost));
    fake.updateUser(100, { isManager: true, isHost: false });
    await el.updateComplete;
    expect(roles, 'the page still hears the role').to.deep.equal([false]);
    fake.updateUser(100, { isHost: true });
    await el.updateComplete;
    el.noHostControls = false;
    await el.updateComplete;
    expect($$(el, '.host-menu-button').length).to.be.greaterThan(0);
    el.noHostControls = true;
    await el.updateComplete;
    const left = new Promise<string>((resolve) => el.addEventListener('zoom-session-left', (e) => resolve(e.reason), { once: true }));
    $(el, '#leave-button')!.click();
    await el.updateComplete;
    expect($(el, '#leave-choice')).to.equal(null);
    expect(await left).to.equal('user');
  });

  it('chat off and share locked by the host: the form and Share button say why, in English and French', async () => {
    const { fake, el } = await call();
    // The host, in another browser, sets the privileges; the server tells every browser.
    fake.host.setChatPrivilege(4);
    fake.host.setSharePrivilege(1);
    await el.updateComplete;
    $(el, '#chat-button')!.click();
    await el.updateComplete;
    const input = $<HTMLTextAreaElement>(el, '#chat-input')!;
    expect(input.disabled).to.equal(true);
    expect($<HTMLButtonElement>(el, '#chat-send-button')!.disabled).to.equal(true);
    expect(text($(el, '#chat-locked'))).to.equal('The host turned chat off. You can read messages but not send them.');
    expect(input.getAttribute('aria-describedby')).to.contain('chat-locked');
    const share = $<HTMLButtonElement>(el, '#share-button')!;
    expect(share.getAttribute('aria-disabled')).to.equal('true');
    expect(text($(el, `#${share.getAttribute('aria-describedby')}`))).to.equal('Only the host can share now.');
    const notices = $$(el, '[part~="notice-text"]').map(text);
    expect(notices).to.deep.equal(['The host turned chat off.', 'Only the host can share now.']);
    await expectAccessibleBothSchemes(el);
    share.click();
    await settle(5);
    await el.updateComplete;
    expect(fake.calls.startShareScreen, 'nothing starts').to.deep.equal([]);
    expect(text($(el, '[part~="share-notice-text"]'))).to.contain('only the host can share');

    el.setAttribute('lang', 'fr-FR');
    await until(() => text($(el, '#chat-locked')).startsWith('L’organisateur'), 'French words');
    expect(text($(el, '#chat-locked'))).to.equal('L’organisateur a fermé la discussion. Vous pouvez lire les messages, mais pas en envoyer.');
    expect(text($(el, '#share-locked-reason'))).to.equal('Seul l’organisateur peut partager maintenant.');

    fake.updateUser(100, { isManager: true });
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#chat-input')!.disabled, 'a manager may chat').to.equal(false);
    expect($(el, '#share-button')!.hasAttribute('aria-disabled'), 'and share').to.equal(false);
    fake.updateUser(100, { isManager: false });
    fake.host.setChatPrivilege(1);
    fake.host.setSharePrivilege(0);
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#chat-input')!.disabled).to.equal(false);
    expect($(el, '#chat-locked')).to.equal(null);
    expect($(el, '#share-button')!.hasAttribute('aria-disabled')).to.equal(false);
  });
});
