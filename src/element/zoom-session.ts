import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { SessionError } from '../session/errors.js';
import { SessionController } from '../session/session-controller.js';
import type { JoinOptions, MediaMode, ParticipantInfo, SessionState } from '../session/types.js';
import { loadZoomVideoSdk, type ClientLoader } from '../session/zoom-client.js';
import { remoteTokenProvider } from '../token/remote-provider.js';
import { LIMITS, validateSessionInput, type InputProblem, type SessionField } from '../token/rules.js';
import type { TokenProvider } from '../token/types.js';
import { styles } from './zoom-session.styles.js';

/** The element's lifecycle, reflected as the `state` attribute. */
export type ZoomSessionState = SessionState;

type FormField = Extract<SessionField, 'sessionName' | 'userName' | 'passcode'>;

const STEP_TEXT = {
  checking: 'Checking…',
  'getting-token': 'Getting access…',
  loading: 'Loading the video call…',
  connecting: 'Connecting…',
  'starting-audio': 'Starting audio…',
  'starting-video': 'Starting video…',
} as const;

const STATE_TEXT: Record<SessionState, string> = {
  idle: '',
  preparing: 'Getting ready…',
  joining: 'Joining…',
  joined: 'In the call.',
  reconnecting: 'Connection lost. Reconnecting…',
  leaving: 'Leaving…',
  left: 'You left the call.',
  failed: 'Could not join.',
};

/**
 * A Zoom Video SDK session in one tag. This module only declares the class; `define.ts`
 * registers it as `<zoom-session>`. The session itself (token, SDK, media, participants) lives in
 * a `SessionController`: this class renders its state and forwards clicks.
 *
 * @summary Joins a Zoom Video SDK session and shows the call.
 *
 * @fires zoom-session-state - the state or the join step changed (`state`, `step`)
 * @fires zoom-session-joined - joined (`sessionName`, `userId`)
 * @fires zoom-session-left - left, or a join was cancelled (`reason`)
 * @fires zoom-session-error - something failed (`error`: a `SessionError`)
 * @fires zoom-session-participants - the participant list changed (`participants`)
 *
 * @csspart form - the pre-join form
 * @csspart field - one labelled input with its problem
 * @csspart input - an input of the pre-join form
 * @csspart problem - the message under a field that breaks a rule
 * @csspart join-button - the Join button
 * @csspart preview - the pre-join self-view and microphone level
 * @csspart preview-video - the self-view `<video>`
 * @csspart preview-button - the button that starts the preview
 * @csspart level - the microphone level meter of the preview
 * @csspart call - the call: videos and controls
 * @csspart videos - the `<video-player-container>` holding every video tile
 * @csspart tile - one participant's video tile
 * @csspart controls - the call's buttons
 * @csspart audio-button - mute / unmute
 * @csspart video-button - start / stop video
 * @csspart leave-button - Leave (or Cancel while joining)
 * @csspart status - the status line
 * @csspart error - the error message
 *
 * @cssproperty [--zoom-session-font=system-ui] - font family
 * @cssproperty [--zoom-session-bg=#ffffff] - background
 * @cssproperty [--zoom-session-fg=#1b1f24] - text color
 * @cssproperty [--zoom-session-accent=#0b5cff] - buttons and focus ring
 * @cssproperty [--zoom-session-danger=#c62828] - problems and errors
 * @cssproperty [--zoom-session-radius=8px] - corner radius
 * @cssproperty [--zoom-session-gap=8px] - spacing between tiles and fields
 */
export class ZoomSession extends LitElement {
  static override styles = styles;

  /** The Video SDK session name (the JWT's `tpc`). When set, the form does not ask for it. */
  @property({ attribute: 'session-name' }) sessionName = '';

  /** The participant's display name. When set, the form does not ask for it. */
  @property({ attribute: 'user-name' }) userName = '';

  /** The session passcode, at most 10 printable ASCII characters. Empty means none. */
  @property() passcode = '';

  /** URL of a token endpoint compatible with Zoom's auth endpoint sample (absolute or relative to the page). */
  @property({ attribute: 'token-endpoint' }) tokenEndpoint = '';

