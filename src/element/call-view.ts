/**
 * The views of a call for `<zoom-session>`: joining, the stage with share and chat, the error and
 * the view after leaving, with the state only they need (open panels, the chat draft, full screen).
 * A ReactiveController in the call module, so the element's first chunk carries none of it.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LeaveReason } from '../session/events.js';
import type { SessionError } from '../session/session-error.js';
import type { SessionController } from '../session/session-controller.js';
import type { NoticeAction } from '../session/slices/notices.js';
import type { RecordingAction } from '../session/slices/recording.js';
import { CHAT_MAX_LENGTH, type ParticipantInfo } from '../session/types.js';
import { stringsFor, type LeftReason, type Strings } from './strings.js';
import { CHAT_IDS, renderChatButton, renderChatPanel } from './views/chat.js';
import { renderError } from './views/error.js';
import { renderJoining } from './views/joining.js';
import { renderLeft } from './views/left.js';
import { renderNotices } from './views/notices.js';
import { renderRecording } from './views/recording.js';
import {
  SHARE_SLOT_SELECTOR,
  isShareFullscreen,
  renderShareButton,
  renderShareLayout,
  renderShareNotice,
  toggleShareFullscreen,
} from './views/share.js';
import { renderStage } from './views/stage.js';
import { crowdStrings } from './crowd-strings.js';
import { CrowdLayout, NARROW_STRIP_TILES, STRIP_TILES, renderLayoutBar, type Layout } from './views/crowd.js';
import { PanelRows, renderParticipantsPanel, type PanelModel } from './views/participants-panel.js';
import { hostWords } from './host-strings.js';
import { renderHandButton, renderHandMark, renderRaisedHands } from './views/hands.js';
import { HostMenus } from './views/host-menu.js';
import { restricted } from '../session/slices/moderation.js';
import { qualityWords } from './captions-strings.js';
import {
  renderCaptionLines,
  renderCaptionsBar,
  renderCaptionsButton,
  renderTranscriptDownloads,
  saveTranscript,
  type CaptionActions,
} from './views/captions.js';
import { renderQualityBars } from './views/quality.js';
import { CaptionAttributes } from './caption-attributes.js';
import { SettingsPanel } from './views/settings-panel.js';
import { settingsStrings } from './settings-strings.js';
import { previewExtras } from './views/preview-extras.js';
import type { PreviewExtras } from './views/prejoin.js';
import type { MediaMode } from '../session/types.js';

/** What the call view needs of the element. */
export interface CallViewHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  noShare: boolean;
  noChat: boolean;
  /** No raised hands at all (issue 13): see `slices/hands.ts`. */
  noHands: boolean;
  /** The page runs its own moderation: no host menus, and Leave just leaves. */
  noHostControls: boolean;
  /** Start with captions on; the caption language (issue 14). */
  captions: boolean;
  captionLang: string;
  /** Settings (issue 17): the page's defaults, memory, and the media modes. */
  background: string;
  noiseSuppression: string;
  noRemember: boolean;
  strings: Partial<Strings> | undefined;
  videoMode: MediaMode;
  audioMode: MediaMode;
  /** The error after which the participant chose to see the form again (Edit, Back). */
  formAfter: SessionError | undefined;
  join(): Promise<boolean>;
  leave(): Promise<void>;
  toggleAudio(): Promise<void>;
  toggleVideo(): Promise<void>;
  focusField(field: string): Promise<void>;
}

/** A rendered view and its key: the element moves focus when the key changes. */
export interface RenderedView {
  key: string;
  template: TemplateResult;
}

/** 30rem: below it the styles lay a phone's call out (three tiles to a row in speaker view's strip). */
const NARROW_WIDTH = 480;

const LEFT_REASONS: Record<LeaveReason, LeftReason> = {
  user: 'left',
  cancelled: 'left',
  'ended-by-host': 'ended',
  'removed-by-host': 'removed',
  disconnected: 'ended',
};

