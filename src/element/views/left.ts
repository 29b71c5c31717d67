/**
 * The view after the session: why the participant is out of it, that their camera and microphone
 * are off (the engine has released them by the time this shows), and Rejoin.
 */
import { html, type TemplateResult } from 'lit';
import type { LeftReason, Strings } from '../strings.js';
import { STATUS_IDS } from './call-ids.js';

export interface LeftModel {
  /** `left` (default): the participant left; `ended`: the host ended it; `removed`: the host removed them. */
  reason?: LeftReason;
}

export interface LeftActions {
  rejoin(): void;
}

/** The left view. */
export function renderLeft(model: LeftModel, actions: LeftActions, strings: Strings): TemplateResult {
  const s = strings;
  return html`
    <section class="view left" part="left" lang=${s.lang}>
      <div role="status">
        <p class="left-message" part="left-message">${s.leftMessage(model.reason ?? 'left')}</p>
        <p class="left-detail" part="left-detail">${s.devicesReleased}</p>
      </div>
      <button
        id=${STATUS_IDS.rejoinButton}
        type="button"
        class="primary"
        part="button rejoin-button"
        data-autofocus
        @click=${() => actions.rejoin()}
      >
        ${s.rejoin}
      </button>
    </section>
  `;
}
