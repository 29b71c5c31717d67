/**
 * The call's stage for `<zoom-session>` (joined, reconnecting, leaving): the videos inside the share
 * layout, the control bar, the participants and chat panels, host menus and the Leave choice, with
 * the state only the stage needs (open panels, the chat draft, the crowd's layout, full screen).
 * `CallView` owns one and renders it for those states; it is in the call module too.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SessionController } from '../session/session-controller.js';
import type { NoticeAction } from '../session/slices/notices.js';
import type { RecordingAction } from '../session/slices/recording.js';
import { CHAT_MAX_LENGTH, type ParticipantInfo } from '../session/types.js';
import type { Strings } from './strings.js';
import type { CallViewHost } from './call-view.js';
import { CHAT_IDS, renderChatButton, renderChatPanel } from './views/chat.js';
import { renderNotices } from './views/notices.js';
import { renderRecording } from './views/recording.js';
import {
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
  saveTranscript,
  type CaptionActions,
} from './views/captions.js';
import { renderQualityBars } from './views/quality.js';
import type { SettingsPanel } from './views/settings-panel.js';
import { settingsStrings } from './settings-strings.js';

/** 30rem: below it the styles lay a phone's call out (three tiles to a row in speaker view's strip). */
const NARROW_WIDTH = 480;

/** Captions: the CC button, the language pickers, the downloads (file names in the element's language). */
export function captionActionsFor(session: SessionController, strings: Strings): CaptionActions {
  return {
    toggle: () => void session.setCaptions(!session.captions.on),
    speak: (lang) => void session.setSpokenLanguage(lang),
    translate: (lang) => void session.setCaptionLanguage(lang),
    download: (format) => saveTranscript(session.transcript(format), format, strings.captions.fileName),
  };
}

export class CallStage {
  private panelOpen = false;
  /** The chat panel is open (the call view marks what it shows as read). */
  chatOpen = false;
  private chatDraft = '';
  /** The share is full screen. */
  private fullscreen = false;
  /** Crowds: layout, page and held order; the panel's search and scroll. */
  private readonly crowd = new CrowdLayout();
  private readonly panelRows = new PanelRows();
  private panelQuery = '';
  private panelScroll = { top: 0, height: 480 };
  /** Host menus and the host's Leave choice (issue 13). */
  readonly menus = new HostMenus(
    () => this.host.requestUpdate(),
    () => this.host.renderRoot,
  );

  constructor(
    private readonly host: CallViewHost,
    private readonly session: SessionController,
    /** The settings panel (issue 17), shared with the preview: opening it closes the stage's panels. */
    private readonly settings: SettingsPanel,
  ) {}

  /** A new join starts with the panels closed, no draft, the first layout and page. */
  reset(): void {
    this.crowd.reset();
    this.panelQuery = '';
    this.panelScroll = { top: 0, height: 480 };
    this.closePanels();
    this.chatDraft = '';
    this.menus.reset();
  }

  /** The settings panel opened: the participants panel and the chat close. */
  closePanels(): void {
    this.panelOpen = false;
    this.chatOpen = false;
  }

  /** Speaker view's strip: fewer, bigger tiles below 30rem (the styles' narrow container), as phones want. */
  private stripTiles(): number {
    const width = this.host.clientWidth;
    return width > 0 && width < NARROW_WIDTH ? NARROW_STRIP_TILES : STRIP_TILES;
  }

  /** For the document's `fullscreenchange`, which the call view listens to while connected. */
  readonly onFullscreenChange = () => {
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

  /** The session's notices: on the stage, and before joining in the preview. */
  readonly noticeActions = {
    answer: (id: number, action: NoticeAction) => this.session.answerNotice(id, action),
    dismiss: (id: number) => this.session.dismissNotice(id),
  };

  private readonly recordingActions = {
    control: (action: RecordingAction) => void this.session.controlRecording(action),
  };

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
  render(state: 'joined' | 'reconnecting' | 'leaving', strings: Strings): TemplateResult {
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
    const captionActions = captionActionsFor(session, strings);
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
