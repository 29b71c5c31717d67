/**
 * The pre-join view: the fields the page did not set, a preview (self-view, camera and microphone
 * toggles, a microphone level meter, device choices), and the Join button.
 *
 * DOM contract (see `PREJOIN_IDS`):
 * - `<video id="preview-video" part="preview-video" muted playsinline autoplay>`: the self-view.
 *   It is the same element for as long as the preview is shown (hidden, not removed, while the
 *   camera is off), so the controller can start the camera into it once.
 * - Fields: `<input id="sessionName">`, `<input id="userName">`, `<input id="passcode">` (the
 *   `SessionField` names), each with `aria-invalid`, and `aria-describedby` naming its hint
 *   (`passcode-hint`) and its problem (`<field>-problem`) when it has them.
 * - Slots: `header` (above everything) and `join-label` (the Join button's label, "Join" by default).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { PreviewInfo } from '../../session/types.js';
import { LIMITS, type InputProblem } from '../../token/rules.js';
import type { PrejoinStrings as Strings } from '../prejoin-strings.js';
import { cameraIcon, micIcon } from './icons.js';
import { PREJOIN_IDS, initials } from './shared.js';

/** The fields the pre-join form can ask for. */
export type PrejoinField = 'sessionName' | 'userName' | 'passcode';

export interface PrejoinModel {
  /** The fields to ask for, in order: those the page did not set. Empty shows only the Join button. */
  fields: readonly PrejoinField[];
  /** Current values: typed for the asked fields, the page's attributes for the others. */
  values: Readonly<Record<PrejoinField, string>>;
  /**
   * Problems from the shared rules (`validateSessionInput`), as the element decides to show them
   * (after a first Join). A problem with a field not asked is the page's: it shows in an alert.
   */
  problems: readonly InputProblem[];
  /** The preview; `undefined` shows no preview area (`no-preview`, or before it can start). */
  preview: PreviewInfo | undefined;
  /**
   * The microphone level meter and the device choices. They show only once the engine runs (a
   * microphone on, devices listed), so they come from the call module (`preview-extras.ts`).
   */
  previewExtras?: PreviewExtras | undefined;
  /** A join is under way: Join does nothing (it stays focusable and says so with aria-disabled). */
  busy?: boolean;
  /**
   * The preview's contents wait for the first paint: only its frame and the row of its toggles
   * show, empty and at their size, so nothing moves when the rest arrives.
   */
  previewLater?: boolean;
}

export interface PreviewExtras {
  meter(preview: PreviewInfo, strings: Strings): TemplateResult | typeof nothing;
  devices(preview: PreviewInfo, actions: PrejoinActions, strings: Strings): TemplateResult | typeof nothing;
}

export interface PrejoinActions {
  /** The participant typed in a field. */
  input(field: PrejoinField, value: string): void;
  /** Join was pressed (button, or Enter in a field). The view has already prevented the submit. */
  join(): void;
  /** Camera toggle of the preview: the participant wants it `!preview.videoOn`. */
  toggleCamera(): void;
  /** Microphone toggle of the preview: the participant wants it `!preview.audioOn`. */
  toggleMicrophone(): void;
  selectCamera(deviceId: string): void;
  selectMicrophone(deviceId: string): void;
}

const LABELS = {
  sessionName: 'sessionNameLabel',
  userName: 'userNameLabel',
  passcode: 'passcodeLabel',
} as const satisfies Record<PrejoinField, keyof Strings>;

function renderField(
  field: PrejoinField,
  model: PrejoinModel,
  actions: PrejoinActions,
  s: Strings,
  autofocus: boolean,
): TemplateResult {
  const problems = model.problems.filter((p) => p.field === field);
  const value = model.values[field];
  const hintId = field === 'passcode' ? 'passcode-hint' : undefined;
  const problemId = problems.length > 0 ? `${field}-problem` : undefined;
  const describedBy = [hintId, problemId].filter(Boolean).join(' ');
  return html`
    <div class="field" part="field">
      <label part="label" for=${field}>${s[LABELS[field]]}</label>
      ${hintId ? html`<span class="hint" part="hint" id=${hintId}>${s.passcodeHint(LIMITS.passcode)}</span>` : nothing}
      <input
        id=${field}
        name=${field}
        part="input"
        type=${field === 'passcode' ? 'password' : 'text'}
        autocomplete=${field === 'userName' ? 'name' : 'off'}
        autocapitalize=${field === 'userName' ? 'words' : 'off'}
        spellcheck="false"
        .value=${live(value)}
        aria-invalid=${problems.length > 0 ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy || undefined)}
        ?data-autofocus=${autofocus}
        @input=${(e: Event) => actions.input(field, (e.target as HTMLInputElement).value)}
      />
      ${problemId
        ? html`<p class="problem" part="problem" id=${problemId}>
            ${problems.map((p) => s.inputProblem(p, value)).join(' ')}
          </p>`
        : nothing}
    </div>
  `;
}

