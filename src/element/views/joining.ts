/**
 * The joining view: a spinner (still under `prefers-reduced-motion: reduce`), the current step in
 * words in a polite live region, and Cancel. Also used, without Cancel, while leaving.
 *
 * The live region announces changes, not its first text: keep this view rendered from the first
 * step to the last (only the model changes), and focus its Cancel button (`data-autofocus`) when
 * it replaces the pre-join form, so keyboard focus does not fall back to the page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { JoinStep, SessionState } from '../../session/types.js';
import type { Strings } from '../strings.js';
import { STATUS_IDS } from './call-ids.js';

export interface JoiningModel {
  /** `preparing` and `joining` show the step and Cancel; `leaving` shows "Leaving…" only. */
  state: Extract<SessionState, 'preparing' | 'joining' | 'leaving'>;
  /** The step in progress; `undefined` before the first one ("Getting ready…"). */
  step: JoinStep | undefined;
}

export interface JoiningActions {
  /** Cancel the join under way (the engine aborts the token request or leaves). */
  cancel(): void;
}

/** The joining (and leaving) view. */
export function renderJoining(model: JoiningModel, actions: JoiningActions, strings: Strings): TemplateResult {
  const s = strings;
  const leaving = model.state === 'leaving';
  const text = leaving ? s.leaving : model.step ? s.step(model.step) : s.preparing;
  return html`
    <section class="view progress" part="progress" lang=${s.lang}>
      <span class="spinner" part="spinner" aria-hidden="true"></span>
      <p class="progress-text" part="progress-text" aria-live="polite">${text}</p>
      ${leaving
        ? nothing
        : html`<button
            id=${STATUS_IDS.cancelButton}
            type="button"
            part="button cancel-button"
            data-autofocus
            @click=${() => actions.cancel()}
          >
            ${s.cancel}
          </button>`}
    </section>
  `;
}
