/**
 * The parts of the preview that show only once the engine runs: the microphone level meter and the
 * camera and microphone choices. In the call module, handed to the pre-join view as `previewExtras`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { MediaDeviceChoice, PreviewInfo } from '../../session/types.js';
import type { PrejoinStrings as Strings } from '../prejoin-strings.js';
import type { PrejoinActions, PreviewExtras } from './prejoin.js';
import { PREJOIN_IDS } from './shared.js';

function renderDeviceSelect(
  kind: 'camera' | 'microphone',
  devices: readonly MediaDeviceChoice[],
  selected: string | undefined,
  onSelect: (deviceId: string) => void,
  s: Strings,
): TemplateResult | typeof nothing {
  if (devices.length < 2) return nothing;
  const id = kind === 'camera' ? PREJOIN_IDS.cameraSelect : PREJOIN_IDS.microphoneSelect;
  return html`
    <div class="field device" part="field device-field">
      <label part="label" for=${id}>${kind === 'camera' ? s.cameraSelectLabel : s.microphoneSelectLabel}</label>
      <select
        id=${id}
        part="device-select ${kind}-select"
        @change=${(e: Event) => onSelect((e.target as HTMLSelectElement).value)}
      >
        ${devices.map(
          (d, i) =>
            html`<option value=${d.deviceId} ?selected=${d.deviceId === selected}>
              ${d.label || s.deviceFallback(kind, i + 1)}
            </option>`,
        )}
      </select>
    </div>
  `;
}

export const previewExtras: PreviewExtras = {
  meter(preview: PreviewInfo, s: Strings) {
    if (!preview.audioOn) return nothing;
    const level = Math.min(1, Math.max(0, Number.isFinite(preview.level) ? preview.level : 0));
    return html`<div
              id=${PREJOIN_IDS.level}
              class="meter"
              part="level-meter"
              role="meter"
              aria-label=${s.microphoneLevel}
              aria-valuemin="0"
              aria-valuemax="1"
              aria-valuenow=${level}
              aria-valuetext=${`${Math.round(level * 100)}%`}
              style=${styleMap({ '--level': String(level) })}
            >
              <span class="meter-fill"></span>
            </div>`;
  },
  devices(preview: PreviewInfo, actions: PrejoinActions, s: Strings) {
    return preview.cameras.length > 1 || preview.microphones.length > 1
        ? html`<div class="devices" part="devices">
            ${renderDeviceSelect('camera', preview.cameras, preview.cameraId, (id) => actions.selectCamera(id), s)}
            ${renderDeviceSelect('microphone', preview.microphones, preview.microphoneId, (id) => actions.selectMicrophone(id), s)}
          </div>`
        : nothing;
  },
};