export class CallView implements ReactiveController {
  private panelOpen = false;
  private chatOpen = false;
  private chatDraft = '';
  /** The share is full screen. */
  private fullscreen = false;
  /** Crowds: layout, page and held order; the panel's search and scroll. */
  private readonly crowd = new CrowdLayout();
  private readonly panelRows = new PanelRows();
  private panelQuery = '';
  private panelScroll = { top: 0, height: 480 };
  /** Re-renders when the grid's size changes, so each video's quality follows its tile. */
  private resizeObserver: ResizeObserver | undefined;
  private observedGrid: Element | undefined;
  /** Re-renders when the page changes the `layout` attribute. */
  private readonly attributeObserver = new MutationObserver(() => this.host.requestUpdate());
  /** Host menus and the host's Leave choice (issue 13). */
  private readonly menus = new HostMenus(
    () => this.host.requestUpdate(),
    () => this.host.renderRoot,
  );
  /** The page's `captions` and `caption-lang`, applied once joined (issue 14). */
  private readonly captionAttributes = new CaptionAttributes();

  /** The settings panel (issue 17), for the preview and the call. */
  private readonly settings: SettingsPanel;

  constructor(
    private readonly host: CallViewHost,
    private readonly session: SessionController,
  ) {
    this.settings = new SettingsPanel(host, session, () => {
      this.panelOpen = false;
      this.chatOpen = false;
    });
    host.addController(this);
    if (host.isConnected) this.hostConnected();
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    this.attributeObserver.observe(this.host, { attributes: true, attributeFilter: ['layout'] });
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.attributeObserver.disconnect();
    this.resizeObserver?.disconnect();
    this.observedGrid = undefined;
  }

  /** The page's settings reach the engine before each render (memory, defaults, modes); `no-hands` and `no-host-controls` take effect at once, during a call too. */
  hostUpdate(): void {
    const { host } = this;
    this.session.slices.hands.setOff(host.noHands);
    if (host.noHostControls) this.menus.reset();
    this.session.configureSettings({
      remember: !host.noRemember,
      background: host.background,
      noiseSuppression: host.noiseSuppression,
      videoMode: host.videoMode === 'wasm' ? 'wasm' : 'webrtc',
      audioMode: host.audioMode === 'wasm' ? 'wasm' : 'webrtc',
    });
  }

  /** Puts videos and the share where the views made room for them; reads what the open chat shows. */
  hostUpdated(): void {
    const { session, host } = this;
    this.settings.updated();
    if (!session.inSession) return;
    this.captionAttributes.apply(session, host);
    this.showVideos();
    const shareSlot = host.renderRoot.querySelector<HTMLElement>(SHARE_SLOT_SELECTOR);
    if (session.share.sharing && shareSlot) void session.attachShare(shareSlot);
    if (this.chatOpen && session.chat.unread > 0) session.markChatRead();
  }

  /**
   * Hands the tiles on the screen to the engine, in DOM order (the most important first), with
   * their sizes: it attaches what fits the render budget at the quality for each size.
   */
  private showVideos(): void {
    const root = this.host.renderRoot;
    const grid = root.querySelector('.grid');
    if (grid && grid !== this.observedGrid && typeof ResizeObserver !== 'undefined') {
      // The render goes to the next frame: rendering inside the observer's callback can resize the
      // grid again in the same frame ("ResizeObserver loop completed with undelivered notifications").
      this.resizeObserver ??= new ResizeObserver(() => requestAnimationFrame(() => this.host.requestUpdate()));
      this.resizeObserver.disconnect();
      this.resizeObserver.observe(grid);
      this.observedGrid = grid;
    }
    const tiles = [...root.querySelectorAll<HTMLElement>('[data-video-slot]')].map((slot) => {
      const { width, height } = slot.getBoundingClientRect();
      // A portrait video's own ratio, for its <video-player> (captions.styles.ts).
      const ratio = this.session.videoAspect(Number(slot.dataset['videoSlot']));
      if (ratio !== undefined && slot.style.getPropertyValue('--video-aspect') !== String(ratio)) slot.style.setProperty('--video-aspect', String(ratio));
      return { userId: Number(slot.dataset['videoSlot']), container: slot, width, height, large: slot.closest('.main') !== null };
    });
    this.session.showVideos(tiles);
  }

