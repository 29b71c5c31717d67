/**
 * The settings panel (issue 17), one for the pre-join preview and the call: camera, microphone and
 * speaker (with a test sound), background (none, blur, built-in images, the participant's own
 * image read locally), noise suppression, original sound, mirroring and HD. What this browser,
 * mode or account cannot do shows disabled with the reason in words.
 *
 * Keyboard: the Settings button opens it and focus moves to its Close button; Tab walks it; the
 * radios of the background move with the arrow keys; Escape (anywhere in it) or Close closes it and
 * focus goes back to the Settings button. Before joining, a canvas in it shows the camera with the
 * chosen background (the SDK's local track: the preview's `<video>` cannot carry one).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { BUILTIN_BACKGROUNDS } from '../../session/backgrounds.js';
import type { SessionController } from '../../session/session-controller.js';
import type { Unsupported } from '../../session/slices/settings.js';
import type { MediaDeviceChoice } from '../../session/types.js';
import type { SettingsStrings } from '../settings-strings.js';

export const SETTINGS_IDS = {
  button: 'settings-button',
  panel: 'settings-panel',
  title: 'settings-title',
  close: 'settings-close',
  camera: 'settings-camera',
  microphone: 'settings-microphone',
  speaker: 'settings-speaker',
  testSound: 'settings-test-sound',
  ownImage: 'settings-own-image',
  preview: 'settings-preview',
} as const;

/** What the panel needs of the element. */
export interface SettingsPanelHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

