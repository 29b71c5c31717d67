import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { LeaveReason } from '../session/events.js';
import type { SessionError } from '../session/session-error.js';
import type { SessionController } from '../session/session-controller.js';
import type { CallView } from './call-view.js';
import { emptyPreview, type JoinOptions, type MediaMode, type ParticipantInfo, type SessionState } from '../session/types.js';
import type { ClientLoader } from '../session/zoom-sdk.js';
import { validateSessionInput, type InputProblem } from '../token/rules.js';
import type { TokenProvider } from '../token/types.js';
import { loadPrejoinStrings, prejoinStringsFor, type PrejoinStrings } from './prejoin-strings.js';
import type { Strings } from './strings.js';
import { renderPrejoin, type PrejoinField } from './views/prejoin.js';
import { PREJOIN_IDS, focusViewInNextFrame } from './views/shared.js';
import { text } from './zoom-session.properties.js';
import { styles } from './zoom-session.styles.js';

/** The element's lifecycle, reflected as the `state` attribute. */
export type ZoomSessionState = SessionState;

type CallModule = typeof import('./call.js');

const FIELDS = ['sessionName', 'userName', 'passcode'] as const;

const PREVIEW_OFF = emptyPreview();

/** Settles in a task after the next frame's paint (or after 100 ms: a hidden page paints no frames). */
const afterPaint = () =>
  new Promise<void>((done) => {
    requestAnimationFrame(() => setTimeout(done));
    setTimeout(done, 100);
  });

/**
 * A Zoom Video SDK session in one tag. This module only declares the class; `define.ts`
 * registers it as `<zoom-session>`. The session itself (token, SDK, media, participants) lives in
 * a `SessionController` that loads, with the call's views, the first time a participant asks for
 * the preview or the call: until then the element is the pre-join form and the shared rules.
 *
 * @summary Joins a Zoom Video SDK session and shows the call.
 *
 * @fires {ZoomSessionStateEvent} zoom-session-state - the state or the join step changed (`state`, `step`)
 * @fires {ZoomSessionJoinedEvent} zoom-session-joined - joined (`sessionName`, `userId`)
 * @fires {ZoomSessionLeftEvent} zoom-session-left - left, or a join was cancelled (`reason`)
 * @fires {ZoomSessionErrorEvent} zoom-session-error - something failed (`error`: a `SessionError`)
 * @fires {ZoomSessionParticipantsEvent} zoom-session-participants - the participant list changed (`participants`)
 * @fires {ZoomSessionShareEvent} zoom-session-share - a screen share started, changed hands or stopped (`sharing`, `userId`, `self`)
 * @fires {ZoomSessionChatEvent} zoom-session-chat - a chat message was sent or received (`message`)
 * @fires {ZoomSessionRecordingEvent} zoom-session-recording - cloud recording started, paused or stopped (`status`)
 * @fires {ZoomSessionHandEvent} zoom-session-hand - a hand was raised or lowered (`userId`, `raised`, `self`, `byHost`)
 * @fires {ZoomSessionRoleEvent} zoom-session-role - this participant's role changed, as the SDK says (`isHost`, `isManager`)
 * @fires {ZoomSessionSettingsEvent} zoom-session-settings - the participant changed a setting: devices, background, noise suppression (`settings`)
 *
 * Slots, parts and custom properties are documented beside the styles that use them (`@slot`,
 * `@csspart`, `@cssproperty` in the `*.styles.ts` modules); custom-elements.json lists them all on
 * this element (custom-elements-manifest.config.mjs).
 */
export class ZoomSession extends LitElement {
  static override styles = styles;