  /**
   * `participant` (default) or `host`: the role asked of the token provider, which decides what it
   * grants. Not named `role`: that is the ARIA role attribute of every element.
   */
  @property({ attribute: 'session-role' }) sessionRole: 'participant' | 'host' = 'participant';

  /** A token provider; overrides `token-endpoint`. */
  @property({ attribute: false }) tokenProvider: TokenProvider | undefined;

  /**
   * Where the SDK loads its media files from: `Global` (default, Zoom's servers), `CDN`, `CN`, or the
   * URL (absolute or relative to the page) of a self-hosted copy of `@zoom/videosdk/dist/lib`.
   */
  @property() assets = 'Global';

  /**
   * The SDK's language, e.g. `en-US` (default) or `de-DE`. Read from the `lang` attribute; the
   * property is named `language` so the element's own `lang` (the content language) is untouched.
   */
  @property({ attribute: 'lang' }) language = 'en-US';

  /** `webrtc` (default) or `wasm` video: becomes the token's `video_webrtc_mode`. */
  @property({ attribute: 'video-mode' }) videoMode: MediaMode = 'webrtc';

  /** `webrtc` (default) or `wasm` audio: becomes the token's `audio_webrtc_mode`. */
  @property({ attribute: 'audio-mode' }) audioMode: MediaMode = 'webrtc';

  /** Join with the microphone muted. */
  @property({ type: Boolean, attribute: 'start-muted' }) startMuted = false;

  /** Join with the camera off. */
  @property({ type: Boolean, attribute: 'start-video-off' }) startVideoOff = false;

  /** Offer no camera and microphone preview before joining. */
  @property({ type: Boolean, attribute: 'no-preview' }) noPreview = false;

  /** Join as soon as the element is on the page (when every field is set). */
  @property({ type: Boolean, attribute: 'auto-join' }) autoJoin = false;

  /**
   * Loads the Zoom Video SDK: `() => Promise<typeof import('@zoom/videosdk').default>`. The default
   * imports the SDK on first use; tests and advanced pages pass their own.
   */
  @property({ attribute: false }) clientLoader: ClientLoader = loadZoomVideoSdk;

  /** Values the participant typed, for the fields the page did not set. */
  @state() private typed: Partial<Record<FormField, string>> = {};

  /** Problems shown under the fields; filled on submit, then kept current as the user types. */
  @state() private problems: InputProblem[] = [];

  @state() private submitted = false;

  /** True once the participant asked for the preview. */
  @state() private previewWanted = false;

  /** Which fields the form asks for: those the page left empty when the element was set up. */
  private asked: Set<FormField> = new Set();

  private readonly session = new SessionController(this);

  private endpointProvider: { url: string; provider: TokenProvider } | undefined;

  constructor() {
    super();
    // Reflect the state at once, so listeners of the state event see the attribute already set.
    this.addEventListener('zoom-session-state', (event) => this.setAttribute('state', event.state));
  }

  /** Where the session stands: `idle`, `preparing`, `joining`, `joined`, `reconnecting`, `leaving`, `left` or `failed`. Read-only, reflected as the `state` attribute. */
  get state(): ZoomSessionState {
    return this.session.state;
  }

  /** The people in the session, this browser's participant first. */
  get participants(): readonly ParticipantInfo[] {
    return this.session.participants;
  }

