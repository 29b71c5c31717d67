/**
 * The error view: what went wrong in plain words (an alert), what to do next (left out when the
 * message already says it), Try again when the failure is `retryable`, Edit when it is an input's
 * with a field (the element then shows the form and focuses `#<field>`), Back otherwise when the
 * element offers it, and the technical detail behind a
 * Details disclosure for page authors (code, source, field, and the cause's `errorCode`, `reason`,
 * `type` or HTTP `status` when it has them).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { authorPart, participantPart, type SessionError } from '../../session/errors.js';
import type { ErrorFacts, Strings } from '../strings.js';
import { alertIcon } from './call-icons.js';
import { STATUS_IDS } from './call-ids.js';

export interface ErrorModel {
  /** The failure; any object with `SessionError`'s fields will do. */
  error: SessionError | (ErrorFacts & { cause?: unknown });
}

export interface ErrorActions {
  /** Try again (shown only when `error.retryable`). */
  retry(): void;
  /** Back to the form to fix `field` (shown only when `error.source` is `input` and `error.field` is set). */
  edit(field: string): void;
  /** Back to the start (shown, when given, whenever Edit is not). */
  back?: () => void;
}

type Detail = [label: string, value: string];

/** The cause's fields a developer needs: the SDK's `{type, errorCode, reason}`, an HTTP status, an Error's name. */
function causeDetails(cause: unknown, s: Strings, code: string, said: string): Detail[] {
  if (cause === null || typeof cause !== 'object') {
    return cause === undefined ? [] : [[s.detailReason, String(cause)]];
  }
  const c = cause as Record<string, unknown>;
  const out: Detail[] = [];
  const add = (label: string, value: unknown) => {
    if (value !== undefined && value !== null && value !== '') out.push([label, String(value)]);
  };
  add(s.detailType, c.type);
  add(s.detailErrorCode, c.errorCode);
  add(s.detailReason, c.reason);
  add(s.detailStatus, c.status);
  if (typeof c.code === 'string' && c.code !== code) add(s.detailCode, c.code);
  // An Error's own message, unless the author's note already says it.
  if (out.length === 0 && cause instanceof Error && !said.includes(cause.message)) {
    add(s.detailReason, `${cause.name}: ${cause.message}`);
  }
  return out;
}

function renderActions(
  e: ErrorModel['error'],
  canEdit: boolean,
  showBack: boolean,
  actions: ErrorActions,
  s: Strings,
): TemplateResult | typeof nothing {
  if (!e.retryable && !canEdit && !showBack) return nothing;
  return html`
    <div class="actions" part="error-actions">
      ${e.retryable
        ? html`<button
            id=${STATUS_IDS.retryButton}
            type="button"
            class="primary"
            part="button retry-button"
            data-autofocus
            @click=${() => actions.retry()}
          >
            ${s.retry}
          </button>`
        : nothing}
      ${canEdit
        ? html`<button
            id=${STATUS_IDS.editButton}
            type="button"
            class=${e.retryable ? '' : 'primary'}
            part="button edit-button"
            ?data-autofocus=${!e.retryable}
            @click=${() => actions.edit(e.field!)}
          >
            ${s.edit}
          </button>`
        : nothing}
      ${showBack
        ? html`<button
            id=${STATUS_IDS.backButton}
            type="button"
            part="button back-button"
            ?data-autofocus=${!e.retryable}
            @click=${() => actions.back?.()}
          >
            ${s.back}
          </button>`
        : nothing}
    </div>
  `;
}

/** The error view. */
export function renderError(model: ErrorModel, actions: ErrorActions, strings: Strings): TemplateResult {
  const s = strings;
  const e = model.error;
  const message = s.errorMessage(e);
  const hint = s.nextStep(e);
  const canEdit = e.source === 'input' && e.field !== undefined;
  const showBack = !canEdit && actions.back !== undefined;
  const details: Detail[] = [
    [s.detailCode, e.code],
    [s.detailSource, e.source],
    ...(e.field ? ([[s.detailField, e.field]] as Detail[]) : []),
    // The engine's own words when the view shows others (a translation), and the page author's note.
    ...(message !== participantPart(e.message) ? ([[s.detailMessage, participantPart(e.message)]] as Detail[]) : []),
    ...(authorPart(e.message) ? ([[s.detailAuthor, authorPart(e.message)]] as Detail[]) : []),
    ...causeDetails(e.cause, s, e.code, authorPart(e.message)),
  ];
  return html`
    <section class="view error" part="error" lang=${s.lang}>
      <span class="error-icon" part="error-icon">${alertIcon()}</span>
      <div class="error-text" id=${STATUS_IDS.errorMessage} role="alert">
        <p class="error-message" part="error-message">${message}</p>
        ${hint ? html`<p class="error-hint" part="error-hint">${hint}</p>` : nothing}
      </div>
      ${renderActions(e, canEdit, showBack, actions, s)}
      <details class="details" part="error-details">
        <summary part="error-summary" ?data-autofocus=${!e.retryable && !canEdit && !showBack}>
          ${s.details}
        </summary>
        <dl>
          ${details.map(([label, value]) => html`<div><dt>${label}</dt><dd><code>${value}</code></dd></div>`)}
        </dl>
      </details>
    </section>
  `;
}
