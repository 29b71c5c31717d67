/*
 * Parts of the crowd views (views/crowd.ts, views/participants-panel.ts):
 * @csspart layout-bar - the layout switch and the pager above the videos
 * @csspart layout-button - Speaker view / Gallery
 * @csspart pager - the gallery's page buttons and "page 2 of 40"
 * @csspart page-button - Previous page / Next page
 * @csspart page-of - "Page 2 of 40"
 * @csspart participant-search - the participants panel's search field
 * @csspart panel-counts - how many are in the session, cameras on, hands raised
 * @csspart participant-scroller - the panel's scrolling window over the rows
 * @csspart panel-empty - "No one matches" when a search finds nobody
 * @csspart row-actions - where a row's actions go (the host's menu)
 * @csspart tile-main - speaker view's big tile (beside `tile`)
 */
/** Crowds (views/crowd.ts, views/participants-panel.ts): layout bar, pager, speaker view, windowed panel. */
import { css } from 'lit';

export const crowdStyles = css`
  .layout-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--zoom-session-gap);
    margin-bottom: var(--zoom-session-gap);
  }
  .layout-switch,
  .pager {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .layout-button,
  .page-button {
    min-height: 2.25rem;
    min-width: 2.25rem;
    padding: 0 0.75rem;
    border: 1px solid var(--zoom-session-border);
    border-radius: 999px;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .layout-button[aria-pressed='true'] {
    border-color: var(--zoom-session-accent);
    background: var(--zoom-session-accent);
    color: var(--zoom-session-accent-fg);
  }
  .page-button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .layout-button:focus-visible,
  .page-button:focus-visible,
  .participant-search:focus-visible {
    outline: 2px solid var(--zoom-session-focus);
    outline-offset: 2px;
  }
  .page-of {
    min-width: 7.5em;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .grid[data-cols='5'] {
    --cols: 5;
  }
  .grid[data-cols='6'] {
    --cols: 6;
  }
  .grid[data-rows='5'] {
    --rows: 5;
  }
  .grid[data-rows='6'] {
    --rows: 6;
  }
  @container (max-width: 30rem) {
    .grid[data-cols='5'],
    .grid[data-cols='6'] {
      --cols: 3;
    }
  }
  /*
   * Speaker view: the big tile across, the strip below it. On a phone, three to a row (the view
   * gives a narrow element a strip of six, self included: two full rows); then four; seven on a wide
   * element.
   */
  .grid.layout-speaker[data-cols] {
    --cols: 3;
    --rows: 3;
  }
  @container (min-width: 30rem) {
    .grid.layout-speaker[data-cols] {
      --cols: 4;
    }
  }
  @container (min-width: 48rem) {
    .grid.layout-speaker[data-cols] {
      --cols: 7;
      --rows: 5;
    }
  }
  .grid.layout-speaker .tile.main {
    grid-column: 1 / -1;
  }
  /* A wide bar has room for "Participants 1000": the count is never cut. */
  @container (min-width: 48rem) {
    .control[part~='participants-button'] {
      flex-basis: auto;
    }
  }
  /* The windowed participants list: rows of a fixed height in a spacer as tall as the list. */
  .participants-panel {
    display: flex;
    flex-direction: column;
  }
  .panel-counts {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 12px;
    margin: 0 0 var(--zoom-session-gap);
    color: var(--zoom-session-muted);
    font-size: 0.8125em;
  }
  .participant-search {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.5rem;
    margin-bottom: var(--zoom-session-gap);
    padding: 0 0.75rem;
    border: 1px solid var(--zoom-session-border);
    border-radius: calc(var(--zoom-session-radius) / 2);
    background: var(--zoom-session-bg);
    color: var(--zoom-session-fg);
    font: inherit;
  }
  .panel-empty {
    margin: 0;
    color: var(--zoom-session-muted);
  }
  .participant-scroller {
    max-height: min(32rem, 60vh);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .participant-list.windowed {
    position: relative;
    display: block;
  }
  .participant-list.windowed .participant {
    position: absolute;
    inset-inline: 0;
    top: 0;
    box-sizing: border-box;
    height: 56px;
    padding-block: 0;
  }
  .row-actions {
    margin-inline-start: auto;
  }
`;
