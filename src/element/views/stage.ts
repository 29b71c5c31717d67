/**
 * The call view (the stage): a status banner, the video grid, the control bar and the
 * participants panel (in that order in the DOM and for screen readers; on a wide element the panel
 * sits beside the videos and the controls).
 *
 * DOM contract (see `STAGE_IDS` and `videoSlotSelector`):
 * ```html
 * <video-player-container id="video-container" part="video-grid">
 *   <div class="tile" part="tile [tile-self] [tile-speaking]" data-user-id="16778240">
 *     <div class="video-slot" part="video-slot" data-video-slot="16778240">
 *       <!-- the engine appends this participant's <video-player> here (stream.attachVideo) -->
 *     </div>
 *     <span class="avatar" part="avatar">AL</span>  <!-- hidden (CSS) once a video is in the slot -->
 *     <span class="tile-name" part="tile-name">Ada Lovelace (you)</span>
 *   </div>
 *   ...one tile per participant, this browser's own first
 *   <!-- when the SDK cannot render several videos in one container (selfViewApart), this
 *        browser's own slot is wrapped in a container of its own, inside its tile:
 *        <video-player-container class="self-view" part="self-view-container">
 *          <div class="video-slot" part="video-slot" data-video-slot="SELFID"></div>
 *        </video-player-container> -->
 * </video-player-container>
 * ```
 * `<video-player-container>` and `<video-player>` are the SDK's custom elements, defined when the
 * SDK's media script loads (after `client.init`); until then the container is an unknown element
 * that lays out like any other. Tiles are keyed by `userId`, so what the engine put in a slot stays
 * with its participant.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ParticipantInfo, SessionState } from '../../session/types.js';
import type { Strings } from '../strings.js';
import { leaveIcon, peopleIcon } from './call-icons.js';
import { cameraIcon, micIcon } from './icons.js';
import { STAGE_IDS } from './call-ids.js';
import { initials } from './shared.js';

export interface StageModel {
  /** `reconnecting` shows the banner; `leaving` disables the controls and says so. */
  state: Extract<SessionState, 'joined' | 'reconnecting' | 'leaving'>;
  /** Everyone in the session, this browser's own participant included (`isSelf`). */
  participants: readonly ParticipantInfo[];
  /**
   * The tiles to show, most important first (crowds: a gallery page or speaker view; see
   * `views/crowd.ts`); every participant, self first, when not given.
   */
  tiles?: readonly ParticipantInfo[] | undefined;
  /** Speaker view's big tile. */
  mainTile?: number | undefined;
  /** `speaker` or `gallery`, for the grid's styles. */
  layout?: string | undefined;
  /** The layout switch and pager, above the grid. */
  layoutBar?: TemplateResult | typeof nothing | undefined;
  /** The participants panel (`views/participants-panel.ts`: windowed, with search). */
  panel?: TemplateResult | typeof nothing | undefined;
  /** The participant speaking now, highlighted; `undefined` when no one is. */
  activeSpeakerId?: number | undefined;
  /** This browser's own microphone and camera, for the control bar. */
  audioMuted: boolean;
  videoOn: boolean;
  /** Whether the participants panel is open. */
  panelOpen: boolean;
  /** More control-bar buttons (share, chat), placed before Leave. */
  extraControls?: TemplateResult | typeof nothing | undefined;
  /** More panels (chat), after the participants panel; one panel shows at a time. */
  extraPanels?: TemplateResult | typeof nothing | undefined;
  /** Another panel than the participants one is open: the stage makes room for it. */
  otherPanelOpen?: boolean | undefined;
  /** A raised hand (views/hands.ts) in a tile; the panel's rows get theirs in `panel`. */
  tileExtra?: ((p: ParticipantInfo) => TemplateResult | typeof nothing) | undefined;
  /** More classes of a tile (issue 14: `portrait` for a portrait video). */
  tileClass?: ((p: ParticipantInfo) => string) | undefined;
  /** Over the videos, after the grid (issue 14: live captions, views/captions.ts). */
  overlay?: TemplateResult | typeof nothing | undefined;
  /**
   * This browser's own video slot goes in a `<video-player-container>` of its own (part
   * `self-view-container`), inside its tile: the SDK cannot render several videos in one container
   * (`isSupportMultipleVideos()` false), and its d.ts recommends self-view apart then.
   */
  selfViewApart?: boolean | undefined;
}

export interface StageActions {
  /** Microphone button: the participant wants it `audioMuted ? unmuted : muted`. */
  toggleAudio(): void;
  /** Camera button: the participant wants it `!videoOn`. */
  toggleVideo(): void;
  /** Participants button: open or close the panel. */
  toggleParticipants(): void;
  leave(): void;
}

/** Columns of the grid for `n` tiles on a wide stage (CSS caps them on narrow ones). */
function columns(n: number): number {
  return n <= 1 ? 1 : n <= 4 ? 2 : n <= 9 ? 3 : 4;
}

/** Self first, then the others in the engine's order. */
function ordered(participants: readonly ParticipantInfo[]): ParticipantInfo[] {
  return [...participants.filter((p) => p.isSelf), ...participants.filter((p) => !p.isSelf)];
}

