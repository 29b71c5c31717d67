/**
 * Cloud recording (`session/slices/recording.ts`): a persistent indicator while the session is
 * recorded or paused, seen by everyone, and for a host or manager whose account allows it the
 * buttons to start, pause, resume and stop. The indicator is not a live region: each change is said
 * once by the notices. The buttons are ordinary buttons in the tab order.
 *
 * Parts:
 * @csspart recording - the bar (present only while recording, paused, or for someone who may start)
 * @csspart recording-indicator - the "Recording" / "Recording paused" badge
 * @csspart recording-button - a host's start, pause, resume or stop button
 */
import { html, nothing, type TemplateResult } from 'lit';
import { recordingActions, type RecordingAction, type RecordingInfo } from '../../session/slices/recording.js';
import type { Strings } from '../strings.js';

export interface RecordingActions {
  control(action: RecordingAction): void;
}

export function renderRecording(
  info: RecordingInfo & { disabled: boolean },
  actions: RecordingActions,
  strings: Strings,
): TemplateResult {
  const words = strings.recording;
  const shown = info.status !== 'stopped';
  if (!shown && !info.canControl) return html``;
  return html`<div class="recording ${info.status}" part="recording" lang=${strings.lang}>
    ${info.status === 'stopped'
      ? nothing
      : html`<span class="recording-indicator" part="recording-indicator" data-status=${info.status}
          ><span class="recording-dot" aria-hidden="true"></span>${words.indicator[info.status]}</span
        >`}
    ${info.canControl
      ? html`<div class="recording-controls" role="group" aria-label=${words.controls}>
          ${recordingActions(info.status).map(
            (action) =>
              html`<button
                type="button"
                class="recording-button"
                part="button recording-button"
                data-action=${action}
                aria-label=${words.action[action]}
                ?disabled=${info.busy || info.disabled}
                @click=${() => actions.control(action)}
              >
                ${words.short[action]}
              </button>`,
          )}
        </div>`
      : nothing}
  </div>`;
}
