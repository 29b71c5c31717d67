/**
 * `SessionController`: what `<zoom-session>` (and any other host) uses of the session engine. The
 * state machine is the core's (`session-core.ts`); every feature is a slice (`slices/`); this class
 * adds to the core the getters and methods of the slices, so that the element sees one object whose
 * API does not change when a slice is added or split.
 */
import { SessionCore } from './session-core.js';
import type { HostAction, ModerationInfo } from './slices/moderation.js';
import type { Notice, NoticeAction } from './slices/notices.js';
import type { VideoTile } from './slices/video.js';
import type { RecordingAction, RecordingInfo } from './slices/recording.js';
import type { CaptionsInfo } from './slices/captions.js';
import type { SettingsChoice, SettingsConfig, SettingsInfo } from './slices/settings.js';
import type { ChatInfo, ParticipantInfo, PreviewInfo, ShareInfo } from './types.js';

export type { VideoTile } from './slices/video.js';

export {
  DEFAULT_JOIN_TIMEOUT_MS,
  type SessionControllerOptions,
  type SessionHost,
  type SessionSlices,
} from './session-core.js';
export { TOKEN_REUSE_MARGIN_SECONDS } from './join-token.js';

export class SessionController extends SessionCore {
  private previewCache: { tracks: object; devices: object; info: PreviewInfo } | undefined;

  // ----- what the slices show (see each slice for the details) -----------------------------------

  /** The people in the session, this browser's participant first. Empty when not in a session. */
  get participants(): readonly ParticipantInfo[] {
    return this.slices.roster.participants;
  }
  /** This browser's participant while in a session. */
  get self(): ParticipantInfo | undefined {
    return this.slices.roster.self;
  }
  /** Who speaks now, as the SDK says (`active-speaker`). */
  get activeSpeakerId(): number | undefined {
    return this.slices.roster.activeSpeakerId;
  }
  /** True when this browser's audio is connected to the session. */
  get audioOn(): boolean {
    return this.slices.media.audioOn;
  }
  /** True when this browser is muted (or its audio is not connected). */
  get audioMuted(): boolean {
    return this.slices.media.audioMuted;
  }
  /** True when this browser sends video. */
  get videoOn(): boolean {
    return this.slices.media.videoOn;
  }
  /** The self-view and microphone before joining, and the device lists (the same object until one changes). */
  get preview(): PreviewInfo {
    const tracks = this.slices.preview.info;
    const devices = this.slices.media.devices;
    const cache = this.previewCache;
    if (cache?.tracks === tracks && cache.devices === devices) return cache.info;
    return (this.previewCache = { tracks, devices, info: { ...tracks, ...devices } }).info;
  }
  /** The screen share shown now: own while sharing, else the one received; `{sharing: false, self: false}` when none. */
  get share(): ShareInfo {
    return this.slices.share.info;
  }
  /** Whether this browser can send a screen share (desktop browsers with `getDisplayMedia`, and the SDK agrees). */
  get shareSupported(): boolean {
    return this.client().canShareScreen();
  }
  /** The chat since joining (cleared when the session ends) and the count of unread incoming messages. */
  get chat(): ChatInfo {
    return this.slices.chat.info;
  }
  /** A participant by user id (O(1)), or undefined. */
  participant(userId: number): ParticipantInfo | undefined {
    return this.slices.roster.get(userId);
  }
  /** The spotlighted users (`video-spotlight-change`), in the SDK's order. */
  get spotlighted(): readonly number[] {
    return this.slices.roster.spotlighted;
  }
  /** When each participant last spoke (`performance.now()` of their last `active-speaker`). */
  get lastSpoke(): ReadonlyMap<number, number> {
    return this.slices.roster.lastSpoke;
  }
  /** The user with the server's active video (`video-active-change`), if any. */
  get activeVideoId(): number | undefined {
    return this.slices.roster.activeVideoId;
  }
  /** How many remote videos may show at once (`getMaxRenderableVideos()`, 4 before the SDK knows). */
  get renderBudget(): number {
    return this.slices.video.budget;
  }
  /** The user ids whose video shows now (for tests and diagnostics). */
  get attachedVideos(): number[] {
    return this.slices.video.attached;
  }
  /** Whether this browser's own video goes in a `<video-player-container>` of its own (see `VideoSlice.selfViewApart`). */
  get selfViewApart(): boolean {
    return this.slices.video.selfViewApart;
  }
  /** The user whose share shows in the share container now (for tests and diagnostics). */
  get attachedShare(): number | 'self' | undefined {
    return this.slices.share.attached;
  }