  // Reactive properties, declared without decorators: the decorator runtime would cost the
  // first chunk more than this table.
  static override properties = {
  sessionName: text('session-name', ''),
  userName: text('user-name', ''),
  passcode: text('passcode', ''),
  tokenEndpoint: text('token-endpoint', ''),
  tokenCsrfMeta: text('token-csrf-meta', ''),
  sessionRole: text('session-role', 'participant'),
  tokenProvider: { attribute: false },
  assets: text('assets', 'Global'),
  language: text('lang', 'en-US'),
  videoMode: text('video-mode', 'webrtc'),
  audioMode: text('audio-mode', 'webrtc'),
  startMuted: { type: Boolean, attribute: 'start-muted' },
  startVideoOff: { type: Boolean, attribute: 'start-video-off' },
  noPreview: { type: Boolean, attribute: 'no-preview' },
  noShare: { type: Boolean, attribute: 'no-share' },
  noChat: { type: Boolean, attribute: 'no-chat' },
  noHands: { type: Boolean, attribute: 'no-hands' },
  noHostControls: { type: Boolean, attribute: 'no-host-controls' },
  captions: { type: Boolean },
  captionLang: text('caption-lang', ''),
  background: text('background', ''),
  noiseSuppression: text('noise-suppression', ''),
  noRemember: { type: Boolean, attribute: 'no-remember' },
  autoJoin: { type: Boolean, attribute: 'auto-join' },
  clientLoader: { attribute: false },
  strings: { attribute: false },
  typed: { state: true },
  problems: { state: true },
  loadFailure: { state: true },
  formAfter: { state: true },
  leftReason: { state: true },
};


  /** The Video SDK session name (the JWT's `tpc`). When set, the form does not ask for it. */
  sessionName = '';

  /** The participant's display name. When set, the form does not ask for it. */
  userName = '';

  /** The session passcode, at most 10 printable ASCII characters. Empty means none. */
  passcode = '';

  /** URL of a token endpoint compatible with Zoom's auth endpoint sample (absolute or relative to the page). */
  tokenEndpoint = '';

  /**
   * The name of a `<meta>` tag holding the page's CSRF token (Indico: `csrf-token`). When set, each
   * request to `token-endpoint` carries its content, read at request time, as `X-CSRF-Token`.
   */
  tokenCsrfMeta = '';

  /**
   * `participant` (default) or `host`: the role asked of the token provider, which decides what it
   * grants. Not named `role`: that is the ARIA role attribute of every element.
   */
  sessionRole: 'participant' | 'host' = 'participant';

  /** A token provider; overrides `token-endpoint`. */
  tokenProvider: TokenProvider | undefined;

  /**
   * Where the SDK loads its media files from: `Global` (default, Zoom's servers), `CDN`, `CN`, or the
   * URL (absolute or relative to the page) of a self-hosted copy of `@zoom/videosdk/dist/lib`.
   */
  assets = 'Global';

  /**
   * The language of the element's words (English and French ship; others fall back to English) and
   * of the SDK, e.g. `fr-FR`. Read from the `lang` attribute, which also stays the element's content
   * language; the property is named `language` so the built-in `lang` is untouched.
   */
  language = 'en-US';

  /** `webrtc` (default) or `wasm` video: becomes the token's `video_webrtc_mode`. */
  videoMode: MediaMode = 'webrtc';

  /** `webrtc` (default) or `wasm` audio: becomes the token's `audio_webrtc_mode`. */
  audioMode: MediaMode = 'webrtc';

  // What the page switches on or off, and the defaults it sets.
  /** Join with the microphone muted. */
  startMuted = false;
  /** Join with the camera off. */
  startVideoOff = false;
  /** Offer no camera and microphone preview before joining. */
  noPreview = false;
  /** Offer no Share screen button (shares of others still show). */
  noShare = false;
  /** Offer no chat. */
  noChat = false;
  /** No raised hands: no button, none shown, none sent or followed. */
  noHands = false;
  /** The page runs its own moderation: no host menus, and a host's Leave just leaves. */
  noHostControls = false;
  /** Start with live captions on (the participant can turn them off). */
  captions = false;
  /** The language captions show in, e.g. `fr` (translated where the Zoom account allows); empty: as spoken. */
  captionLang = '';
  /** The background before the participant chooses one: `none`, `blur`, or an image URL (an event's branded background). */
  background = '';
  /** Noise suppression before the participant chooses: `on` (default, where supported) or `off`. */
  noiseSuppression = '';
  /** Remember nothing: no device or setting is stored in or read from this origin's `localStorage`. */
  noRemember = false;
  /** Join as soon as the element is on the page (when every field is set). */
  autoJoin = false;

