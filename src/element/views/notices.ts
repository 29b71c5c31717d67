/**
 * The session's notices (`session/slices/notices.ts`): one polite live region above the stage, so a
 * screen reader says each notice once as it arrives, and the participant sees it without losing
 * what they were doing (no modal, no focus move). A notice's buttons (Unmute / Stay muted, Turn on
 * sound) are ordinary buttons in the tab order; every notice can be closed.
 *
 * Parts:
 * @csspart notices - the live region (role="status"), present while in a call even when empty
 * @csspart notice - one notice
 * @csspart notice-text - its words
 * @csspart notice-action-button - one of its buttons
 * @csspart notice-dismiss-button - its close button
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Notice, NoticeAction } from '../../session/slices/notices.js';
import type { Strings } from '../strings.js';
import { closeIcon } from './call-icons.js';

export interface NoticesActions {
  answer(id: number, action: NoticeAction): void;
  dismiss(id: number): void;
}

export const NOTICES_ID = 'notices';

export function renderNotices(notices: readonly Notice[], actions: NoticesActions, strings: Strings): TemplateResult {
  return html`<div id=${NOTICES_ID} class="notices" part="notices" role="status" aria-live="polite" lang=${strings.lang}>
    ${repeat(
      notices,
      (notice) => notice.id,
      (notice) => html`<div class="notice ${notice.actions.length > 0 ? 'prompt' : ''}" part="notice" data-notice=${notice.code}>
        <p class="notice-text" part="notice-text">${strings.notice[notice.code](notice.params)}</p>
        ${notice.actions.length > 0
          ? html`<div class="notice-actions">
              ${notice.actions.map(
                (action, index) =>
                  html`<button
                    type="button"
                    class="notice-action ${index === 0 ? 'primary' : ''}"
                    part="button notice-action-button"
                    data-action=${action}
                    @click=${() => actions.answer(notice.id, action)}
                  >
                    ${strings.noticeAction[action]}
                  </button>`,
              )}
            </div>`
          : nothing}
        <button
          type="button"
          class="notice-dismiss"
          part="button notice-dismiss-button"
          aria-label=${strings.dismiss}
          @click=${() => actions.dismiss(notice.id)}
        >
          ${closeIcon()}
        </button>
      </div>`,
    )}
  </div>`;
}