  /** The last failure (a `SessionError` with a stable `code` and a plain `message`), or undefined. */
  get error(): SessionError | undefined {
    return this.session.error;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('state', this.session.state);
    // Back on the page after a removal (which stopped the preview): offer the preview again.
    const preview = this.session.preview;
    if (this.previewWanted && !preview.videoOn && !preview.audioOn) this.previewWanted = false;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('sessionName') || changed.has('userName') || changed.has('passcode')) {
      this.asked = new Set(
        (['sessionName', 'userName', 'passcode'] as const).filter((f) => this[f] === '' || this.asked.has(f)),
      );
    }
    // Joining releases the preview; after the call the form offers it again.
    if (this.session.inSession) this.previewWanted = false;
    this.configureSession();
  }

  /** Hands the properties the engine needs to the controller. */
  private configureSession(): void {
    const session = this.session;
    session.clientLoader = this.clientLoader ?? loadZoomVideoSdk;
    session.tokenProvider = this.currentTokenProvider();
    session.assets = this.assets;
    session.lang = this.language || 'en-US';
  }

  override firstUpdated(): void {
    // After this update, not inside it: a join changes state at once.
    if (this.autoJoin) void this.updateComplete.then(() => this.join());
  }

  override updated(): void {
    // Put each video that is on into its tile; the controller takes them out when they stop.
    if (!this.session.inSession) return;
    for (const slot of this.renderRoot.querySelectorAll<HTMLElement>('[data-video-slot]')) {
      void this.session.attachVideo(Number(slot.dataset['videoSlot']), slot);
    }
  }

  /** The values a join would use: the page's attributes, else what was typed. */
  get input(): { sessionName: string; userName: string; passcode: string } {
    const pick = (f: FormField) => (this.asked.has(f) ? (this.typed[f] ?? '') : this[f]);
    return { sessionName: pick('sessionName'), userName: pick('userName'), passcode: pick('passcode') };
  }

  /** Checks every field; shows the problems and returns them (empty when all is well). */
  validate(): InputProblem[] {
    this.submitted = true;
    this.problems = validateSessionInput(this.input);
    return this.problems;
  }

  /**
   * Joins the session with the current fields. Field problems show at their fields, and the join
   * then fails without any network call. Resolves `true` once joined, `false` otherwise (see
   * `error`); never rejects. A second call while a join is under way joins nothing more.
   */
  async join(): Promise<boolean> {
    this.validate();
    const options: JoinOptions = {
      ...this.input,
      role: this.sessionRole === 'host' ? 'host' : 'participant',
      videoMode: this.videoMode === 'wasm' ? 'wasm' : 'webrtc',
      audioMode: this.audioMode === 'wasm' ? 'wasm' : 'webrtc',
      startMuted: this.startMuted,
      startVideoOff: this.startVideoOff,
    };
    // Properties set just now reach the controller only at the next update: hand them over now.
    this.configureSession();
    return this.session.join(options);
  }

  /** Leaves the session, or cancels a join under way. */
  leave(): Promise<void> {
    return this.session.leave();
  }

  /** Mutes or unmutes the microphone (in the preview before joining). */
  toggleAudio(): Promise<void> {
    return this.session.inSession ? this.session.toggleAudio() : this.session.togglePreviewAudio();
  }

  /** Starts or stops the camera (in the preview before joining). */
  toggleVideo(): Promise<void> {
    return this.session.inSession ? this.session.toggleVideo() : this.session.togglePreviewVideo();
  }

  private currentTokenProvider(): TokenProvider | undefined {
    if (this.tokenProvider) return this.tokenProvider;
    const url = this.tokenEndpoint.trim();
    if (url === '') return undefined;
    if (this.endpointProvider?.url !== url) this.endpointProvider = { url, provider: remoteTokenProvider({ url }) };
    return this.endpointProvider.provider;
  }

  private onInput(field: FormField, event: Event): void {
    this.typed = { ...this.typed, [field]: (event.target as HTMLInputElement).value };
    if (this.submitted) this.problems = validateSessionInput(this.input);
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const joining = this.join();
    if (this.problems.length > 0) {
      await this.updateComplete;
      const first = this.problems[0]!.field;
      this.renderRoot.querySelector<HTMLInputElement>(`#${first}`)?.focus();
    }
    await joining;
  }

  private async onPreview(): Promise<void> {
    this.previewWanted = true;
    await this.updateComplete;
    const video = this.renderRoot.querySelector<HTMLVideoElement>('video[part="preview-video"]');
    if (video) await this.session.startPreview(video);
  }

  private renderField(field: FormField, label: string, type: string, hint?: string) {
    if (!this.asked.has(field)) return nothing;
    const problems = this.problems.filter((p) => p.field === field);
    const hintId = hint ? `${field}-hint` : undefined;
    const problemId = problems.length > 0 ? `${field}-problem` : undefined;
    const describedBy = [hintId, problemId].filter(Boolean).join(' ');
    return html`
      <div class="field" part="field">
        <label for=${field}>${label}</label>
        ${hint ? html`<span class="hint" id=${hintId!}>${hint}</span>` : nothing}
        <input
          id=${field}
          name=${field}
          part="input"
          type=${type}
          autocomplete=${field === 'userName' ? 'name' : 'off'}
          .value=${this.typed[field] ?? ''}
          aria-invalid=${problems.length > 0 ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy || undefined)}
          @input=${(e: Event) => this.onInput(field, e)}
        />
        ${problems.length > 0
          ? html`<p class="problem" part="problem" id=${problemId!}>${problems.map((p) => p.message).join(' ')}</p>`
          : nothing}
      </div>
    `;
  }

  private renderPreview() {
    if (this.noPreview) return nothing;
    const preview = this.session.preview;
    if (!this.previewWanted) {
      return html`<button part="preview-button" type="button" @click=${this.onPreview}>
        Check camera and microphone
      </button>`;
    }
    return html`
      <div part="preview">
        <video part="preview-video" muted playsinline autoplay aria-label="Your camera"></video>
        <meter part="level" min="0" max="1" .value=${preview.level} aria-label="Microphone level"></meter>
        <button type="button" aria-pressed=${preview.videoOn ? 'true' : 'false'} @click=${() => this.toggleVideo()}>
          Camera
        </button>
        <button type="button" aria-pressed=${preview.audioOn ? 'true' : 'false'} @click=${() => this.toggleAudio()}>
          Microphone
        </button>
      </div>
    `;
  }

  private renderForm() {
    const pageProblems = this.problems.filter((p) => !this.asked.has(p.field as FormField));
    const busy = this.state === 'preparing' || this.state === 'joining';
    return html`
      <form part="form" novalidate @submit=${this.onSubmit}>
        ${this.renderField('sessionName', 'Session name', 'text')}
        ${this.renderField('userName', 'Your name', 'text')}
        ${this.renderField('passcode', 'Passcode', 'password', `At most ${LIMITS.passcode} characters.`)}
        ${pageProblems.length > 0
          ? html`<p class="problem" part="problem" role="alert">
              ${pageProblems.map((p) => p.message).join(' ')}
            </p>`
          : nothing}
        ${this.renderPreview()}
        ${busy
          ? html`<button part="leave-button" type="button" @click=${() => this.leave()}>Cancel</button>`
          : html`<button part="join-button" type="submit">Join</button>`}
      </form>
    `;
  }

  private renderCall() {
    const session = this.session;
    const withVideo = session.participants.filter((p) => p.videoOn);
    return html`
      <div part="call">
        <video-player-container part="videos">
          ${repeat(
            withVideo,
            (p) => p.userId,
            (p) => html`<div part="tile" class="tile" role="group" aria-label=${p.name} data-video-slot=${p.userId}></div>`,
          )}
        </video-player-container>
        <p>${session.participants.length} in the call: ${session.participants.map((p) => p.name).join(', ')}</p>
        <div part="controls">
          <button
            part="audio-button"
            type="button"
            aria-pressed=${session.audioMuted ? 'false' : 'true'}
            @click=${() => this.toggleAudio()}
          >
            Microphone
          </button>
          <button
            part="video-button"
            type="button"
            aria-pressed=${session.videoOn ? 'true' : 'false'}
            @click=${() => this.toggleVideo()}
          >
            Camera
          </button>
          <button part="leave-button" type="button" @click=${() => this.leave()}>Leave</button>
        </div>
      </div>
    `;
  }

  override render() {
    const session = this.session;
    const state = session.state;
    const inCall = state === 'joined' || state === 'reconnecting' || state === 'leaving';
    const status = state === 'preparing' || state === 'joining' ? (session.step ? STEP_TEXT[session.step] : STATE_TEXT[state]) : STATE_TEXT[state];
    // Field problems already show at their fields.
    const error = session.error;
    const shown = error && !(error.source === 'input' && this.problems.some((p) => p.code === error.code));
    return html`
      ${inCall ? this.renderCall() : this.renderForm()}
      <p part="status" role="status">${status}</p>
      ${shown ? html`<p part="error" class="problem" role="alert">${error.message}</p>` : nothing}
    `;
  }
}
