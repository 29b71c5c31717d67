/**
 * Raised hands in the call (issue 13): the Raise hand button of the control bar, the raised hands
 * at the top of the participants panel in the order raised, and a hand on a participant's row and
 * tile. `stage.ts` calls in here once per row, per tile and for the panel's header.
 *
 * Parts:
 * @csspart hand-button - Raise hand / Lower hand in the control bar
 * @csspart raised-hands - the list at the top of the participants panel
 * @csspart hand - the hand on a row or a tile
 */
import { html, nothing, svg, type TemplateResult } from 'lit';

/** A raised hand (an SVG: emoji fonts are missing on some systems). */
const handIcon = () =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
    ${svg`<path d="M18 11V6a2 2 0 0 0-4 0v5M14 10V4a2 2 0 0 0-4 0v6M10 10.5V6a2 2 0 0 0-4 0v8"/><path d="M18 8a2 2 0 1 1 4 0v6a8 8 0 0 1-8 8h-2c-2.8 0-4.5-.86-5.99-2.34l-3.6-3.6a2 2 0 0 1 2.83-2.82L7 15"/>`}
  </svg>`;
import type { ParticipantInfo } from '../../session/types.js';
import type { HostWords } from '../host-strings.js';

export function renderHandButton(raised: boolean, disabled: boolean, toggle: () => void, w: HostWords): TemplateResult {
  return html`<button
    id="hand-button"
    type="button"
    class="control toggle"
    part="button control-button hand-button"
    aria-pressed=${raised ? 'true' : 'false'}
    ?disabled=${disabled}
    @click=${toggle}
  >
    <span class="hand-icon" aria-hidden="true">${handIcon()}</span><span class="label">${raised ? w.lowerHand : w.raiseHand}</span>
  </button>`;
}

/** The hand on a row or a tile, with words for screen readers. */
export function renderHandMark(p: ParticipantInfo, raised: readonly number[], w: HostWords): TemplateResult | typeof nothing {
  if (!raised.includes(p.userId)) return nothing;
  return html`<span class="hand" part="hand" role="img" aria-label=${w.handRaised}>${handIcon()}</span>`;
}

/** The raised hands, oldest first, at the top of the participants panel; `extra` is the host's menu. */
export function renderRaisedHands(
  participants: readonly ParticipantInfo[],
  raised: readonly number[],
  w: HostWords,
  extra: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const names = raised.map((id) => participants.find((p) => p.userId === id)).filter((p) => p !== undefined);
  return html`<div class="panel-tools">
    ${extra}
    ${names.length > 0
      ? html`<section class="raised-hands" part="raised-hands" aria-labelledby="raised-hands-title">
          <p id="raised-hands-title" class="raised-hands-title">${w.raisedHands(names.length)}</p>
          <ol class="raised-list">
            ${names.map((p) => html`<li>${p.name}</li>`)}
          </ol>
        </section>`
      : nothing}
  </div>`;
}
