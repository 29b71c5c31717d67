/**
 * The call view's layout (views/stage.ts): the banner, the grid of video tiles and where the
 * control bar and the panels go. The panels' contents and the control bar have their own modules.
 */
import { css } from 'lit';

export const stageStyles = css`
  /*
   * Reading order: banner, videos, controls, panel. Narrow: one column in that order. Wide with
   * the panel open: the panel beside the videos and the controls. Spacing is by margins, so the
   * status region, always there to be announced, takes no room while empty.
   */
  .stage {
    row-gap: 0;
    column-gap: calc(var(--zoom-session-gap) * 1.5);
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'banner' 'bar' 'videos' 'controls' 'panel';
  }
  .stage .banner {
    grid-area: banner;
  }
  .stage .layout-bar {
    grid-area: bar;
  }
  .stage .grid {
    grid-area: videos;
  }
  .stage .controls {
    grid-area: controls;
    margin-top: calc(var(--zoom-session-gap) * 1.5);
  }
  .stage .panel {
    grid-area: panel;
    margin-top: calc(var(--zoom-session-gap) * 1.5);
  }
  @container (min-width: 48rem) {
    .stage.with-panel {
      grid-template-columns: minmax(0, 1fr) 20rem;
      grid-template-rows: auto auto auto 1fr;
      grid-template-areas: 'banner banner' 'bar panel' 'videos panel' 'controls panel';
    }
    .stage.with-panel .panel {
      align-self: start;
      margin-top: 0;
    }
    .stage.with-panel .controls {
      align-self: start;
    }
  }
  .banner.shown {
    margin-bottom: calc(var(--zoom-session-gap) * 1.5);
    padding: var(--zoom-session-gap) calc(var(--zoom-session-gap) * 1.5);
    border-radius: calc(var(--zoom-session-radius) / 2);
    background: var(--zoom-session-fg);
    color: var(--zoom-session-bg);
    font-weight: 600;
  }
  /* Columns by the number of tiles (data-cols, set by the view), fewer on a narrow element. */
  .grid {
    --cols: 1;
    /* !important: the SDK's <video-player-container> sets an inline display: block when defined. */
    display: grid !important;
    gap: var(--zoom-session-tile-gap);
    grid-template-columns: repeat(var(--cols), minmax(0, 1fr));
    align-content: start;
    width: 100%;
    /* As wide as fits, but no taller than the viewport leaves room for (rows of 16:9 tiles). */
    --rows: 1;
    max-width: min(80rem, calc((100vh - 9rem) * 16 / 9 * var(--cols) / var(--rows)));
    margin-inline: auto;
  }
  .grid[data-rows='2'] {
    --rows: 2;
  }
  .grid[data-rows='3'] {
    --rows: 3;
  }
  .grid[data-rows='4'] {
    --rows: 4;
  }
  .grid[data-cols='1'] {
    max-width: min(56rem, calc((100vh - 9rem) * 16 / 9));
  }
  .grid[data-cols='2'] {
    --cols: 2;
  }
  .grid[data-cols='3'] {
    --cols: 3;
  }
  .grid[data-cols='4'] {
    --cols: 4;
  }
  @container (max-width: 30rem) {
    /* Two people: one above the other; three or more: two columns. */
    .grid[data-cols='2'][data-rows='1'] {
      --cols: 1;
    }
    .grid[data-cols='3'],
    .grid[data-cols='4'] {
      --cols: 2;
    }
  }
  .tile {
    position: relative;
    container-type: inline-size;
    aspect-ratio: 16 / 9;
    overflow: hidden;
    border-radius: var(--zoom-session-radius);
    background: var(--zoom-session-tile-bg);
    color: var(--zoom-session-tile-fg);
  }
  .video-slot,
  .self-view {
    position: absolute;
    inset: 0;
  }
  .video-slot video-player,
  .video-slot video {
    /* !important: <video-player> sets an inline display: block when connected. */
    display: block !important;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .tile.video-off .video-slot {
    visibility: hidden;
  }
  /*
   * A tile whose video is attached lets what is under it show (in WebAssembly mode the SDK may draw
   * videos on a canvas of its container, beneath the tiles) and hides the avatar. Until then (a
   * camera past the render budget, an attach under way, a hidden tab) the avatar and the tile's
   * background stay: a camera-on tile is never blank.
   */
  .tile:has(> .video-slot video-player, > .self-view video-player) {
    background: transparent;
  }
  .tile:has(> .video-slot video-player, > .self-view video-player) .avatar {
    display: none;
  }
  .tile .avatar {
    position: absolute;
    inset: 0;
    margin: auto;
    width: clamp(2.5rem, 24cqi, 7rem);
    height: auto;
    font-size: clamp(1rem, 9cqi, 2.75rem);
  }
  /* A small tile (a phone's gallery, speaker view's strip): the avatar sits above the name, smaller. */
  @container (max-width: 10rem) {
    .tile .avatar {
      inset: 0 0 1.5rem;
      width: clamp(1.5rem, 20cqi, 2.5rem);
      font-size: clamp(0.75rem, 8cqi, 1rem);
    }
  }
  .tile-name {
    position: absolute;
    left: var(--zoom-session-gap);
    bottom: var(--zoom-session-gap);
    z-index: 1;
    display: flex;
    align-items: center;
    gap: 4px;
    max-width: calc(100% - 2 * var(--zoom-session-gap));
    padding: 2px 8px;
    border-radius: calc(var(--zoom-session-radius) / 2);
    background: rgb(0 0 0 / 0.65);
    color: #ffffff;
    font-size: 0.875em;
  }
  @container (max-width: 11rem) {
    .tile-name {
      left: 4px;
      bottom: 4px;
      max-width: calc(100% - 8px);
      padding: 1px 4px;
      font-size: 0.75em;
    }
  }
  .tile-name .name {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .tile-name .icon {
    width: 1.1em;
    height: 1.1em;
    color: #ff8a80;
  }
  .tile.speaking::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 2;
    border: 3px solid var(--zoom-session-accent);
    border-radius: inherit;
    pointer-events: none;
  }
  .panel {
    display: grid;
    gap: var(--zoom-session-gap);
    padding: calc(var(--zoom-session-gap) * 1.5);
    border-radius: var(--zoom-session-radius);
    background: var(--zoom-session-surface);
  }
  .panel-title {
    font-weight: 700;
  }
`;
