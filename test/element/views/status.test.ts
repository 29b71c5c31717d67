import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { en, fr, stringsFor } from '../../../src/element/strings.js';
import { renderError, type ErrorActions, type ErrorModel } from '../../../src/element/views/error.js';
import { renderJoining, type JoiningActions, type JoiningModel } from '../../../src/element/views/joining.js';
import { renderLeft, type LeftActions } from '../../../src/element/views/left.js';
import { renderPrejoin, type PrejoinActions } from '../../../src/element/views/prejoin.js';
import { STATUS_IDS } from '../../../src/element/views/call-ids.js';
import { AUTOFOCUS_SELECTOR } from '../../../src/element/views/shared.js';
import { SessionError, sessionError } from '../../../src/session/errors.js';
import type { JoinStep } from '../../../src/session/types.js';
import * as sample from '../../support/view-gallery.samples.js';
import {
  $,
  $$,
  expectAccessibleInBothSchemes,
  failOnLitWarnings,
  mount,
  nameOf,
  recorder,
  rerender,
  tabStops,
} from './helpers.js';

const STEPS: JoinStep[] = ['checking', 'getting-token', 'loading', 'connecting', 'starting-audio', 'starting-video'];

describe('joining view', () => {
  failOnLitWarnings();

  it('says each step in words in one polite live region, and cancels', async () => {
    const { actions, calls } = recorder<JoiningActions>(['cancel']);
    let model: JoiningModel = { state: 'preparing', step: undefined };
    const host = await mount(() => renderJoining(model, actions, en));
    const region = $(host, '[aria-live="polite"]');
    expect(region.textContent!.trim()).to.equal('Getting ready…');
    const texts: string[] = [];
    for (const step of STEPS) {
      model = { state: 'joining', step };
      await rerender(host, () => renderJoining(model, actions, en));
      expect($(host, '[aria-live="polite"]')).to.equal(region);
      texts.push(region.textContent!.trim());
    }
    expect(texts).to.deep.equal(STEPS.map((s) => en.step(s)));
    expect(new Set(texts).size).to.equal(STEPS.length);
    expect($$(host, AUTOFOCUS_SELECTOR).map((e) => e.id)).to.deep.equal([STATUS_IDS.cancelButton]);
    expect(await tabStops(host, 1)).to.deep.equal([STATUS_IDS.cancelButton]);
    await sendKeys({ press: 'Enter' });
    expect(calls).to.deep.equal(['cancel()']);
    await expectAccessibleInBothSchemes(host);
  });

  it('shows no Cancel while leaving', async () => {
    const { actions } = recorder<JoiningActions>(['cancel']);
    const host = await mount(() => renderJoining({ state: 'leaving', step: undefined }, actions, en));
    expect($(host, '[aria-live="polite"]').textContent!.trim()).to.equal('Leaving the session…');
    expect($$(host, 'button')).to.have.length(0);
  });

  it('spins, unless the participant prefers reduced motion', async () => {
    const { actions } = recorder<JoiningActions>(['cancel']);
    const host = await mount(() => renderJoining(sample.joining(), actions, en));
    const spinner = $(host, '[part~="spinner"]');
    expect(spinner.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(spinner).animationName).to.equal('zoom-session-spin');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(spinner).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('error view', () => {
  failOnLitWarnings();

  const ACTIONS: (keyof ErrorActions)[] = ['retry', 'edit', 'back'];
  async function setup(model: ErrorModel, strings = en, withBack = true) {
    const { actions, calls } = recorder<ErrorActions>(ACTIONS);
    if (!withBack) delete actions.back;
    const host = await mount(() => renderError(model, actions, strings));
    return { host, calls };
  }

  it('says what went wrong in an alert, with Try again when retryable', async () => {
    const { host, calls } = await setup(sample.errors.network());
    const alert = $(host, '[role="alert"]');
    expect(alert.textContent).to.contain('The connection to Zoom failed.');
    expect($(host, '[part~="error-hint"]').textContent).to.equal('Check your internet connection, then try again.');
    expect($$(host, 'button').map((b) => b.id)).to.deep.equal([STATUS_IDS.retryButton, STATUS_IDS.backButton]);
    expect(nameOf($(host, `#${STATUS_IDS.retryButton}`))).to.equal('Try again');
    expect($$(host, AUTOFOCUS_SELECTOR).map((e) => e.id)).to.deep.equal([STATUS_IDS.retryButton]);
    $(host, `#${STATUS_IDS.retryButton}`).click();
    expect(calls).to.deep.equal(['retry()']);
    await expectAccessibleInBothSchemes(host);
  });

  it('offers no Try again when the failure is not retryable', async () => {
    const { host, calls } = await setup(sample.errors.full());
    expect($$(host, `#${STATUS_IDS.retryButton}`)).to.have.length(0);
    expect($$(host, AUTOFOCUS_SELECTOR).map((e) => e.id)).to.deep.equal([STATUS_IDS.backButton]);
    $(host, `#${STATUS_IDS.backButton}`).click();
    expect(calls).to.deep.equal(['back()']);
  });

  it('offers Edit, with the field, for an input problem', async () => {
    const { host, calls } = await setup(sample.errors.passcode());
    expect($$(host, 'button').map((b) => b.id)).to.deep.equal([STATUS_IDS.editButton]);
    expect($(host, '[part~="error-hint"]').textContent).to.equal('Correct it, then join again.');
    $(host, `#${STATUS_IDS.editButton}`).click();
    expect(calls).to.deep.equal(['edit("passcode")']);
    await expectAccessibleInBothSchemes(host);
  });

  it('leaves out the hint when the message already says what to do', async () => {
    const { host } = await setup({ error: sessionError('network') });
    expect($(host, '[part~="error-message"]').textContent).to.equal(
      'Could not connect to Zoom. Check your internet connection, then try again.',
    );
    expect($$(host, '[part~="error-hint"]')).to.have.length(0);
  });

  it('keeps the technical detail behind a Details disclosure that opens from the keyboard', async () => {
    const { host } = await setup(sample.errors.network(), en, false);
    const details = $<HTMLDetailsElement>(host, 'details');
    expect(details.open).to.equal(false);
    expect(nameOf($(host, 'summary'))).to.equal('Details');
    const rows = $$(host, 'dl > div').map((d) => [...d.children].map((c) => c.textContent!.trim()).join(' '));
    expect(rows).to.deep.equal([
      'Code network',
      'Source network',
      'Type JOIN_MEETING_FAILED',
      'SDK error code 200',
      'Reason connection error',
    ]);
    expect(await tabStops(host, 2)).to.deep.equal([STATUS_IDS.retryButton, 'error-summary']);
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    await expectAccessibleInBothSchemes(host);
  });

  it("shows an Error cause's name and message, and focuses Details when there is nothing else", async () => {
    const error = new SessionError({
      code: 'browser-unsupported',
      source: 'sdk',
      message: 'This browser cannot run Zoom video calls.',
      cause: new TypeError('x is not a function'),
    });
    const { host } = await setup({ error }, en, false);
    expect($$(host, 'button')).to.have.length(0);
    expect($$(host, AUTOFOCUS_SELECTOR).map((e) => e.localName)).to.deep.equal(['summary']);
    expect($(host, 'dl').textContent).to.contain('TypeError: x is not a function');
    await expect(host).to.be.accessible();
  });

  it("keeps the page author's note out of the message and in Details, in English and French", async () => {
    const error = sessionError('assets-unreachable', { assets: 'https://events.example/zoom/lib' });
    for (const strings of [en, fr]) {
      const { host } = await setup({ error }, strings, false);
      const shown = $(host, '#error-message').textContent!;
      expect(shown).to.not.contain('node_modules').and.not.contain('https://');
      const rows = $$(host, 'dl > div').map((d) => [...d.children].map((c) => c.textContent!.trim()));
      const note = rows.find(([label]) => label === strings.detailAuthor);
      expect(note?.[1], strings.lang).to.contain('https://events.example/zoom/lib').and.contain('node_modules/@zoom/videosdk/dist/lib');
      await expect(host).to.be.accessible();
    }
  });

  it('speaks French, keeping the original message in the details', async () => {
    const { host } = await setup({ error: sessionError('session-full') }, fr);
    expect($(host, '[part~="error"]').getAttribute('lang')).to.equal('fr');
    expect($(host, '[part~="error-message"]').textContent).to.equal('La session est complète.');
    expect($(host, '[part~="error-hint"]').textContent).to.equal('Réessayez plus tard, quand quelqu’un sera parti.');
    expect(nameOf($(host, `#${STATUS_IDS.retryButton}`))).to.equal('Réessayer');
    expect($(host, 'dl').textContent).to.contain('The session is full.');
    await expect(host).to.be.accessible();
  });
});

describe('left view', () => {
  failOnLitWarnings();

  it('says the participant left, and rejoins with Enter', async () => {
    const { actions, calls } = recorder<LeftActions>(['rejoin']);
    const host = await mount(() => renderLeft(sample.left(), actions, en));
    expect($(host, '[part~="left-message"]').textContent).to.equal('You left the session');
    expect(await tabStops(host, 1)).to.deep.equal([STATUS_IDS.rejoinButton]);
    await sendKeys({ press: 'Enter' });
    expect(calls).to.deep.equal(['rejoin()']);
    await expectAccessibleInBothSchemes(host);
  });

  it('says why when the host ended the session or removed the participant', async () => {
    const { actions } = recorder<LeftActions>(['rejoin']);
    const texts = [];
    for (const reason of ['ended', 'removed'] as const) {
      const host = await mount(() => renderLeft(sample.left(reason), actions, fr));
      texts.push($(host, '[part~="left-message"]').textContent);
    }
    expect(texts).to.deep.equal(['La session est terminée', 'Vous avez été retiré de la session']);
  });
});

describe('theming', () => {
  failOnLitWarnings();

  const prejoinActions = () => recorder<PrejoinActions>(['input', 'join']).actions;

  it('takes its colors, radius and font from --zoom-session-* custom properties set by the page', async () => {
    const host = await mount(() => renderPrejoin(sample.prejoin(), prejoinActions(), en));
    host.style.setProperty('--zoom-session-accent', 'rgb(1, 2, 3)');
    host.style.setProperty('--zoom-session-accent-fg', 'rgb(250, 250, 250)');
    host.style.setProperty('--zoom-session-radius', '20px');
    host.style.setProperty('--zoom-session-font', 'monospace');
    const join = getComputedStyle($(host, '#join-button'));
    expect(join.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(join.color).to.equal('rgb(250, 250, 250)');
    expect(join.borderTopLeftRadius).to.equal('10px');
    expect(join.fontFamily).to.equal('monospace');
    expect(getComputedStyle($(host, '[role="meter"] .meter-fill')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle($(host, '#join-button'), null).outlineColor).to.not.equal('');
  });

  it('spaces tiles by --zoom-session-tile-gap', async () => {
    const { renderStage } = await import('../../../src/element/views/stage.js');
    const { actions } = recorder<import('../../../src/element/views/stage.js').StageActions>([]);
    const host = await mount(() => renderStage(sample.stage(), actions, en));
    host.style.setProperty('--zoom-session-tile-gap', '13px');
    expect(getComputedStyle($(host, '.grid')).columnGap).to.equal('13px');
  });

  it('has light and dark defaults by prefers-color-scheme', async () => {
    const host = await mount(() => renderPrejoin(sample.prejoin(), prejoinActions(), en));
    expect(getComputedStyle(host).backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    try {
      expect(getComputedStyle(host).backgroundColor).to.equal('rgb(22, 25, 29)');
      expect(getComputedStyle($(host, '#join-button')).backgroundColor).to.equal('rgb(76, 141, 255)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('shows a focus ring in the accent color on keyboard focus', async () => {
    const host = await mount(() => renderPrejoin(sample.prejoinAllSet(), prejoinActions(), en));
    const stops = await tabStops(host, 1);
    const focusedEl = $(host, `#${stops[0]}`);
    const style = getComputedStyle(focusedEl);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('3px');
    expect(style.outlineColor).to.equal('rgb(11, 92, 255)');
  });

  it('writes nothing outside the shadow root', async () => {
    const before = [document.documentElement.getAttribute('style'), document.body.getAttribute('style'), document.head.innerHTML];
    await mount(() => renderPrejoin(sample.prejoin(), prejoinActions(), stringsFor('fr')));
    expect([document.documentElement.getAttribute('style'), document.body.getAttribute('style'), document.head.innerHTML]).to.deep.equal(before);
    expect(document.adoptedStyleSheets).to.have.length(0);
  });
});
