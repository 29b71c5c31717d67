/*
 * Screen share (views/share.ts). Parts:
 * @csspart share-layout - the box around the call view; while someone shares, the grid of the share and the call's regions
 * @csspart share - the share region (id "share-region"), what goes full screen
 * @csspart share-bar - the share's label and buttons
 * @csspart share-label - who is sharing
 * @csspart share-container - the share's own <video-player-container> (id "share-container")
 * @csspart share-slot - where the engine puts the share
 * @csspart fullscreen-button - Full screen / Exit full screen
 * @csspart share-stop-button - Stop sharing, over this browser's own share
 * @csspart share-button - the control bar's Share screen toggle
 * @csspart share-notice - a refused or stopped share, in words (role="status")
 * @csspart share-notice-text - its text
 * @csspart share-notice-dismiss-button - its Dismiss button
 *
 * The layout follows the element's width: from 48rem the share is large with the videos (and an
 * open panel) in a column beside it; under that the videos go under the share.
 * (The control bar's icons-only widths are in controls.styles.ts.)
 */
import { css } from 'lit';

export const shareStyles = css`
  .share-layout {
    display: block;
  }
  .share-layout.sharing {
    display: grid;
    row-gap: 0;
    column-gap: calc(var(--zoom-session-gap) * 1.5);
    padding: calc(var(--zoom-session-gap) * 2);
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'banner' 'share' 'videos' 'controls' 'panel';
    align-items: start;
  }
  /* The stage's regions become cells of this grid (its own grid-area names are the ones used here). */
  .share-layout.sharing > .stage {
    display: contents;
  }
  .share-layout.sharing > .share {
    grid-area: share;
    margin-bottom: calc(var(--zoom-session-gap) * 1.5);
  }
  .share-layout.sharing .grid[data-cols] {
    max-width: none;
    margin-inline: 0;
  }
  /* Under the share: small tiles, two to a row. */
  .share-layout.sharing .grid[data-cols]:not([data-cols='1']) {
    --cols: 2;
  }
  @container (min-width: 48rem) {
    .share-layout.sharing {
      grid-template-columns: minmax(0, 1fr) minmax(13rem, 18rem);
      grid-template-rows: auto auto 1fr auto;
      grid-template-areas: 'banner banner' 'share videos' 'share panel' 'controls controls';
    }
    .share-layout.sharing > .share {
      margin-bottom: 0;
    }
    /* Beside the share: one column of tiles; two when there are many, or a panel is open under them. */
    .share-layout.sharing .grid[data-cols]:not([data-cols='1']) {
      --cols: 1;
    }
    .share-layout.sharing .grid[data-cols]:is([data-cols='3'], [data-cols='4']),
    .share-layout.sharing:has(> .stage.with-panel) .grid[data-cols]:not([data-cols='1']) {
      --cols: 2;
    }
    .share-layout.sharing .stage.with-panel .panel {
      margin-top: calc(var(--zoom-session-gap) * 1.5);
    }
  }
  .share {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    gap: var(--zoom-session-gap);
    min-width: 0;
  }
  .share-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--zoom-session-gap);
  }
  .share-label {
    flex: 1 1 12rem;
    display: flex;
    align-items: center;
    gap: 6px;
    min-width: 0;
    font-weight: 600;
  }
  .share-label span {
    overflow-wrap: anywhere;
  }
  .share-action {
    padding: 6px 12px;
  }
  /* Narrow: the full-screen button shows its icon only (its label stays its name). */
  @container (max-width: 30rem) {
    .share-label {
      flex-basis: 10rem;
    }
    .share-action:has(.share-action-label) {
      padding-inline: 8px;
    }
    .share-action-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  .share-stage {
    position: relative;
    /* !important: the SDK's <video-player-container> sets an inline display when defined. */
    display: block !important;
    width: 100%;
    aspect-ratio: 16 / 9;
    max-height: calc(100vh - 8rem);
    overflow: hidden;
    border-radius: var(--zoom-session-radius);
    background: var(--zoom-session-tile-bg);
    color: var(--zoom-session-tile-fg);
  }
  .share-slot {
    position: absolute;
    inset: 0;
  }
  .share-slot > * {
    /* !important: <video-player> sets an inline display when connected. */
    display: block !important;
    width: 100%;
    height: 100%;
    object-fit: contain;
  }
  .share:fullscreen {
    align-content: stretch;
    padding: var(--zoom-session-gap);
    background: #000000;
    color: #ffffff;
  }
  .share:fullscreen .share-stage {
    aspect-ratio: auto;
    height: 100%;
    max-height: none;
    border-radius: 0;
    background: #000000;
  }
  .share-button[aria-pressed='true'] {
    border-color: transparent;
    background: var(--zoom-session-accent);
    color: var(--zoom-session-accent-fg);
  }
  .share-notice.shown {
    display: flex;
    align-items: flex-start;
    gap: var(--zoom-session-gap);
    padding: var(--zoom-session-gap) calc(var(--zoom-session-gap) * 1.5);
    border: 1px solid var(--zoom-session-border);
    border-inline-start: 4px solid var(--zoom-session-danger);
    border-radius: calc(var(--zoom-session-radius) / 2);
    background: var(--zoom-session-surface);
  }
  .share-notice.gentle {
    border-inline-start-color: var(--zoom-session-accent);
  }
  .share-notice-text {
    flex: 1 1 auto;
    min-width: 0;
    align-self: center;
    overflow-wrap: anywhere;
  }
  .share-notice-dismiss {
    flex: none;
    margin: -4px -8px -4px 0;
    padding: 0;
    border-color: transparent;
    background: transparent;
  }
  @media (forced-colors: active) {
    .share-button[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
  }
`;
