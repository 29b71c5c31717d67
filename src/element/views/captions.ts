/**
 * Live captions (`session/slices/captions.ts`): the CC toggle in the control bar, the caption lines
 * over the videos, a polite live region for screen readers, the language pickers and the transcript
 * downloads (during the call and after it).
 *
 * - The lines over the videos are for the eyes (`aria-hidden`): partial results change word by word
 *   and would be read that way. Screen readers get the engine's `announcement` instead (final lines
 *   only, at most one announcement every 3 s) in a `role="status"` region that is always in the
 *   call, so the first caption is announced too.
 * - At most two lines show: the engine gives the last two sentences, and the box is two text lines
 *   high, newest words at the bottom (a long sentence shows its end).
 * - Downloads build the file when asked (`Blob`, an object URL, a click on a `download` link), so
 *   no render pays for a long transcript.
 *
 * Parts:
 * @csspart captions - the caption lines over the videos
 * @csspart caption-line - one speaker's sentence
 * @csspart caption-speaker - the speaker's name before it
 * @csspart captions-button - the control bar's CC toggle (aria-pressed)
 * @csspart captions-bar - the language pickers and transcript downloads, while captions are on or a transcript exists
 * @csspart caption-select - the spoken-language and caption-language pickers
 * @csspart transcript-download - a WebVTT or text download button (also after the call)
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CaptionsInfo } from '../../session/slices/captions.js';
import { languageName } from '../captions-strings.js';
import type { Strings } from '../strings.js';

export const CAPTION_IDS = {
  button: 'captions-button',
  spoken: 'caption-spoken-language',
  language: 'caption-language',
} as const;

export type TranscriptFormat = 'vtt' | 'text';

export interface CaptionActions {
  toggle(): void;
  speak(lang: string): void;
  translate(lang: string | undefined): void;
  download(format: TranscriptFormat): void;
}

const ccIcon = () =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <rect x="2.5" y="5" width="19" height="14" rx="2.5" fill="none" stroke="currentColor" stroke-width="2" />
    <path
      d="M10.5 10.2a2.3 2.3 0 1 0 0 3.6M17 10.2a2.3 2.3 0 1 0 0 3.6"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
    />
  </svg>`;

/** The CC toggle for the control bar. */
export function renderCaptionsButton(on: boolean, disabled: boolean, actions: Pick<CaptionActions, 'toggle'>, strings: Strings): TemplateResult {
  return html`<button
    id=${CAPTION_IDS.button}
    type="button"
    class="control captions-toggle"
    part="button control-button captions-button"
    aria-pressed=${on ? 'true' : 'false'}
    ?disabled=${disabled}
    @click=${() => actions.toggle()}
  >
    ${ccIcon()}<span class="label">${strings.captions.button}</span>
  </button>`;
}

/** The caption lines over the videos, and the live region that reads final lines (always there). */
export function renderCaptionLines(info: CaptionsInfo, strings: Strings): TemplateResult {
  const lines = info.on ? info.lines : [];
  return html`<div class="captions" part="captions" aria-hidden="true" ?hidden=${lines.length === 0}>
      <div class="caption-text">${lines.map(
        (line, i) => html`<p class="caption-line ${line.done ? 'done' : 'partial'}" part="caption-line">
          ${line.name && line.name !== lines[i - 1]?.name
            ? html`<span class="caption-speaker" part="caption-speaker">${line.name}:</span> `
            : nothing}${line.text}
        </p>`,
      )}</div>
    </div>
    <div class="visually-hidden" role="status" aria-label=${strings.captions.region}>${info.announcement}</div>`;
}

function downloads(actions: Pick<CaptionActions, 'download'>, strings: Strings): TemplateResult {
  const w = strings.captions;
  return html`<span class="transcript-downloads" role="group" aria-label=${w.downloads}>
    <span class="caption-field-label" aria-hidden="true">${w.downloads}</span>
    <span class="transcript-buttons">
      <button type="button" class="transcript-download" part="button transcript-download" data-format="vtt" @click=${() => actions.download('vtt')}>
        ${w.downloadVtt}
      </button>
      <button type="button" class="transcript-download" part="button transcript-download" data-format="text" @click=${() => actions.download('text')}>
        ${w.downloadText}
      </button>
    </span>
  </span>`;
}

/** The languages a picker offers, named in the element's language, sorted by name. */
function options(codes: readonly string[], chosen: string | undefined, lang: string) {
  return codes
    .map((code) => ({ code, name: languageName(code, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang))
    .map(({ code, name }) => html`<option value=${code} ?selected=${code === chosen}>${name}</option>`);
}

/**
 * The pickers (when the session offers languages) and the downloads (when there is a transcript):
 * shown while captions are on, or when they are off with a transcript to download.
 */
export function renderCaptionsBar(info: CaptionsInfo, actions: CaptionActions, strings: Strings, disabled: boolean): TemplateResult {
  const w = strings.captions;
  if (!info.on && !info.hasTranscript) return html``;
  const { languages } = info;
  const targets = info.spoken
    ? (languages.translations[info.spoken] ?? [])
    : [...new Set(Object.values(languages.translations).flat())];
  const pickSpoken = info.on && languages.spoken.length > 1;
  const pickCaption = info.on && languages.translation && targets.length > 0;
  return html`<div class="captions-bar" part="captions-bar" role="group" aria-label=${w.settings} lang=${strings.lang}>
    ${pickSpoken
      ? html`<label class="caption-field"
          ><span class="caption-field-label">${w.spokenLanguage}</span>
          <select
            id=${CAPTION_IDS.spoken}
            part="caption-select"
            ?disabled=${disabled}
            @change=${(e: Event) => actions.speak((e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${!info.spoken} disabled>${w.sessionLanguage}</option>
            ${options(languages.spoken, info.spoken, strings.lang)}
          </select></label
        >`
      : nothing}
    ${pickCaption
      ? html`<label class="caption-field"
          ><span class="caption-field-label">${w.captionLanguage}</span>
          <select
            id=${CAPTION_IDS.language}
            part="caption-select"
            ?disabled=${disabled}
            @change=${(e: Event) => actions.translate((e.target as HTMLSelectElement).value || undefined)}
          >
            <option value="" ?selected=${!info.language}>${w.sameAsSpoken}</option>
            ${options(targets, info.language, strings.lang)}
          </select></label
        >`
      : nothing}
    ${info.hasTranscript ? downloads(actions, strings) : nothing}
  </div>`;
}

/** The downloads after the call (the left view), when there is a transcript. */
export function renderTranscriptDownloads(hasTranscript: boolean, actions: Pick<CaptionActions, 'download'>, strings: Strings): TemplateResult {
  if (!hasTranscript) return html``;
  return html`<div class="captions-bar after-call" part="captions-bar" lang=${strings.lang}>${downloads(actions, strings)}</div>`;
}

/** Saves `text` as a file through a `download` link (an object URL, let go once the click is done). */
export function saveTranscript(text: string, format: TranscriptFormat, baseName: string): void {
  const blob = new Blob([text], { type: format === 'vtt' ? 'text/vtt;charset=utf-8' : 'text/plain;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${baseName}.${format === 'vtt' ? 'vtt' : 'txt'}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