/** A short tone as a WAV file (no asset to ship): 0.6 s at 660 Hz, fading in and out. */
export function testTone(seconds = 0.6, hz = 660, rate = 22050): Blob {
  const samples = Math.round(seconds * rate);
  const buffer = new DataView(new ArrayBuffer(44 + samples * 2));
  const text = (offset: number, value: string) => [...value].forEach((c, i) => buffer.setUint8(offset + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  buffer.setUint32(4, 36 + samples * 2, true);
  text(8, 'WAVEfmt ');
  buffer.setUint32(16, 16, true);
  buffer.setUint16(20, 1, true);
  buffer.setUint16(22, 1, true);
  buffer.setUint32(24, rate, true);
  buffer.setUint32(28, rate * 2, true);
  buffer.setUint16(32, 2, true);
  buffer.setUint16(34, 16, true);
  text(36, 'data');
  buffer.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i++) {
    const fade = Math.min(1, i / (rate * 0.05), (samples - i) / (rate * 0.05));
    buffer.setInt16(44 + i * 2, Math.round(Math.sin((2 * Math.PI * hz * i) / rate) * 0.4 * fade * 32767), true);
  }
  return new Blob([buffer], { type: 'audio/wav' });
}

export class SettingsPanel {
  open = false;
  private refused = false;
  private playing = false;

  constructor(
    private readonly host: SettingsPanelHost,
    private readonly session: SessionController,
    /** Opening it closes the other panels of the call. */
    private readonly onOpen: () => void = () => undefined,
  ) {}

  private query<T extends Element>(id: string): T | null {
    return this.host.renderRoot.querySelector<T>(`#${id}`);
  }

  toggle(): void {
    if (this.open) void this.close();
    else void this.show();
  }

  async show(): Promise<void> {
    this.open = true;
    this.refused = false;
    this.onOpen();
    this.host.requestUpdate();
    const { session } = this;
    if (!session.inSession) void session.checkSettings();
    if (session.preview.cameras.length === 0 && session.preview.microphones.length === 0) void session.refreshDevices();
    await this.host.updateComplete;
    this.query<HTMLElement>(SETTINGS_IDS.close)?.focus();
  }

  async close(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    void this.session.showBackground(undefined);
    await this.host.updateComplete;
    this.query<HTMLElement>(SETTINGS_IDS.button)?.focus();
  }

  /** A new join starts with the panel closed. */
  reset(): void {
    this.open = false;
  }

  /** After each render: before joining, the background preview follows the open panel's canvas. */
  updated(): void {
    const { session } = this;
    if (session.state !== 'idle' && session.state !== 'left' && session.state !== 'failed') return;
    const canvas = this.open ? this.query<HTMLCanvasElement>(SETTINGS_IDS.preview) : null;
    void session.showBackground(canvas ?? undefined);
  }

  private async playTestSound(): Promise<void> {
    if (this.playing) return;
    const url = URL.createObjectURL(testTone());
    const audio = new Audio(url);
    const speakerId = this.session.settings.speakerId;
    const done = () => {
      this.playing = false;
      URL.revokeObjectURL(url);
      this.host.requestUpdate();
    };
    this.playing = true;
    this.host.requestUpdate();
    try {
      const sink = audio as HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };
      if (speakerId && sink.setSinkId) await sink.setSinkId(speakerId);
      audio.addEventListener('ended', done, { once: true });
      await audio.play();
    } catch {
      done();
    }
  }

  /** The Settings button (in the preview's controls, or the call's control bar). */
  button(w: SettingsStrings, where: 'prejoin' | 'call', disabled = false): TemplateResult {
    return html`<button
      id=${SETTINGS_IDS.button}
      type="button"
      class="${where === 'call' ? 'control' : 'toggle'} settings-button"
      part="button ${where === 'call' ? 'control-button' : 'toggle-button'} settings-button"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls=${SETTINGS_IDS.panel}
      aria-disabled=${disabled ? 'true' : 'false'}
      @click=${() => (disabled ? undefined : this.toggle())}
    >
      <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2">
        <path d="M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0" stroke-linecap="round" />
        <circle cx="16" cy="6" r="2" /><circle cx="10" cy="12" r="2" /><circle cx="18" cy="18" r="2" />
      </svg>
      <span class="label">${w.button}</span>
    </button>`;
  }

  /** The panel, when open. */
  panel(w: SettingsStrings, where: 'prejoin' | 'call'): TemplateResult | typeof nothing {
    if (!this.open) return nothing;
    const { session } = this;
    const settings = session.settings;
    const preview = session.preview;
    const u = settings.unsupported;
    const why = (what: 'background' | 'noiseSuppression' | 'hd' | 'speaker', reason: Unsupported | undefined) =>
      reason
        ? html`<p class="settings-why" part="settings-why" id="settings-why-${what}">
            ${w.why(reason, what)}${reason === 'isolation' && (what === 'background' || u.background !== 'isolation')
              ? html` <span class="settings-help">${w.isolationHelp}</span>`
              : nothing}
          </p>`
        : nothing;
    const backgrounds: string[] = ['none', 'blur', ...BUILTIN_BACKGROUNDS];
    if (settings.ownImage) backgrounds.push('own');
    const pageImage = !backgrounds.includes(settings.background) && settings.background !== 'own' ? settings.background : undefined;
    if (pageImage) backgrounds.push(pageImage);
    // Before joining, the preview's own camera and microphone choices are right above the panel.
    const devicesAbove = where === 'prejoin' && (preview.cameras.length > 1 || preview.microphones.length > 1);
    const showCanvas = where === 'prejoin' && !u.background && settings.background !== 'none';
    const onKeydown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        void this.close();
      }
    };
    return html`<section
      id=${SETTINGS_IDS.panel}
      class="settings-panel ${where}"
      part="settings-panel"
      role="dialog"
      aria-labelledby=${SETTINGS_IDS.title}
      @keydown=${onKeydown}
    >
      <header class="settings-header" part="settings-header">
        <h2 id=${SETTINGS_IDS.title}>${w.title}</h2>
        <button id=${SETTINGS_IDS.close} type="button" class="settings-close" part="button settings-close-button" aria-label=${w.close} @click=${() => void this.close()}>
          <span aria-hidden="true">✕</span>
        </button>
      </header>

      <fieldset class="settings-group" part="settings-group">
        <legend>${devicesAbove ? w.speaker : w.devices}</legend>
        ${devicesAbove
          ? nothing /* the preview's own choices are right above */
          : html`${this.select(SETTINGS_IDS.camera, w.camera, preview.cameras, preview.cameraId, w, (id) => void session.chooseCamera(id))}
              ${this.select(SETTINGS_IDS.microphone, w.microphone, preview.microphones, preview.microphoneId, w, (id) => void session.chooseMicrophone(id))}`}
        ${u.speaker
          ? why('speaker', u.speaker)
          : html`${this.select(SETTINGS_IDS.speaker, w.speaker, settings.speakers, settings.speakerId, w, (id) => void session.chooseSpeaker(id), devicesAbove)}
              <button id=${SETTINGS_IDS.testSound} type="button" class="settings-test" part="button settings-test-sound" aria-disabled=${this.playing ? 'true' : 'false'} @click=${() => void this.playTestSound()}>
                ${this.playing ? w.testSoundPlaying : w.testSound}
              </button>`}
      </fieldset>

      <fieldset class="settings-group" part="settings-group" ?disabled=${!!u.background} aria-describedby=${u.background ? 'settings-why-background' : nothing}>
        <legend>${w.background}</legend>
        ${why('background', u.background)}
        <div class="backgrounds" part="settings-backgrounds">
          ${backgrounds.map(
            (b) => html`<label class="background-choice" part="settings-background">
              <input type="radio" name="settings-background" value=${b} .checked=${settings.background === b} @change=${() => void session.chooseSettings({ background: b })} />
              <span class="swatch swatch-${b === pageImage ? 'page' : b}" aria-hidden="true"></span>
              <span>${w.backgroundNames[b === pageImage ? 'page' : b] ?? b}</span>
            </label>`,
          )}
        </div>
        <label class="settings-file" part="settings-file" for=${SETTINGS_IDS.ownImage}>${w.chooseImage}</label>
        <input
          id=${SETTINGS_IDS.ownImage}
          type="file"
          accept="image/*"
          aria-describedby="settings-own-note"
          @change=${async (e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (!file) return;
            this.refused = !(await session.chooseOwnBackground(file));
            this.host.requestUpdate();
          }}
        />
        <p class="settings-hint" part="settings-hint" id="settings-own-note">${w.ownImageNote}</p>
        ${this.refused ? html`<p class="problem" part="problem" role="alert">${w.ownImageRefused}</p>` : nothing}
        ${showCanvas
          ? html`<canvas id=${SETTINGS_IDS.preview} class="settings-preview" part="settings-preview" width="640" height="360" role="img" aria-label=${w.previewLabel}></canvas>`
          : nothing}
      </fieldset>

      <fieldset class="settings-group" part="settings-group">
        <legend>${w.sound}</legend>
        ${this.check('settings-noise', w.noiseSuppression, w.noiseSuppressionHint, settings.noiseSuppression, u.noiseSuppression, (on) => void session.chooseSettings({ noiseSuppression: on }))}
        ${why('noiseSuppression', u.noiseSuppression)}
        ${this.check('settings-original', w.originalSound, w.originalSoundHint, settings.originalSound, undefined, (on) => void session.chooseSettings({ originalSound: on }))}
      </fieldset>

      <fieldset class="settings-group" part="settings-group">
        <legend>${w.video}</legend>
        ${this.check('settings-mirror', w.mirror, w.mirrorHint, settings.mirrored, undefined, (on) => void session.chooseSettings({ mirrored: on }))}
        ${this.check('settings-hd', w.hd, '', settings.hd, u.hd, (on) => void session.chooseSettings({ hd: on }))}
        ${why('hd', u.hd)}
      </fieldset>
    </section>`;
  }

  private select(
    id: string,
    label: string,
    devices: readonly MediaDeviceChoice[],
    selected: string | undefined,
    w: SettingsStrings,
    choose: (id: string) => void,
    /** The group's legend says it already: the label is for assistive technology only. */
    quietLabel = false,
  ): TemplateResult {
    return html`<div class="field" part="field">
      <label part="label" class=${quietLabel ? 'visually-hidden' : ''} for=${id}>${label}</label>
      <select id=${id} part="settings-select" @change=${(e: Event) => choose((e.target as HTMLSelectElement).value)}>
        ${devices.some((d) => d.deviceId === selected) ? nothing : html`<option value="" selected>${w.defaultDevice}</option>`}
        ${devices.map((d) => html`<option value=${d.deviceId} ?selected=${d.deviceId === selected}>${d.label}</option>`)}
      </select>
    </div>`;
  }

  private check(
    id: string,
    label: string,
    hint: string,
    checked: boolean,
    unsupported: Unsupported | undefined,
    set: (on: boolean) => void,
  ): TemplateResult {
    const described = [hint ? `${id}-hint` : '', unsupported ? `settings-why-${id === 'settings-hd' ? 'hd' : 'noiseSuppression'}` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class="settings-check" part="settings-check">
      <input
        id=${id}
        type="checkbox"
        .checked=${checked}
        ?disabled=${!!unsupported}
        aria-describedby=${described || nothing}
        @change=${(e: Event) => set((e.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${label}</label>
      ${hint ? html`<span class="settings-hint" part="settings-hint" id="${id}-hint">${hint}</span>` : nothing}
    </div>`;
  }
}