  // ----- what the participant does (see each slice) ----------------------------------------------

  /** Shows a participant's video in `container` (inside a `<video-player-container>`); see `VideoSlice.attach`. */
  attachVideo(userId: number, container: HTMLElement): Promise<void> {
    return this.slices.video.attach(userId, container);
  }
  /**
   * The tiles on the screen after a render, most important first: their videos are attached under
   * the render budget at the quality for their size, every other remote video is detached.
   */
  showVideos(tiles: readonly VideoTile[]): void {
    this.slices.video.show(tiles);
  }
  /** Stops showing a participant's video. */
  detachVideo(userId: number): Promise<void> {
    return this.slices.video.detach(userId);
  }
  /** Shows the screen share in `container` (inside a `<video-player-container>` of its own) until `detachShare()`. */
  attachShare(container: HTMLElement): Promise<void> {
    return this.slices.share.attach(container);
  }
  /** Stops showing the share (the share itself goes on). */
  detachShare(): Promise<void> {
    return this.slices.share.detach();
  }
  /** Starts or stops sharing this browser's screen; refusals (`share-*`) are reported, not thrown. */
  toggleShare(): Promise<void> {
    return this.slices.share.toggleShare();
  }
  /** Sends a chat message to everyone; resolves `true` once Zoom took it. */
  sendChat(text: string): Promise<boolean> {
    return this.slices.chat.send(text);
  }
  /** The participant has seen the chat: no unread messages. */
  markChatRead(): void {
    this.slices.chat.markRead();
  }
  /** Mutes or unmutes (connecting audio first if it is not). Problems are reported, not thrown. */
  toggleAudio(): Promise<void> {
    return this.slices.media.toggleAudio();
  }
  /** Starts or stops this browser's video. Problems are reported, not thrown. */
  toggleVideo(): Promise<void> {
    return this.slices.media.toggleVideo();
  }
  /** Shows the camera in `video` and measures the microphone before joining; the state stays. */
  startPreview(video: HTMLVideoElement, options: { video?: boolean; audio?: boolean } = {}): Promise<void> {
    return this.slices.preview.start(video, options);
  }
  /** Stops the preview's camera and microphone. */
  stopPreview(): Promise<void> {
    return this.slices.preview.stop();
  }
  /** Turns the preview camera off or on (on needs a `startPreview` before). */
  togglePreviewVideo(): Promise<void> {
    return this.slices.preview.toggleVideo();
  }
  /** Turns the preview microphone off or on (on needs a `startPreview` before). */
  togglePreviewAudio(): Promise<void> {
    return this.slices.preview.toggleAudio();
  }
  /** Chooses the camera for the preview and the session (switching it if it runs). */
  async chooseCamera(deviceId: string): Promise<void> {
    const choosing = this.slices.media.chooseCamera(deviceId);
    this.slices.settings.devicesChanged();
    await this.slices.preview.cameraChosen(deviceId);
    await choosing;
  }
  /** Chooses the microphone for the preview and the session (switching it if it runs). */
  async chooseMicrophone(deviceId: string): Promise<void> {
    const choosing = this.slices.media.chooseMicrophone(deviceId);
    this.slices.settings.devicesChanged();
    await this.slices.preview.microphoneChosen();
    await choosing;
  }
  /** Reads the camera and microphone lists again (after a device was plugged in, say). */
  refreshDevices(): Promise<void> {
    return this.slices.media.refreshDevices();
  }
  /** What the session tells the participant in passing (see `slices/notices.ts`), oldest first. */
  get notices(): readonly Notice[] {
    return this.slices.notices.notices;
  }
  /** The participant pressed one of a notice's buttons. */
  answerNotice(id: number, action: NoticeAction): void {
    this.slices.notices.answer(id, action);
  }
  /** The participant closed a notice. */
  dismissNotice(id: number): void {
    this.slices.notices.dismiss(id);
  }
  /** Cloud recording: the status, and whether this participant may control it (see `slices/recording.ts`). */
  get recording(): RecordingInfo {
    return this.slices.recording.info;
  }
  /** Starts, pauses, resumes or stops cloud recording (a host or manager); a refusal becomes a notice. */
  controlRecording(action: RecordingAction): Promise<void> {
    return this.slices.recording.control(action);
  }
  /** Live captions for this participant (see `slices/captions.ts`). */
  get captions(): CaptionsInfo {
    return this.slices.captions.info;
  }
  /** Turns captions on (starting the SDK's transcription) or off; a refusal becomes a notice. */
  setCaptions(on: boolean): Promise<void> {
    return this.slices.captions.setOn(on);
  }
  /** Captions in `lang` (translated), or in the spoken language (`undefined`); a refusal becomes a notice. */
  setCaptionLanguage(lang: string | undefined): Promise<void> {
    return this.slices.captions.setLanguage(lang);
  }
  /** The language this participant speaks, for the captions; a refusal becomes a notice. */
  setSpokenLanguage(lang: string): Promise<void> {
    return this.slices.captions.setSpokenLanguage(lang);
  }
  /** A participant's smoothed connection level now (0-5, `undefined` unknown), for a tile's bars. */
  connectionLevel(userId: number): number | undefined {
    return this.slices.quality.levelOf(userId).level;
  }
  /** Whether a participant's video is portrait (`video-aspect-ratio-change`): shown whole. */
  isPortrait(userId: number): boolean {
    return this.slices.aspect.portrait(userId);
  }
  /** A participant's video ratio (width / height) as the SDK last said it, if it did. */
  videoAspect(userId: number): number | undefined {
    return this.slices.aspect.ratio(userId);
  }
  /** This participant's transcript so far, as WebVTT or plain text. */
  transcript(format: 'vtt' | 'text'): string {
    return this.slices.captions.transcriptFile(format);
  }

