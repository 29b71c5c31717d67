/**
 * The views of a call for `<zoom-session>`: joining, the stage with share and chat (`CallStage`,
 * with its own state: open panels, the chat draft, full screen), the error and the view after
 * leaving; it hands the videos and the share to the engine after each render.
 * A ReactiveController in the call module, so the element's first chunk carries none of it.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LeaveReason } from '../session/events.js';
import type { SessionError } from '../session/session-error.js';
import type { SessionController } from '../session/session-controller.js';
import { stringsFor, type LeftReason, type Strings } from './strings.js';
import { renderError } from './views/error.js';
import { renderJoining } from './views/joining.js';
import { renderLeft } from './views/left.js';
import { renderNotices } from './views/notices.js';
import { SHARE_SLOT_SELECTOR } from './views/share.js';
import { renderTranscriptDownloads } from './views/captions.js';
import { CaptionAttributes } from './caption-attributes.js';
import { SettingsPanel } from './views/settings-panel.js';
import { settingsStrings } from './settings-strings.js';
import { previewExtras } from './views/preview-extras.js';
import type { PreviewExtras } from './views/prejoin.js';
import type { MediaMode } from '../session/types.js';
import { CallStage, captionActionsFor } from './call-stage.js';

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

const LEFT_REASONS: Record<LeaveReason, LeftReason> = {
  user: 'left',
  cancelled: 'left',
  'ended-by-host': 'ended',
  'removed-by-host': 'removed',
  disconnected: 'ended',
};

export class CallView implements ReactiveController {
  /** Re-renders when the grid's size changes, so each video's quality follows its tile. */
  private resizeObserver: ResizeObserver | undefined;
  private observedGrid: Element | undefined;
  /** Re-renders when the page changes the `layout` attribute. */
  private readonly attributeObserver = new MutationObserver(() => this.host.requestUpdate());
  /** The page's `captions` and `caption-lang`, applied once joined (issue 14). */
  private readonly captionAttributes = new CaptionAttributes();

  /** The settings panel (issue 17), for the preview and the call. */
  private readonly settings: SettingsPanel;
  /** The call's stage: its panels, chat, layout, host menus and full screen. */
  private readonly stage: CallStage;

  constructor(
    private readonly host: CallViewHost,
    private readonly session: SessionController,
  ) {
    this.settings = new SettingsPanel(host, session, () => this.stage.closePanels());
    this.stage = new CallStage(host, session, this.settings);
    host.addController(this);
    if (host.isConnected) this.hostConnected();
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.stage.onFullscreenChange);
    this.attributeObserver.observe(this.host, { attributes: true, attributeFilter: ['layout'] });
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.stage.onFullscreenChange);
    this.attributeObserver.disconnect();
    this.resizeObserver?.disconnect();
    this.observedGrid = undefined;
  }

  /** The page's settings reach the engine before each render (memory, defaults, modes); `no-hands` and `no-host-controls` take effect at once, during a call too. */
  hostUpdate(): void {
    const { host } = this;
    this.session.slices.hands.setOff(host.noHands);
    if (host.noHostControls) this.stage.menus.reset();
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
    if (this.stage.chatOpen && session.chat.unread > 0) session.markChatRead();
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

  /** A new join starts with the panels closed and no draft. */
  reset(): void {
    this.stage.reset();
    this.captionAttributes.reset();
    this.settings.reset();
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
        ${renderNotices(this.session.notices, this.stage.noticeActions, stringsFor(s.lang, this.host.strings))}`;
    },
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
        return { key: 'stage', template: this.stage.render(state, strings) };
      case 'leaving':
        if (session.participants.length > 0) return { key: 'stage', template: this.stage.render(state, strings) };
        return { key: 'joining', template: renderJoining({ state, step: undefined }, { cancel: () => undefined }, strings) };
      case 'left':
        // A cancelled join goes back to the form; a session that ended says so, with Rejoin.
        if (leftReason === 'cancelled' || leftReason === undefined) return undefined;
        return {
          key: 'left',
          template: html`${renderLeft({ reason: LEFT_REASONS[leftReason] }, { rejoin: () => void this.host.join() }, strings)}
          ${renderTranscriptDownloads(session.captions.hasTranscript, captionActionsFor(session, strings), strings)}`,
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
}