  /**
   * Loads the Zoom Video SDK: `() => Promise<typeof import('@zoom/videosdk').default>`. Unset, the
   * element imports the SDK on first use; tests and advanced pages pass their own.
   */
  clientLoader: ClientLoader | undefined;

  /** Overrides of any of the element's words (see `Strings`), merged over the language's table. */
  strings: Partial<Strings> | undefined;

  /** Values the participant typed, for the fields the page did not set. */
  private typed: Partial<Record<PrejoinField, string>> = {};
  /** Problems shown under the fields; filled on Join, then kept current as the user types. */
  private problems: InputProblem[] = [];
  /** The call module failed to load (offline, or the page's files moved). */
  private loadFailure: (SessionError & { retryable: boolean }) | undefined;
  /** The participant chose to see the form again after an error (Edit, Back). */
  formAfter: SessionError | undefined;

  /** Why the last session ended, for the view after leaving. */
  private leftReason: LeaveReason | undefined;

  private submitted = false;

  /** Fields typed in since the last join: Zoom's verdict on their old value no longer applies. */
  private editedSinceJoin = new Set<PrejoinField>();

  /** Fields the page set that Zoom refused (a wrong passcode): the form asks for them. */
  private readonly askedByZoom = new Set<PrejoinField>();

  /** Which fields the form asks for: those the page left empty. */
  private asked: ReadonlySet<PrejoinField> = new Set();

  /** The form's words for the element's language, while they load. */
  private wordsLoading: Promise<void> | undefined;

  private session: SessionController | undefined;
  private callView: CallView | undefined;
  private call: CallModule | undefined;
  private callLoading: Promise<CallModule | undefined> | undefined;
  private loadingJoin: Promise<unknown> | undefined;

  /**
   * Until the form has been painted once, the preview shows only its empty frame and toggle row:
   * the self-view, its placeholder and the toggles come in the update after that paint, so the
   * first one has only what it needs. `firstPaint` is pending while that update waits.
   */
  private painted = false;
  private firstPaint: Promise<void> | undefined;

  /** Which view showed at the last render, and whether focus was inside the element before it. */
  private view = '';
  private shownView = '';
  private hadFocus = false;

