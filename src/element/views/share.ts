/**
 * Screen share views: the layout that shows a share large with the participants' videos beside it
 * (wide element) or under it (narrow), the Share screen button for the control bar, and a notice
 * for a refused share.
 *
 * The layout wraps the call view (`renderStage`) and should wrap it always, sharing or not: while
 * nobody shares it is a plain box around the stage, so the stage's DOM (and the `<video-player>`s
 * the engine put in its tiles) stays when a share starts or stops. While someone shares, the
 * stage's regions (banner, videos, controls, participants panel) become cells of the layout's grid
 * (the stage gets `display: contents`), beside or under the share.
 *
 * DOM contract (see `SHARE_IDS` and `SHARE_SLOT_SELECTOR`), while sharing:
 * ```html
 * <div class="share-layout sharing" part="share-layout">
 *   <p class="visually-hidden" role="status">Grace Hopper is sharing their screen</p>
 *   <section id="share-region" part="share" aria-labelledby="share-label">   <!-- goes full screen -->
 *     <div part="share-bar">
 *       <p id="share-label" part="share-label">Grace Hopper is sharing their screen</p>
 *       <button id="share-stop-button">Stop sharing</button>            <!-- own share only -->
 *       <button id="share-fullscreen-button">Full screen</button>
 *     </div>
 *     <video-player-container id="share-container" part="share-container">
 *       <div class="share-slot" part="share-slot" data-share-slot>
 *         <!-- the engine puts the share here: session.attachShare(slot) -->
 *       </div>
 *     </video-player-container>
 *   </section>
 *   <section class="view stage" part="stage">...</section>                <!-- renderStage -->
 * </div>
 * ```
 * The share's `<video-player-container>` is its own: the SDK does not mix share views and
 * participant videos in one container. The views never render into the slot.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ShareInfo } from '../../session/types.js';
import type { ErrorFacts, Strings } from '../strings.js';
import { closeIcon, exitFullscreenIcon, fullscreenIcon, shareIcon } from './call-icons.js';

/** Ids of the share views. */
export const SHARE_IDS = {
  /** The share's section: what goes full screen, so its bar (and Exit full screen) goes along. */
  region: 'share-region',
  label: 'share-label',
  /** The share's own `<video-player-container>`. */
  container: 'share-container',
  fullscreenButton: 'share-fullscreen-button',
  /** Stop sharing, over this browser's own share. */
  stopButton: 'share-stop-button',
  /** The control bar's Share screen button. */
  shareButton: 'share-button',
  /** The notice of a refused share (always there, empty when there is nothing to say). */
  notice: 'share-notice',
  dismissButton: 'share-notice-dismiss-button',
} as const;

/** The element to give `session.attachShare()`: inside the share's `<video-player-container>`. */
export const SHARE_SLOT_SELECTOR = '[data-share-slot]';

export interface ShareLayoutModel {
  /** What the engine says (`session.share`); the layout shows the share while `sharing`. */
  share: ShareInfo;
  /** The share region is full screen now (see `isShareFullscreen`). */
  fullscreen: boolean;
  /** False hides the full-screen button (`document.fullscreenEnabled` is false in some iframes). */
  canFullscreen?: boolean | undefined;
  /** While leaving, Stop sharing is disabled. */
  leaving?: boolean | undefined;
}

export interface ShareLayoutActions {
  /** The full-screen button: `toggleShareFullscreen(renderRoot)` does the work. */
  toggleFullscreen(): void;
  /** Stop sharing (shown over this browser's own share): `session.toggleShare()`. */
  toggleShare(): void;
}

export interface ShareButtonModel {
  /** False when the page set `no-share`: no button at all (shares of others still show). */
  allowed: boolean;
  /** This browser shares its screen now (`session.share.self`). */
  sharing: boolean;
  /**
   * This browser can share (`session.shareSupported`). When it cannot (phones, tablets) the button
   * stays, marked `aria-disabled`, and a press makes the engine say why.
   */
  supported: boolean;
  /** While leaving. */
  disabled?: boolean | undefined;
  /**
   * Why this participant may not share now (the host lets only hosts share), in words: the button
   * stays, marked `aria-disabled` and described by them; a press makes the engine say why.
   */
  locked?: string | undefined;
}

export interface ShareButtonActions {
  toggleShare(): void;
}

export interface ShareNoticeActions {
  /** Dismiss: `session.dismissError()`. */
  dismiss(): void;
}

/** The label over a share: who shares. */
export function shareLabel(share: ShareInfo, s: Strings): string {
  if (!share.sharing) return '';
  return share.self ? s.sharingSelf : s.sharing(share.userName ?? '');
}