function renderPreview(
  preview: PreviewInfo,
  userName: string,
  actions: PrejoinActions,
  s: Strings,
  extras: PreviewExtras | undefined,
  later: boolean | undefined,
) {
  return html`
    <div class="preview" part="preview" role="group" aria-label=${s.previewLabel}>
      <div class="preview-frame" part="preview-frame">${later ? nothing : renderSelfView(preview, userName, s)}</div>
      <div class="preview-controls" part="preview-controls">
        ${later ? nothing : renderToggles(preview, actions, s, extras)}
      </div>
      ${extras?.devices(preview, actions, s) ?? nothing}
    </div>
  `;
}

function renderSelfView(preview: PreviewInfo, userName: string, s: Strings) {
  return html`<video
      id=${PREJOIN_IDS.previewVideo}
      part="preview-video"
      muted
      .muted=${true}
      playsinline
      autoplay
      ?hidden=${!preview.videoOn}
    ></video>
    ${preview.videoOn
      ? nothing
      : html`<div class="placeholder" part="preview-placeholder">
          ${userName.trim()
            ? html`<span class="avatar" part="avatar" aria-hidden="true">${initials(userName)}</span>`
            : cameraIcon(false)}
          <span>${s.previewCameraOff}</span>
        </div>`}`;
}

function renderToggles(preview: PreviewInfo, actions: PrejoinActions, s: Strings, extras: PreviewExtras | undefined) {
  return html`<button
      id=${PREJOIN_IDS.microphoneToggle}
      type="button"
      class="toggle"
      part="button toggle-button microphone-button"
      aria-pressed=${preview.audioOn ? 'true' : 'false'}
      @click=${() => actions.toggleMicrophone()}
    >
      ${micIcon(preview.audioOn)}<span class="label">${s.microphone}</span>
    </button>
    <button
      id=${PREJOIN_IDS.cameraToggle}
      type="button"
      class="toggle"
      part="button toggle-button camera-button"
      aria-pressed=${preview.videoOn ? 'true' : 'false'}
      @click=${() => actions.toggleCamera()}
    >
      ${cameraIcon(preview.videoOn)}<span class="label">${s.camera}</span>
    </button>
    ${extras?.meter(preview, s) ?? nothing}`;
}

/** The pre-join view. */
export function renderPrejoin(model: PrejoinModel, actions: PrejoinActions, strings: Strings): TemplateResult {
  const s = strings;
  const asked = new Set<PrejoinField>(model.fields);
  const pageProblems = model.problems.filter((p) => !asked.has(p.field as PrejoinField));
  const firstInvalid = model.fields.find((f) => model.problems.some((p) => p.field === f));
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    if (!model.busy) actions.join();
  };
  return html`
    <section class="view prejoin" part="prejoin" lang=${s.lang}>
      <slot name="header"></slot>
      <div class="prejoin-body ${model.preview ? 'with-preview' : ''} ${model.fields.length ? '' : 'no-fields'}">
        ${model.preview ? renderPreview(model.preview, model.values.userName, actions, s, model.previewExtras, model.previewLater) : nothing}
        <form id=${PREJOIN_IDS.form} part="form" novalidate @submit=${onSubmit}>
          ${model.fields.map((f) => renderField(f, model, actions, s, f === firstInvalid))}
          ${pageProblems.length > 0
            ? html`<p class="problem" part="problem" role="alert">
                ${pageProblems.map((p) => s.inputProblem(p, model.values[p.field as PrejoinField])).join(' ')}
              </p>`
            : nothing}
          <button
            id=${PREJOIN_IDS.joinButton}
            class="primary"
            part="button join-button"
            type="submit"
            aria-disabled=${model.busy ? 'true' : 'false'}
            ?data-autofocus=${firstInvalid === undefined}
          >
            <slot name="join-label">${s.join}</slot>
          </button>
        </form>
      </div>
    </section>
  `;
}
