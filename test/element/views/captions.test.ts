// The captions views and a tile's connection bars alone: two lines at most, the speaker named once
// per run, the polite region, the pickers and downloads in the tab order, French words and
// language names, the bars' text alternative by level, and axe clean in both color schemes
// (the caption box keeps white on black in both).
import { expect, html } from '@open-wc/testing';
import { qualityWords } from '../../../src/element/captions-strings.js';
import { en, fr } from '../../../src/element/strings.js';
import {
  renderCaptionLines,
  renderCaptionsBar,
  renderCaptionsButton,
  type CaptionActions,
} from '../../../src/element/views/captions.js';
import { renderQualityBars } from '../../../src/element/views/quality.js';
import type { CaptionsInfo } from '../../../src/session/slices/captions.js';
import { $, $$, expectAccessibleInBothSchemes, failOnLitWarnings, mount, nameOf, recorder, tabStops } from './helpers.js';

const line = (msgId: string, name: string, text: string, done = true) => ({ msgId, userId: 1, name, text, start: 0, end: 0, done });
const info = (over: Partial<CaptionsInfo> = {}): CaptionsInfo => ({
  on: true,
  lines: [line('1', 'Grace Hopper', 'First sentence.'), line('2', 'Grace Hopper', 'Second one', false)],
  announcement: 'Grace Hopper: First sentence.',
  hasTranscript: true,
  languages: { spoken: ['en', 'fr'], translations: { en: ['fr', 'de'] }, translation: true },
  spoken: 'en',
  language: undefined,
  ...over,
});

describe('captions views', () => {
  failOnLitWarnings();

  it('shows the lines with the speaker once per run, hidden from screen readers, and the finals in a polite region', async () => {
    const host = await mount(() => html`${renderCaptionLines(info(), en)}`, { width: 800 });
    expect($$(host, '[part="caption-speaker"]').map((e) => e.textContent)).to.deep.equal(['Grace Hopper:']);
    expect($(host, '[part="captions"]').getAttribute('aria-hidden')).to.equal('true');
    const region = $(host, '[role="status"]');
    expect(nameOf(region)).to.equal('Live captions');
    expect(region.textContent!.trim()).to.equal('Grace Hopper: First sentence.');
    const off = await mount(() => html`${renderCaptionLines(info({ on: false }), en)}`);
    expect($(off, '[part="captions"]').hidden).to.equal(true);
    expect($$(off, '[role="status"]'), 'the region stays for the next caption').to.have.length(1);
  });

  it('offers the pickers and the downloads by keyboard, in French with French language names', async () => {
    const { actions, calls } = recorder<CaptionActions>(['toggle', 'speak', 'translate', 'download']);
    const host = await mount(
      () => html`${renderCaptionsButton(true, false, actions, fr)}${renderCaptionsBar(info(), actions, fr, false)}`,
      { width: 360 },
    );
    expect($(host, '#captions-button').getAttribute('aria-pressed')).to.equal('true');
    expect(await tabStops(host, 5)).to.deep.equal([
      'captions-button',
      'caption-spoken-language',
      'caption-language',
      'button transcript-download',
      'button transcript-download',
    ]);
    const caption = $<HTMLSelectElement>(host, '#caption-language');
    expect([...caption.options].map((o) => o.textContent!.trim())).to.deep.equal(['Langue parlée', 'Allemand', 'Français']);
    caption.value = 'de';
    caption.dispatchEvent(new Event('change'));
    $<HTMLButtonElement>(host, '[data-format="text"]').click();
    $<HTMLButtonElement>(host, '#captions-button').click();
    expect(calls).to.deep.equal(['translate("de")', 'download("text")', 'toggle()']);
    expect(nameOf($(host, '.transcript-downloads'))).to.equal('Télécharger la transcription');
  });

  it('shows only the downloads when captions are off with a transcript, nothing without one', async () => {
    const { actions } = recorder<CaptionActions>(['toggle', 'speak', 'translate', 'download']);
    const off = await mount(() => renderCaptionsBar(info({ on: false }), actions, en, false));
    expect($$(off, 'select')).to.have.length(0);
    expect($$(off, '[part~="transcript-download"]')).to.have.length(2);
    const none = await mount(() => renderCaptionsBar(info({ on: false, hasTranscript: false }), actions, en, false));
    expect($$(none, '[part="captions-bar"]')).to.have.length(0);
  });

  it('names the connection bars by level, and shows none while unknown', async () => {
    const words = qualityWords('en');
    const host = await mount(() => html`${[0, 1, 2, 3, 5, undefined].map((level) => html`<div>${renderQualityBars(level, words)}</div>`)}`);
    expect($$(host, '[part="tile-quality"]').map(nameOf)).to.deep.equal([
      'Connection: poor',
      'Connection: poor',
      'Connection: fair',
      'Connection: good',
      'Connection: good',
    ]);
    expect($$(host, '[part="tile-quality"]').map((b) => b.querySelectorAll('.lit').length)).to.deep.equal([1, 1, 2, 3, 3]);
    expect(qualityWords('fr-CA').bad).to.equal('Connexion : faible');
  });

  it('is accessible with captions on, the pickers and the bars, light and dark', async () => {
    const { actions } = recorder<CaptionActions>(['toggle', 'speak', 'translate', 'download']);
    const host = await mount(
      () => html`${renderCaptionsBar(info(), actions, en, false)}
        <div class="stage" style="display:grid;grid-template-areas:'videos'">
          <div class="tile" style="grid-area: videos">${renderQualityBars(1, qualityWords('en'))}</div>
          ${renderCaptionLines(info(), en)}
        </div>
        ${renderCaptionsButton(false, false, actions, en)}`,
      { width: 360 },
    );
    await expectAccessibleInBothSchemes(host);
  });
});