  /** Speaker view's strip: fewer, bigger tiles below 30rem (the styles' narrow container), as phones want. */
  private stripTiles(): number {
    const width = this.host.clientWidth;
    return width > 0 && width < NARROW_WIDTH ? NARROW_STRIP_TILES : STRIP_TILES;
  }

  /** A new join starts with the panels closed and no draft. */
  reset(): void {
    this.crowd.reset();
    this.panelQuery = '';
    this.panelScroll = { top: 0, height: 480 };
    this.panelOpen = false;
    this.chatOpen = false;
    this.chatDraft = '';
    this.menus.reset();
    this.captionAttributes.reset();
    this.settings.reset();
  }

  /** Captions: the CC button, the language pickers, the downloads (file names in the element's language). */
  private captionActions(strings: Strings): CaptionActions {
    const { session } = this;
    return {
      toggle: () => void session.setCaptions(!session.captions.on),
      speak: (lang) => void session.setSpokenLanguage(lang),
      translate: (lang) => void session.setCaptionLanguage(lang),
      download: (format) => saveTranscript(session.transcript(format), format, strings.captions.fileName),
    };
  }

  /**
   * The preview's extras (the level meter, the device choices) with the Settings button, its panel
   * and the session's notices (a stored device that vanished is said before joining).
   */
  readonly previewExtras: PreviewExtras = {
    meter: previewExtras.meter,
    devices: (preview, actions, s) => {
      const w = settingsStrings(s.lang);
      return html`${previewExtras.devices(preview, actions, s)}
        <div class="preview-settings">${this.settings.button(w, 'prejoin')}</div>
        ${this.settings.panel(w, 'prejoin')}
        ${renderNotices(this.session.notices, this.noticeActions, stringsFor(s.lang, this.host.strings))}`;
    },
  };

  private readonly onFullscreenChange = () => {
    this.fullscreen = isShareFullscreen(this.host.renderRoot as ShadowRoot);
    this.host.requestUpdate();
  };

  private update(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  private readonly stageActions = {
    toggleAudio: () => void this.host.toggleAudio(),
    toggleVideo: () => void this.host.toggleVideo(),
    toggleParticipants: () =>
      this.update(() => {
        this.panelOpen = !this.panelOpen;
        this.chatOpen = false;
        this.settings.open = false;
      }),
    // The host chooses between ending the session for everyone and leaving (issue 13).
    leave: () =>
      HostMenus.shown(this.session) && !this.host.noHostControls ? this.menus.showLeaveChoice() : void this.host.leave(),
  };

  private readonly layoutActions = {
    choose: (layout: Layout) => this.update(() => this.crowd.choose(layout)),
    turn: (page: number) => this.update(() => this.crowd.turn(page)),
  };

  private readonly panelActions = {
    search: (query: string) =>
      this.update(() => {
        this.panelQuery = query;
        this.panelScroll = { ...this.panelScroll, top: 0 };
        const scroller = this.host.renderRoot.querySelector('.participant-scroller');
        if (scroller) scroller.scrollTop = 0;
      }),
    scroll: (top: number, height: number) => this.update(() => (this.panelScroll = { top, height })),
  };

  /** Raised hands atop the panel and on each row, with the host's menu per row (issue 13). */
  protected panelExtras(strings: Strings): Pick<PanelModel, 'hands' | 'top' | 'rowActions'> {
    const extras = this.handsAndHost(strings, this.session.state === 'leaving');
    return {
      hands: this.host.noHands ? undefined : this.session.raisedHands.length,
      top: extras.panelHeader,
      rowActions: extras.rowExtra,
    };
  }

  /** The participants panel: windowed, with search and counts. */
  private renderPanel(strings: Strings): TemplateResult {
    const participants = this.session.participants;
    const model: PanelModel = {
      open: this.panelOpen,
      participants,
      query: this.panelQuery,
      scrollTop: this.panelScroll.top,
      viewportHeight: this.panelScroll.height,
      ...this.panelExtras(strings),
    };
    const rows = this.panelOpen ? this.panelRows.rows(participants, this.panelQuery) : [];
    return renderParticipantsPanel(model, rows, this.panelActions, strings, crowdStrings(strings.lang));
  }

  private toggleChat(): void {
    this.update(() => {
      this.chatOpen = !this.chatOpen;
      this.panelOpen = false;
      this.settings.open = false;
    });
    if (this.chatOpen) this.session.markChatRead();
  }

  private async closeChat(): Promise<void> {
    this.update(() => (this.chatOpen = false));
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`#${CHAT_IDS.chatButton}`)?.focus();
  }

