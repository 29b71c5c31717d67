/**
 * The styles of the call's views (joining, the stage, errors, share, chat), adopted by the element
 * when the call module loads, so a page that shows only the form downloads none of them. The theme's
 * custom properties and parts are documented in `zoom-session.styles.ts`.
 */
import { css } from 'lit';
import { motionStyles } from './zoom-session.styles.js';

/** The preview's level meter and device choices (views/preview-extras.ts). */
export const previewExtrasStyles = css`
  .devices {
    display: grid;
    gap: var(--zoom-session-gap);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
  }
  .meter {
    height: 10px;
    overflow: hidden;
    border: 1px solid var(--zoom-session-border);
    border-radius: 5px;
    background: var(--zoom-session-surface);
  }
  .meter-fill {
    display: block;
    height: 100%;
    width: calc(var(--level, 0) * 100%);
    background: var(--zoom-session-accent);
    transition: width 80ms linear;
  }`;

export const progressStyles = css`
  .progress,
  .left {
    justify-items: center;
    text-align: center;
    padding-block: calc(var(--zoom-session-gap) * 4);
  }
  .spinner {
    width: 2.5rem;
    height: 2.5rem;
    border: 4px solid var(--zoom-session-surface);
    border-top-color: var(--zoom-session-accent);
    border-radius: 50%;
    animation: zoom-session-spin 0.9s linear infinite;
  }
  @keyframes zoom-session-spin {
    to {
      transform: rotate(1turn);
    }
  }
  .left-message {
    font-size: 1.25em;
    font-weight: 600;
  }
  .left-detail {
    color: var(--zoom-session-muted);
  }
`;

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
    grid-template-areas: 'banner' 'videos' 'controls' 'panel';
  }
  .stage .banner {
    grid-area: banner;
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
      grid-template-rows: auto auto 1fr;
      grid-template-areas: 'banner banner' 'videos panel' 'controls panel';
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
  .video-slot {
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
   * A tile with video lets what is under it show: in WebAssembly mode the SDK may draw videos on a
   * canvas of its container, beneath the tiles.
   */
  .tile.video-on {
    background: transparent;
  }
  .tile .avatar {
    position: absolute;
    inset: 0;
    margin: auto;
    width: clamp(2.5rem, 24cqi, 7rem);
    height: auto;
    font-size: clamp(1rem, 9cqi, 2.75rem);
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
  .participant-list {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .participant {
    display: flex;
    align-items: center;
    gap: var(--zoom-session-gap);
    padding-block: 6px;
  }
  .participant + .participant {
    border-top: 1px solid color-mix(in srgb, var(--zoom-session-border) 40%, transparent);
  }
  .participant .avatar {
    width: 2.25rem;
    font-size: 0.875rem;
  }
  .participant-text {
    display: grid;
    min-width: 0;
  }
  .participant-name {
    display: flex;
    align-items: center;
    gap: 6px;
    min-width: 0;
  }
  .participant-name .name {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .badge {
    flex: none;
    padding: 0 6px;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--zoom-session-accent);
    font-size: 0.75em;
    font-weight: 600;
  }
  .participant-state {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 12px;
    color: var(--zoom-session-muted);
    font-size: 0.8125em;
  }
  .state {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .state .icon {
    width: 1.2em;
    height: 1.2em;
  }
  .state.off .icon {
    color: var(--zoom-session-danger);
  }
  .controls {
    display: flex;
    justify-content: center;
    gap: var(--zoom-session-gap);
  }
  .control {
    position: relative;
    flex: 0 1 7.5rem;
    min-width: 44px;
    flex-direction: column;
    gap: 2px;
    padding: 6px 4px;
    font-size: 0.8125em;
  }
  .control .label,
  .control .label-row {
    max-width: 100%;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .control .count {
    font-weight: 400;
  }
  /* Icons only; the labels stay as the buttons' names, the participant count becomes a badge. */
  @container (max-width: 22rem) {
    .control {
      flex: 0 0 auto;
      width: 3.25rem;
    }
    .control .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .control .label-row {
      overflow: visible;
    }
    .control .count {
      position: absolute;
      top: 2px;
      right: 2px;
      min-width: 1.25rem;
      padding: 0 4px;
      border-radius: 999px;
      background: var(--zoom-session-accent);
      color: var(--zoom-session-accent-fg);
      font-size: 0.6875rem;
      font-weight: 700;
      line-height: 1.25rem;
    }
  }
`;

export const errorStyles = css`
  .error {
    justify-items: start;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: start;
    column-gap: calc(var(--zoom-session-gap) * 1.5);
  }
  .error > :not(.error-icon) {
    grid-column: 2;
  }
  .error-icon {
    grid-row: 1;
    color: var(--zoom-session-danger);
  }
  .error-icon .icon {
    width: 2rem;
    height: 2rem;
  }
  .error-text {
    display: grid;
    gap: 4px;
  }
  .error-text,
  .details {
    max-width: 65ch;
  }
  /* Not bold: the engine's messages can run to two or three sentences. */
  .error-message {
    font-size: 1.0625em;
  }
  .error-hint {
    color: var(--zoom-session-muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--zoom-session-gap);
  }
  .details {
    width: 100%;
    color: var(--zoom-session-muted);
    font-size: 0.875em;
  }
  summary {
    width: fit-content;
    cursor: pointer;
    border-radius: 2px;
  }
  dl {
    display: grid;
    gap: 2px 12px;
    grid-template-columns: max-content minmax(0, 1fr);
    margin: var(--zoom-session-gap) 0 0;
  }
  dl > div {
    display: contents;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  code {
    /* A font list, not the bare monospace keyword, so the text keeps the surrounding size. */
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
    color: var(--zoom-session-fg);
  }
`;


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
 * open panel) in a column beside it; under that the videos go under the share. A control bar with
 * the share or chat button shows icons only under 36rem, so six buttons fit in 320 px.
 */
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
  /* Six buttons: icons only while their labels would not fit (the labels stay as their names). */
  @container (max-width: 36rem) {
    .controls:has(.share-button, .chat-button) {
      gap: 4px;
    }
    .controls:has(.share-button, .chat-button) > .control {
      flex: 1 1 0;
      width: auto;
      min-width: 44px;
      max-width: 4rem;
    }
    .controls:has(.share-button, .chat-button) .control .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .controls:has(.share-button, .chat-button) .control .label-row {
      overflow: visible;
    }
    .controls:has(.share-button, .chat-button) .control .count {
      position: absolute;
      top: 2px;
      right: 2px;
      min-width: 1.25rem;
      padding: 0 4px;
      border-radius: 999px;
      background: var(--zoom-session-accent);
      color: var(--zoom-session-accent-fg);
      font-size: 0.6875rem;
      font-weight: 700;
      line-height: 1.25rem;
    }
  }
  @media (forced-colors: active) {
    .share-button[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
  }
`;

/*
 * Chat (views/chat.ts). Parts:
 * @csspart chat-button - the control bar's Chat toggle
 * @csspart unread-badge - the unread count on it
 * @csspart chat-panel - the chat panel (id "chat-panel")
 * @csspart chat-header - its title and Close
 * @csspart chat-close-button - Close
 * @csspart chat-log - the scrolling box of messages (focusable, to scroll with the keyboard)
 * @csspart chat-messages - the list of messages
 * @csspart chat-message - one message; also chat-message-self
 * @csspart chat-message-self - a message this browser sent
 * @csspart chat-meta - sender and time
 * @csspart chat-sender - who sent it
 * @csspart chat-private - "privately to you"
 * @csspart chat-time - when
 * @csspart chat-text - the message, as plain text
 * @csspart chat-empty - said while there is no message
 * @csspart chat-error - a message that could not be sent, chat turned off
 * @csspart chat-form - the message form
 * @csspart chat-label - the message field's label
 * @csspart chat-input - the message field (a textarea, id "chat-input")
 * @csspart chat-hint - how to send
 * @csspart chat-counter - characters typed and the limit
 * @csspart chat-problem - the message is over the limit
 * @csspart chat-send-button - Send
 *
 * @cssproperty [--zoom-session-chat-height=22rem] - the most the message list grows before it scrolls
 */
export const chatStyles = css`
  .chat-panel {
    display: grid;
    gap: var(--zoom-session-gap);
    align-content: start;
    min-width: 0;
  }
  /* In the call view the chat panel takes the participants panel's place. */
  .stage .chat-panel {
    grid-area: panel;
    margin-top: calc(var(--zoom-session-gap) * 1.5);
  }
  @container (min-width: 48rem) {
    .stage.with-panel .chat-panel {
      align-self: start;
      margin-top: 0;
    }
    .share-layout.sharing .stage.with-panel .chat-panel {
      margin-top: calc(var(--zoom-session-gap) * 1.5);
    }
  }
  .chat-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--zoom-session-gap);
    margin-block: -6px;
  }
  .chat-close {
    padding: 0;
    border-color: transparent;
    background: transparent;
  }
  /* Column-reverse around one list: the view stays at the newest message as messages come. */
  .chat-log {
    display: flex;
    flex-direction: column-reverse;
    max-height: var(--zoom-session-chat-height, 22rem);
    overflow-y: auto;
    overscroll-behavior: contain;
    border-radius: calc(var(--zoom-session-radius) / 2);
  }
  .chat-log:focus-visible,
  .chat-input:focus-visible {
    outline: 3px solid var(--zoom-session-focus);
    outline-offset: 2px;
  }
  .chat-messages {
    display: grid;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chat-message {
    display: grid;
    gap: 2px;
    min-width: 0;
    padding: 6px 10px;
    border-radius: var(--zoom-session-radius);
    background: var(--zoom-session-bg);
  }
  .chat-message.self {
    background: color-mix(in srgb, var(--zoom-session-accent) 12%, var(--zoom-session-bg));
  }
  .chat-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 8px;
    color: var(--zoom-session-muted);
    font-size: 0.8125em;
  }
  .chat-sender {
    min-width: 0;
    color: var(--zoom-session-fg);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .chat-time {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }
  /* Plain text: line breaks kept, any long word or address wraps. */
  .chat-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .chat-empty {
    color: var(--zoom-session-muted);
    font-size: 0.875em;
  }
  .chat-form {
    display: grid;
    gap: 4px;
    min-width: 0;
  }
  .chat-label {
    font-size: 0.875em;
    font-weight: 600;
  }
  .chat-compose {
    display: flex;
    align-items: flex-end;
    gap: var(--zoom-session-gap);
    min-width: 0;
  }
  .chat-input {
    /* A definite width: field-sizing would otherwise widen the field to a long word. */
    flex: 1 1 10rem;
    width: 10rem;
    min-width: 0;
    min-height: 44px;
    max-height: 10rem;
    /* Grows with what is typed, where the browser can (the rows attribute elsewhere). */
    field-sizing: content;
    padding: 8px 10px;
    resize: vertical;
    font: inherit;
    color: inherit;
    background: var(--zoom-session-bg);
    border: 1px solid var(--zoom-session-border);
    border-radius: calc(var(--zoom-session-radius) / 2);
  }
  .chat-input[aria-invalid='true'] {
    border-color: var(--zoom-session-danger);
    border-width: 2px;
  }
  .chat-send {
    flex: none;
    padding-inline: 12px;
  }
  .chat-form-row {
    display: flex;
    align-items: baseline;
    gap: var(--zoom-session-gap);
  }
  .chat-hint {
    flex: 1 1 auto;
    color: var(--zoom-session-muted);
    font-size: 0.8125em;
  }
  .chat-counter {
    white-space: nowrap;
    color: var(--zoom-session-muted);
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
  }
  .chat-counter.over {
    color: var(--zoom-session-danger);
    font-weight: 700;
  }
  .chat-problem,
  .chat-error {
    color: var(--zoom-session-danger);
    font-size: 0.875em;
  }
  .chat-send .icon {
    width: 1.25em;
    height: 1.25em;
  }
  .chat-button[aria-pressed='true'] {
    border-color: var(--zoom-session-accent);
    background: color-mix(in srgb, var(--zoom-session-accent) 14%, var(--zoom-session-surface));
  }
  .chat-button .unread {
    position: absolute;
    top: 2px;
    right: 2px;
    min-width: 1.25rem;
    padding: 0 4px;
    border-radius: 999px;
    background: var(--zoom-session-danger);
    color: var(--zoom-session-danger-fg);
    font-size: 0.6875rem;
    font-weight: 700;
    line-height: 1.25rem;
    text-align: center;
  }
  @media (forced-colors: active) {
    .chat-button .unread,
    .chat-message {
      border: 1px solid CanvasText;
    }
  }
`;

/** In cascade order; the motion and forced-colors rules come last again so they win over these. */
export const callStyles = [previewExtrasStyles, progressStyles, stageStyles, errorStyles, shareStyles, chatStyles, motionStyles];