/** Columns for `n` tiles in a crowd's gallery (up to 26 tiles: 25 others and self). */
function crowdColumns(n: number): number {
  return n <= 9 ? columns(n) : n <= 16 ? 4 : n <= 25 ? 5 : 6;
}

function renderTile(
  p: ParticipantInfo,
  speaking: boolean,
  s: Strings,
  main = false,
  extra?: StageModel['tileExtra'],
  more = '',
  apart = false,
): TemplateResult {
  const parts = ['tile', p.isSelf ? 'tile-self' : '', speaking ? 'tile-speaking' : '', main ? 'tile-main' : '']
    .filter(Boolean)
    .join(' ');
  const states = [p.audioMuted ? s.muted : '', p.videoOn ? '' : s.cameraOff, speaking ? s.speaking : '']
    .filter(Boolean)
    .join(', ');
  return html`
    <div
      class="tile ${p.videoOn ? 'video-on' : 'video-off'} ${speaking ? 'speaking' : ''} ${main ? 'main' : ''} ${more}"
      part=${parts}
      data-user-id=${p.userId}
    >
      ${apart
        ? html`<video-player-container class="self-view" part="self-view-container"
            ><div class="video-slot" part="video-slot" data-video-slot=${p.userId}></div
          ></video-player-container>`
        : html`<div class="video-slot" part="video-slot" data-video-slot=${p.userId}></div>`}
      <span class="avatar" part="avatar" aria-hidden="true">${initials(p.name)}</span>
      ${extra?.(p) ?? nothing}
      <span class="tile-name" part="tile-name">
        ${p.audioMuted ? html`<span class="tile-muted">${micIcon(false)}</span>` : nothing}
        <span class="name">${p.isSelf ? s.selfName(p.name) : p.name}</span>
        ${states ? html`<span class="visually-hidden">(${states})</span>` : nothing}
      </span>
    </div>
  `;
}

/** The call view. */
export function renderStage(model: StageModel, actions: StageActions, strings: Strings): TemplateResult {
  const s = strings;
  const people = ordered(model.participants);
  const tiles = model.tiles ?? people;
  const leaving = model.state === 'leaving';
  const cols = model.tiles ? crowdColumns(tiles.length) : columns(tiles.length);
  const banner = model.state === 'reconnecting' ? s.reconnecting : leaving ? s.leaving : '';
  return html`
    <section class="view stage ${model.panelOpen || model.otherPanelOpen ? 'with-panel' : ''}" part="stage" lang=${s.lang}>
      <div class="banner ${banner ? 'shown' : ''}" part="banner" role="status">${banner}</div>
      ${model.layoutBar ?? nothing}
      <video-player-container
        id=${STAGE_IDS.videoContainer}
        class="grid ${model.layout ? `layout-${model.layout}` : ''}"
        part="video-grid"
        data-cols=${cols}
        data-rows=${Math.min(Math.ceil(tiles.length / cols), model.tiles ? 6 : 4)}
      >
        ${repeat(
          tiles,
          (p) => p.userId,
          (p) =>
            renderTile(
              p,
              p.userId === model.activeSpeakerId,
              s,
              p.userId === model.mainTile,
              model.tileExtra,
              model.tileClass?.(p),
              p.isSelf && model.selfViewApart === true,
            ),
        )}
      </video-player-container>
      ${model.overlay ?? nothing}
      <div class="controls" part="controls" role="group" aria-label=${s.controlsLabel}>
        <button
          id=${STAGE_IDS.microphoneButton}
          type="button"
          class="control toggle"
          part="button control-button microphone-button"
          aria-pressed=${model.audioMuted ? 'false' : 'true'}
          ?disabled=${leaving}
          data-autofocus
          @click=${() => actions.toggleAudio()}
        >
          ${micIcon(!model.audioMuted)}<span class="label">${s.microphone}</span>
        </button>
        <button
          id=${STAGE_IDS.cameraButton}
          type="button"
          class="control toggle"
          part="button control-button camera-button"
          aria-pressed=${model.videoOn ? 'true' : 'false'}
          ?disabled=${leaving}
          @click=${() => actions.toggleVideo()}
        >
          ${cameraIcon(model.videoOn)}<span class="label">${s.camera}</span>
        </button>
        <button
          id=${STAGE_IDS.participantsButton}
          type="button"
          class="control"
          part="button control-button participants-button"
          aria-pressed=${model.panelOpen ? 'true' : 'false'}
          aria-controls=${STAGE_IDS.participantsPanel}
          @click=${() => actions.toggleParticipants()}
        >
          ${peopleIcon()}<span class="label-row"
            ><span class="label">${s.participantsButton}</span> <span class="count">${people.length}</span></span
          >
        </button>
        ${model.extraControls ?? nothing}
        <button
          id=${STAGE_IDS.leaveButton}
          type="button"
          class="control danger"
          part="button control-button leave-button"
          ?disabled=${leaving}
          @click=${() => actions.leave()}
        >
          ${leaveIcon()}<span class="label">${s.leave}</span>
        </button>
      </div>
      ${model.panel ?? nothing}
      ${model.extraPanels ?? nothing}
    </section>
  `;
}