  // ----- raised hands and host controls (issue 13) -----------------------------------------------

  /** The user ids with a raised hand, oldest first. */
  get raisedHands(): readonly number[] {
    return this.slices.hands.raised;
  }
  /** Raises or lowers this participant's hand (on the command channel). */
  raiseHand(up = true): Promise<void> {
    return this.slices.hands.setOwn(up);
  }
  /** A host or manager lowers one participant's hand, or every hand. */
  lowerHand(target: number | 'all'): Promise<void> {
    return this.slices.hands.lower(target);
  }
  /** This participant's role as the SDK says, and what the host controls show (see `slices/moderation.ts`). */
  get moderation(): ModerationInfo {
    return this.slices.moderation.info;
  }
  /** A host or manager's control; `false` when Zoom refused it (said in a notice) or the role is missing. */
  moderate(action: HostAction, userId?: number): Promise<boolean> {
    return this.slices.moderation.act(action, userId);
  }

  // ----- settings (issue 17) -----------------------------------------------------------------------

  /** The participant's settings, what can be chosen here and why not (see `slices/settings.ts`). */
  get settings(): SettingsInfo {
    return this.slices.settings.info;
  }
  /** The page's part: memory on or off, its defaults (`background`, `noise-suppression`), the media modes. */
  configureSettings(config: SettingsConfig): void {
    this.slices.settings.configure(config);
  }
  /** Loads and initialises the SDK before joining, to know what this browser can do (the background). */
  checkSettings(): Promise<void> {
    return this.slices.settings.check(() => this.client().init(this.lang, this.assets));
  }
  /** The participant changed settings: remembered, `zoom-session-settings`, applied in a session. */
  chooseSettings(change: Partial<SettingsChoice>): Promise<void> {
    return this.slices.settings.choose(change);
  }
  /** The participant's own background image, read locally; `false` when it is not an image or too big. */
  chooseOwnBackground(file: Blob): Promise<boolean> {
    return this.slices.settings.chooseOwnImage(file);
  }
  /** Shows the camera with the chosen background in `canvas` before joining (`undefined`: stops it). */
  showBackground(canvas: HTMLElement | undefined): Promise<void> {
    return this.slices.settings.showBackground(canvas);
  }
  /** Chooses the speaker (switched at once in a session). */
  chooseSpeaker(deviceId: string): Promise<void> {
    return this.slices.settings.choose({ speakerId: deviceId });
  }
}
