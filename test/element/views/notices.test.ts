// The notices view: one polite live region, words by code in English and French, buttons in the
// tab order that answer, a close button on every notice, and axe clean in both color schemes.
import { expect } from '@open-wc/testing';
import { en, fr } from '../../../src/element/strings.js';
import { renderNotices, type NoticesActions } from '../../../src/element/views/notices.js';
import type { Notice } from '../../../src/session/slices/notices.js';
import { $, $$, expectAccessibleInBothSchemes, failOnLitWarnings, mount, nameOf, recorder, rerender, tabStops } from './helpers.js';

const muted: Notice = { id: 1, code: 'host-muted-you', params: {}, sticky: false, actions: [] };
const asked: Notice = { id: 2, code: 'host-asks-unmute', params: {}, sticky: true, actions: ['unmute', 'stay-muted'] };
const fellBack: Notice = { id: 3, code: 'device-fell-back', params: { kind: 'camera' }, sticky: false, actions: [] };

describe('notices view', () => {
  failOnLitWarnings();

  it('keeps one polite live region, empty until something is said', async () => {
    const { actions } = recorder<NoticesActions>(['answer', 'dismiss']);
    let list: Notice[] = [];
    const host = await mount(() => renderNotices(list, actions, en));
    const region = $(host, '[part="notices"]');
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.children).to.have.length(0);
    list = [muted];
    await rerender(host, () => renderNotices(list, actions, en));
    expect($(host, '[part="notices"]'), 'the same region, so the addition is announced').to.equal(region);
    expect(region.textContent).to.contain('The host muted you.');
  });

  it('words each notice in the language, with its parameters', async () => {
    const { actions } = recorder<NoticesActions>(['answer', 'dismiss']);
    const host = await mount(() => renderNotices([fellBack, asked], actions, fr));
    const texts = $$(host, '[part="notice-text"]').map((p) => p.textContent!.trim());
    expect(texts).to.deep.equal([
      'La caméra choisie n’est plus là : celle par défaut est utilisée.',
      'L’organisateur vous demande d’activer votre micro.',
    ]);
    expect($$(host, '[part~="notice-action-button"]').map(nameOf)).to.deep.equal(['Activer le micro', 'Rester muet']);
  });

  it('reaches the buttons with Tab, answers with them, and closes a notice', async () => {
    const { actions, calls } = recorder<NoticesActions>(['answer', 'dismiss']);
    const host = await mount(() => renderNotices([muted, asked], actions, en));
    const stops = await tabStops(host, 4);
    expect(stops).to.deep.equal(['button notice-dismiss-button', 'button notice-action-button', 'button notice-action-button', 'button notice-dismiss-button']);
    const [unmute, stay] = $$<HTMLButtonElement>(host, '[part~="notice-action-button"]');
    unmute!.click();
    stay!.click();
    $$<HTMLButtonElement>(host, '[part~="notice-dismiss-button"]')[0]!.click();
    expect(calls).to.deep.equal(['answer(2, "unmute")', 'answer(2, "stay-muted")', 'dismiss(1)']);
  });

  it('is accessible with a plain notice and a prompt, light and dark', async () => {
    const { actions } = recorder<NoticesActions>(['answer', 'dismiss']);
    const host = await mount(() => renderNotices([muted, asked, fellBack], actions, en), { width: 360 });
    await expectAccessibleInBothSchemes(host);
  });
});