  private readonly chatActions = {
    input: (text: string) => this.update(() => (this.chatDraft = text)),
    send: (text: string) =>
      void this.session.sendChat(text).then((sent) => {
        if (sent) this.update(() => (this.chatDraft = ''));
      }),
    close: () => void this.closeChat(),
  };

  private readonly noticeActions = {
    answer: (id: number, action: NoticeAction) => this.session.answerNotice(id, action),
    dismiss: (id: number) => this.session.dismissNotice(id),
  };

  private readonly recordingActions = {
    control: (action: RecordingAction) => void this.session.controlRecording(action),
  };

  private readonly errorActions = {
    retry: () => void this.host.join(),
    edit: (field: string) => {
      this.host.formAfter = this.session.error;
      void this.host.focusField(field);
    },
    back: () => (this.host.formAfter = this.session.error),
  };

  /**
   * The view for the session's state, or `undefined` when the form is what shows: before a join,
   * after a cancelled one, for input problems, and after an error once the participant went back.
   */
  render(strings: Strings, leftReason: LeaveReason | undefined, formAfter: SessionError | undefined): RenderedView | undefined {
    const { session } = this;
    const state = session.state;
    const error = session.error;
    switch (state) {
      case 'preparing':
      case 'joining':
        return {
          key: 'joining',
          template: renderJoining({ state, step: session.step }, { cancel: () => void this.host.leave() }, strings),
        };
      case 'joined':
      case 'reconnecting':
        return { key: 'stage', template: this.renderCall(state, strings) };
      case 'leaving':
        if (session.participants.length > 0) return { key: 'stage', template: this.renderCall(state, strings) };
        return { key: 'joining', template: renderJoining({ state, step: undefined }, { cancel: () => undefined }, strings) };
      case 'left':
        // A cancelled join goes back to the form; a session that ended says so, with Rejoin.
        if (leftReason === 'cancelled' || leftReason === undefined) return undefined;
        return {
          key: 'left',
          template: html`${renderLeft({ reason: LEFT_REASONS[leftReason] }, { rejoin: () => void this.host.join() }, strings)}
          ${renderTranscriptDownloads(session.captions.hasTranscript, this.captionActions(strings), strings)}`,
        };
      case 'failed':
        // Input problems show at their fields; any other failure gets the error view until the
        // participant goes back to the form.
        if (!error || error.source === 'input' || formAfter === error) return undefined;
        return { key: `error:${error.code}`, template: renderError({ error }, this.errorActions, strings) };
      default:
        return undefined;
    }
  }

  /** The control bar's Settings button: opening the panel closes the participants and the chat. */
  private settingsButton(strings: Strings, disabled: boolean): TemplateResult {
    return this.settings.button(settingsStrings(strings.lang), 'call', disabled);
  }

  /** Raised hands and host menus in the stage (issue 13): per row, per tile, atop the panel. */
  private handsAndHost(strings: Strings, leaving: boolean) {
    const { session, menus } = this;
    const w = hostWords(strings.lang);
    const raised = this.host.noHands ? [] : session.raisedHands;
    const controls = !leaving && !this.host.noHostControls;
    return {
      rowExtra: (p: ParticipantInfo) => html`${renderHandMark(p, raised, w)}${controls ? menus.row(p, session, w) : ''}`,
      tileExtra: (p: ParticipantInfo) => renderHandMark(p, raised, w),
      panelHeader: renderRaisedHands(session.participants, raised, w, controls ? menus.everyone(session, w) : nothing),
    };
  }