  constructor() {
    super();
    // Reflect the state at once, so listeners of the state event see the attribute already set.
    this.addEventListener('zoom-session-state', (event) => this.setAttribute('state', event.state));
    this.addEventListener('zoom-session-left', (event) => (this.leftReason = event.reason));
    // Whether the participant is working in the element: focus inside it, or lost from it because
    // a view replaced or disabled the focused control (then focus falls to nothing, not elsewhere).
    this.addEventListener('focusin', () => (this.hadFocus = true));
    this.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (next && !this.contains(next) && !this.renderRoot.contains(next)) this.hadFocus = false;
    });
  }

  /** Where the session stands: `idle`, `preparing`, `joining`, `joined`, `reconnecting`, `leaving`, `left` or `failed`. Read-only, reflected as the `state` attribute. */
  get state(): ZoomSessionState {
    return this.session?.state ?? 'idle';
  }

  /** The people in the session, this browser's participant first. */
  get participants(): readonly ParticipantInfo[] {
    return this.session?.participants ?? [];
  }

  /** The last failure (a `SessionError` with a stable `code` and a plain `message`), or undefined. */
  get error(): SessionError | undefined {
    return this.session?.error ?? this.loadFailure;
  }

  /** The values a join would use: the page's attributes, else what was typed. */
  get input(): { sessionName: string; userName: string; passcode: string } {
    const pick = (f: PrejoinField) => (this.asked.has(f) ? (this.typed[f] ?? '') : this[f]);
    return { sessionName: pick('sessionName'), userName: pick('userName'), passcode: pick('passcode') };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('state')) this.setAttribute('state', this.state);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Words of a language other than English load as their own small chunk; the form waits for them.
    if (changed.has('language')) {
      const pending = loadPrejoinStrings(this.language);
      this.wordsLoading = pending;
      void pending?.then(() => {
        if (this.wordsLoading === pending) this.wordsLoading = undefined;
        this.requestUpdate();
      });
    }
    // Zoom's answer about an input the page set (a wrong passcode): ask the participant for it.
    // Only Zoom's verdict: a page-set field that failed a rule is used once the page fixes it.
    const error = this.session?.state === 'failed' ? this.session.error : undefined;
    // (Zoom's verdicts may be retried; the rules' problems may not.)
    if (error?.retryable && error.field) this.askedByZoom.add(error.field as PrejoinField);
    // The form asks for what the page left empty, keeps a field the participant typed in, and
    // stops asking for one the page sets later.
    this.asked = new Set(
      FIELDS.filter((f) => this[f] === '' || (this.typed[f] ?? '') !== '' || this.askedByZoom.has(f)),
    );
    this.configureSession();
  }

  /** Also waits for the words of the element's language and the preview's contents, so a test or page sees the finished form. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.wordsLoading ?? this.firstPaint) {
      await (this.wordsLoading ?? this.firstPaint);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override firstUpdated(): void {
    // After this update, not inside it: a join changes state at once.
    if (this.autoJoin) void this.updateComplete.then(() => this.join());
  }

  override updated(): void {
    // A new view takes focus only when focus was in the element: a page never has it stolen.
    // In the next frame, not in this task (views/shared.ts says why).
    if (this.view !== this.shownView) {
      this.shownView = this.view;
      const active = document.activeElement;
      if (this.hadFocus && (active === this || active === null || active === document.body)) focusViewInNextFrame(this.shadowRoot!);
    }
  }

  /** Checks every field; shows the problems and returns them (empty when all is well). */
  validate(): InputProblem[] {
    this.submitted = true;
    this.problems = validateSessionInput(this.input);
    return this.problems;
  }

  /**
   * Joins the session with the current fields. Field problems show at their fields and the join
   * fails without any network call. Resolves `true` once joined, `false` otherwise (see `error`);
   * never rejects. A second call while a join is under way joins nothing more.
   */
  async join(): Promise<boolean> {
    const problems = this.validate();
    this.editedSinceJoin.clear();
    if (problems.length > 0) void this.focusField(problems[0]!.field);
    const session = await (this.loadingJoin = this.ensureSession());
    if (!session) return false;
    const options: JoinOptions = {
      ...this.input,
      role: this.sessionRole === 'host' ? 'host' : 'participant',
      videoMode: this.videoMode === 'wasm' ? 'wasm' : 'webrtc',
      audioMode: this.audioMode === 'wasm' ? 'wasm' : 'webrtc',
      startMuted: this.startMuted,
      startVideoOff: this.startVideoOff,
    };
    this.callView?.reset();
    return session.join(options);
  }

  /** Leaves the session, or cancels a join under way. */
  async leave(): Promise<void> {
    // A join still loading the call module gets to the engine first (its continuation runs first), then is cancelled.
    await this.loadingJoin;
    await this.session?.leave();
  }

  /** Mutes or unmutes the microphone (in the preview before joining). */
  async toggleAudio(): Promise<void> {
    const session = await this.ensureSession();
    if (!session) return;
    if (session.inSession) return session.toggleAudio();
    if (session.preview.audioOn) return session.togglePreviewAudio();
    return this.startPreview(session, { audio: true, video: false });
  }

  /** Starts or stops the camera (in the preview before joining). */
  async toggleVideo(): Promise<void> {
    const session = await this.ensureSession();
    if (!session) return;
    if (session.inSession) return session.toggleVideo();
    if (session.preview.videoOn) return session.togglePreviewVideo();
    return this.startPreview(session, { video: true, audio: false });
  }

  private async startPreview(session: SessionController, kinds: { video: boolean; audio: boolean }): Promise<void> {
    if (this.noPreview) return;
    await this.updateComplete;
    const video = this.renderRoot.querySelector<HTMLVideoElement>(`#${PREJOIN_IDS.previewVideo}`);
    if (video && this.isConnected) await session.startPreview(video, kinds);
  }

  /** Loads the call module and creates the engine, once; `undefined` when it cannot load or the element left the page. */
  private ensureSession(): Promise<SessionController | undefined> {
    if (this.session) return Promise.resolve(this.session);
    this.callLoading ??= import('./call.js').then(
      (call) => {
        this.call = call;
        call.adoptCallStyles(this.renderRoot as ShadowRoot);
        this.session = new call.SessionController(this);
        this.callView = new call.CallView(this, this.session);
        this.configureSession();
        this.loadFailure = undefined;
        return call;
      },
      async (cause: unknown) => {
        this.callLoading = undefined;
        const { SessionError } = await import('../session/session-error.js');
        this.loadFailure = new SessionError({
          code: 'call-unavailable',
          source: 'network',
          retryable: true,
          message: 'The video call could not be loaded. Check your connection and try again.',
          cause,
        });
        return undefined;
      },
    );
    // Removed from the page while the call module loaded: nothing may start (no join, no preview).
    return this.callLoading.then(() => (this.isConnected ? this.session : undefined));
  }

  /** Hands the properties the engine needs to it. */
  private configureSession(): void {
    const session = this.session;
    if (!session) return;
    if (this.clientLoader) session.clientLoader = this.clientLoader;
    session.tokenProvider = this.tokenProvider ?? this.call!.endpointProvider(this);
    session.assets = this.assets;
    session.lang = this.call!.sdkLanguage(this.language || 'en-US');
  }

  /** Moves focus to a field of the form once it is rendered. */
  async focusField(field: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  }

  private onInput(field: PrejoinField, value: string): void {
    this.typed = { ...this.typed, [field]: value };
    this.editedSinceJoin.add(field);
    if (this.submitted) this.problems = validateSessionInput(this.input);
  }

  private readonly prejoinActions = {
    input: (field: PrejoinField, value: string) => this.onInput(field, value),
    join: () => void this.join(),
    toggleCamera: () => void this.toggleVideo(),
    toggleMicrophone: () => void this.toggleAudio(),
    selectCamera: (id: string) => void this.session?.chooseCamera(id),
    selectMicrophone: (id: string) => void this.session?.chooseMicrophone(id),
  };

  /** The rules' problems once Join was pressed, and Zoom's verdict on an input (a wrong passcode). */
  private shownProblems(): InputProblem[] {
    const problems = this.submitted ? this.problems : [];
    const error = this.session?.state === 'failed' ? this.session.error : undefined;
    const field = error?.field as PrejoinField | undefined;
    if (error?.source !== 'input' || !field || this.editedSinceJoin.has(field) || problems.some((p) => p.field === field)) {
      return problems;
    }
    return [...problems, { field, code: error.code as InputProblem['code'], message: error.message }];
  }

  private renderForm(strings: PrejoinStrings) {
    const session = this.session;
    const state = session?.state ?? 'idle';
    const preview = this.noPreview ? undefined : (session?.preview ?? PREVIEW_OFF);
    const previewLater = preview !== undefined && !this.painted;
    if (previewLater) {
      this.firstPaint ??= afterPaint().then(() => {
        this.painted = true;
        this.firstPaint = undefined;
        this.requestUpdate();
      });
    }
    this.view = 'prejoin';
    return renderPrejoin(
      {
        fields: FIELDS.filter((f) => this.asked.has(f)),
        values: this.input,
        problems: this.shownProblems(),
        preview,
        previewExtras: this.callView?.previewExtras,
        busy: state === 'preparing' || state === 'joining',
        previewLater,
      },
      this.prejoinActions,
      strings,
    );
  }

  override render() {
    const session = this.session;
    const call = this.call;
    const error = this.error;
    if (!session || !call) {
      if (this.wordsLoading) return nothing;
      // The form's words come with the element; the call's load with the call.
      const strings = prejoinStringsFor(this.language, this.strings);
      if (error && this.formAfter !== error && this.loadFailure) {
        // The call module itself could not load: say so with the one view the form chunk has.
        this.view = 'load-failure';
        return html`${this.renderForm(strings)}
          <p class="problem" part="problem" role="alert">${error.message}</p>`;
      }
      return this.renderForm(strings);
    }
    const view = this.callView?.render(call.stringsFor(this.language, this.strings), this.leftReason, this.formAfter);
    if (!view) return this.renderForm(prejoinStringsFor(this.language, this.strings));
    this.view = view.key;
    return view.template;
  }
}