function renderShareRegion(model: ShareLayoutModel, actions: ShareLayoutActions, s: Strings): TemplateResult {
  const { share, fullscreen } = model;
  return html`
    <section id=${SHARE_IDS.region} class="share ${share.self ? 'share-self' : ''}" part="share" aria-labelledby=${SHARE_IDS.label}>
      <div class="share-bar" part="share-bar">
        <p id=${SHARE_IDS.label} class="share-label" part="share-label">${shareIcon()}<span>${shareLabel(share, s)}</span></p>
        ${share.self
          ? html`<button
              id=${SHARE_IDS.stopButton}
              type="button"
              class="share-action danger"
              part="button share-stop-button"
              ?disabled=${model.leaving === true}
              @click=${() => actions.toggleShare()}
            >
              ${s.stopSharing}
            </button>`
          : nothing}
        ${model.canFullscreen === false
          ? nothing
          : html`<button
              id=${SHARE_IDS.fullscreenButton}
              type="button"
              class="share-action"
              part="button fullscreen-button"
              @click=${() => actions.toggleFullscreen()}
            >
              ${fullscreen ? exitFullscreenIcon() : fullscreenIcon()}<span class="share-action-label"
                >${fullscreen ? s.exitFullscreen : s.fullscreen}</span
              >
            </button>`}
      </div>
      <video-player-container id=${SHARE_IDS.container} class="share-stage" part="share-container">
        <div class="share-slot" part="share-slot" data-share-slot></div>
      </video-player-container>
    </section>
  `;
}

/**
 * The call view with the share: `stage` is `renderStage(...)`. While `model.share.sharing` is
 * false this is a plain box around the stage. A status region (always there) announces who
 * shares when a share starts or changes hands.
 */
export function renderShareLayout(
  model: ShareLayoutModel,
  actions: ShareLayoutActions,
  strings: Strings,
  stage: TemplateResult,
): TemplateResult {
  const sharing = model.share.sharing;
  return html`
    <div class="share-layout ${sharing ? 'sharing' : ''}" part="share-layout" lang=${strings.lang}>
      <p class="visually-hidden" role="status">${shareLabel(model.share, strings)}</p>
      ${sharing ? renderShareRegion(model, actions, strings) : nothing}
      ${stage}
    </div>
  `;
}

/** The control bar's Share screen button: a toggle, pressed while this browser shares. */
export function renderShareButton(
  model: ShareButtonModel,
  actions: ShareButtonActions,
  strings: Strings,
): TemplateResult | typeof nothing {
  if (!model.allowed) return nothing;
  const locked = model.sharing ? undefined : model.locked;
  return html`
    <button
      id=${SHARE_IDS.shareButton}
      type="button"
      class="control share-button ${model.sharing ? 'on' : ''}"
      part="button control-button share-button"
      aria-pressed=${model.sharing ? 'true' : 'false'}
      aria-disabled=${(model.supported && !locked) || model.sharing ? nothing : 'true'}
      aria-describedby=${locked ? 'share-locked-reason' : nothing}
      title=${locked ?? nothing}
      ?disabled=${model.disabled === true}
      @click=${() => actions.toggleShare()}
    >
      ${shareIcon()}<span class="label">${strings.shareButton}</span>
    </button>
    ${locked ? html`<span id="share-locked-reason" class="visually-hidden">${locked}</span>` : nothing}
  `;
}

/**
 * A refused or stopped share, in words (the engine's `share-*` errors; any other error shows
 * nothing here). The status region is always there, so the notice is announced when it appears;
 * a picker closed on purpose (`share-dismissed`) is said gently, without the warning look.
 */
export function renderShareNotice(
  error: ErrorFacts | undefined,
  actions: ShareNoticeActions,
  strings: Strings,
): TemplateResult {
  const shown = error?.code.startsWith('share-') ? error : undefined;
  const gentle = shown?.code === 'share-dismissed';
  const next = shown ? strings.nextStep(shown) : '';
  return html`
    <div
      id=${SHARE_IDS.notice}
      class="share-notice ${shown ? 'shown' : ''} ${gentle ? 'gentle' : ''}"
      part="share-notice"
      role="status"
      lang=${strings.lang}
    >
      ${shown
        ? html`<p class="share-notice-text" part="share-notice-text">${strings.errorMessage(shown)}${next ? ` ${next}` : ''}</p>
            <button
              id=${SHARE_IDS.dismissButton}
              type="button"
              class="share-notice-dismiss"
              part="button share-notice-dismiss-button"
              aria-label=${strings.dismiss}
              @click=${() => actions.dismiss()}
            >
              ${closeIcon()}
            </button>`
        : nothing}
    </div>
  `;
}

/** The share region of `root` when it is full screen. */
export function isShareFullscreen(root: DocumentOrShadowRoot): boolean {
  return root.fullscreenElement?.id === SHARE_IDS.region;
}

/**
 * The full-screen button's work: puts the share region of `root` (the element's shadow root) in
 * full screen, or takes it out. Escape also leaves full screen (the browser's own key). The
 * element re-renders on `fullscreenchange` (on `document`) to flip the button. A refusal (no
 * user gesture, an iframe without `allow="fullscreen"`) leaves things as they are.
 */
export async function toggleShareFullscreen(root: DocumentOrShadowRoot & ParentNode): Promise<void> {
  try {
    if (isShareFullscreen(root)) {
      await document.exitFullscreen();
      return;
    }
    const region = root.querySelector<HTMLElement>(`#${SHARE_IDS.region}`);
    await region?.requestFullscreen();
  } catch {
    // Full screen was refused: the share stays where it is.
  }
}