  /** The call: the stage inside the share layout, with share and chat in the control bar. */
  private renderCall(state: 'joined' | 'reconnecting' | 'leaving', strings: Strings): TemplateResult {
    const { session, host } = this;
    const leaving = state === 'leaving';
    const share = session.share;
    const toggleShare = () => void session.toggleShare();
    const view = this.crowd.tiles(session, host.getAttribute('layout'), undefined, this.stripTiles());
    const c = crowdStrings(strings.lang);
    const w = hostWords(strings.lang);
    const may = restricted(session.moderation);
    const hands = this.handsAndHost(strings, leaving);
    const captions = session.captions;
    const captionActions = this.captionActions(strings);
    const bars = qualityWords(strings.lang);
    const stage = renderStage(
      {
        state,
        participants: session.participants,
        tiles: view.tiles,
        mainTile: view.main,
        layout: view.layout,
        layoutBar: renderLayoutBar(view, this.layoutActions, c),
        panel: this.renderPanel(strings),
        activeSpeakerId: session.activeSpeakerId,
        audioMuted: session.audioMuted,
        videoOn: session.videoOn,
        panelOpen: this.panelOpen,
        otherPanelOpen: (this.chatOpen && !host.noChat) || this.settings.open,
        ...hands,
        // Issue 14: connection bars on each shown tile, portrait videos whole, captions over the videos.
        tileExtra: (p: ParticipantInfo) => html`${hands.tileExtra(p)}${renderQualityBars(session.connectionLevel(p.userId), bars)}`,
        tileClass: (p: ParticipantInfo) => (session.isPortrait(p.userId) ? 'portrait' : ''),
        overlay: renderCaptionLines(captions, strings),
        selfViewApart: session.selfViewApart,
        extraControls: html`${host.noHands
          ? nothing
          : renderHandButton(
              session.slices.hands.raisedSelf,
              state !== 'joined',
              () => void session.raiseHand(!session.slices.hands.raisedSelf),
              w,
            )}${renderShareButton(
          {
            allowed: !host.noShare,
            sharing: share.self,
            supported: session.shareSupported,
            disabled: leaving,
            locked: may.share ? w.shareLocked : undefined,
          },
          { toggleShare },
          strings,
        )}${renderChatButton(
          { allowed: !host.noChat, open: this.chatOpen, unread: session.chat.unread },
          { toggleChat: () => this.toggleChat() },
          strings,
        )}${renderCaptionsButton(captions.on, state !== 'joined', captionActions, strings)}${this.settingsButton(strings, leaving)}`,
        extraPanels: renderChatPanel(
          {
            allowed: !host.noChat,
            open: this.chatOpen,
            messages: session.chat.messages,
            draft: this.chatDraft,
            maxLength: CHAT_MAX_LENGTH,
            error: session.error,
            disabled: state !== 'joined',
            locked: may.chat ? w.chatOff : undefined,
          },
          this.chatActions,
          strings,
        ),
        ...(this.settings.open ? { extraPanels: html`${this.settings.panel(settingsStrings(strings.lang), 'call')}` } : {}),
      },
      this.stageActions,
      strings,
    );
    return html`${renderNotices(session.notices, this.noticeActions, strings)}
    ${renderRecording({ ...session.recording, disabled: state !== 'joined' }, this.recordingActions, strings)}
    ${renderCaptionsBar(captions, captionActions, strings, state !== 'joined')}
    ${this.menus.leave(session, () => this.host.leave(), w)}
    ${renderShareNotice(session.error, { dismiss: () => session.dismissError() }, strings)}
    ${renderShareLayout(
      { share, fullscreen: this.fullscreen, canFullscreen: document.fullscreenEnabled, leaving },
      { toggleFullscreen: () => void toggleShareFullscreen(host.renderRoot as ShadowRoot), toggleShare },
      strings,
      stage,
    )}`;
  }
}
