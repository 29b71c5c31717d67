/**
 * The element's styles: theme defaults on `:host`, then one sheet per view. Nothing here reaches
 * outside the shadow root.
 *
 * Custom properties (defaults on `:host`, light and dark by `prefers-color-scheme`; a page sets
 * any of them on the element and wins over both):
 * @cssproperty [--zoom-session-font=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - font family
 * @cssproperty [--zoom-session-bg=#ffffff] - background (dark: #16191d)
 * @cssproperty [--zoom-session-fg=#1b1f24] - text (dark: #e6edf3)
 * @cssproperty [--zoom-session-muted=#59636e] - secondary text: hints, participant states (dark: #9aa5b1)
 * @cssproperty [--zoom-session-surface=#f3f5f7] - buttons, panels, the level meter's track (dark: #22272e)
 * @cssproperty [--zoom-session-border=#6e7781] - borders of inputs and buttons, 3:1 or more against the background (dark: #7d8590)
 * @cssproperty [--zoom-session-accent=#0b5cff] - primary buttons, the active speaker, the level meter (dark: #4c8dff)
 * @cssproperty [--zoom-session-accent-fg=#ffffff] - text on the accent (dark: #0b0d10)
 * @cssproperty [--zoom-session-danger=#c62828] - problems, errors, the Leave button, "off" icons (dark: #ff7b72)
 * @cssproperty [--zoom-session-danger-fg=#ffffff] - text on the danger color (dark: #0b0d10)
 * @cssproperty [--zoom-session-focus=var(--zoom-session-accent)] - the focus ring
 * @cssproperty [--zoom-session-tile-bg=#1f2328] - tiles without video, the preview's frame (dark: #0d1117)
 * @cssproperty [--zoom-session-tile-fg=#ffffff] - text on video tiles
 * @cssproperty [--zoom-session-radius=8px] - corner radius (controls use half of it)
 * @cssproperty [--zoom-session-gap=8px] - spacing unit between fields and controls
 * @cssproperty [--zoom-session-tile-gap=var(--zoom-session-gap)] - spacing between video tiles
 *
 * Parts, for the element's JSDoc (every region and every button; a button has the `button` part
 * and its own name, so `::part(button)` styles them all):
 * @csspart prejoin - the pre-join view
 * @csspart preview - the preview area: self-view, toggles, meter, device choices
 * @csspart preview-frame - the box around the self-view
 * @csspart preview-video - the self-view <video> (id "preview-video")
 * @csspart preview-placeholder - what shows instead of the self-view while the camera is off
 * @csspart preview-controls - the preview's toggles and level meter
 * @csspart toggle-button - a camera or microphone toggle of the preview
 * @csspart level-meter - the microphone level meter (role="meter", 0 to 1)
 * @csspart devices - the camera and microphone choices
 * @csspart device-field - one device choice with its label
 * @csspart device-select - a device <select>; also camera-select or microphone-select
 * @csspart camera-select - the camera <select>
 * @csspart microphone-select - the microphone <select>
 * @csspart form - the pre-join form
 * @csspart field - one labelled input with its hint and problem
 * @csspart label - the label of a field
 * @csspart hint - a field's hint (the passcode's limit)
 * @csspart input - an input of the form
 * @csspart problem - a field's problem, or the page's problems in an alert
 * @csspart button - every button
 * @csspart join-button - the Join button (its label is the join-label slot)
 * @csspart progress - the joining (or leaving) view
 * @csspart spinner - the progress spinner (still under prefers-reduced-motion)
 * @csspart progress-text - the current step in words (aria-live)
 * @csspart cancel-button - Cancel, while joining
 * @csspart stage - the call view
 * @csspart banner - the connection status (role="status"; shown while reconnecting or leaving)
 * @csspart video-grid - the <video-player-container> holding the tiles
 * @csspart tile - one participant's tile; also tile-self, tile-speaking
 * @csspart tile-self - this browser's own tile
 * @csspart tile-speaking - the active speaker's tile
 * @csspart video-slot - where the engine puts a participant's <video-player>
 * @csspart self-view-container - this browser's own <video-player-container>, inside its tile, when the SDK cannot render several videos in one
 * @csspart avatar - initials in a circle (tiles, preview, participants panel)
 * @csspart tile-name - a participant's name on their tile
 * @csspart controls - the call's control bar
 * @csspart control-button - a button of the control bar
 * @csspart microphone-button - the microphone toggle (preview and control bar)
 * @csspart camera-button - the camera toggle (preview and control bar)
 * @csspart participants-button - the participants panel toggle
 * @csspart leave-button - Leave
 * @csspart participants-panel - the participants panel
 * @csspart panel-title - the panel's title with the count
 * @csspart participant-list - the list of participants
 * @csspart participant - one participant in the panel
 * @csspart participant-state - a participant's microphone and camera, in words
 * @csspart host-badge - the Host badge
 * @csspart error - the error view
 * @csspart error-icon - the error's icon
 * @csspart error-message - what went wrong
 * @csspart error-hint - what to do next
 * @csspart error-actions - the error's buttons
 * @csspart retry-button - Try again (retryable failures only)
 * @csspart edit-button - Edit (input problems only)
 * @csspart back-button - Back
 * @csspart error-details - the Details disclosure for page authors
 * @csspart error-summary - its summary ("Details")
 * @csspart left - the view after leaving
 * @csspart left-message - why the participant is out of the session
 * @csspart left-detail - that the camera and microphone are off
 * @csspart rejoin-button - Rejoin
 *
 * Slots:
 * @slot header - above the pre-join form and preview
 * @slot join-label - the Join button's label (default "Join", or the language's word)
 *
 * The layout follows the element's own width (container queries on the host), from 320 px up:
 * - 40rem and wider: preview and form side by side;
 * - 48rem and wider: the participants panel beside the videos instead of under them;
 * - under 22rem: the control bar shows icons only (the buttons keep their names).
 */
import { css } from 'lit';

export const themeStyles = css`
  :host {
    --zoom-session-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --zoom-session-bg: #ffffff;
    --zoom-session-fg: #1b1f24;
    --zoom-session-muted: #59636e;
    --zoom-session-surface: #f3f5f7;
    --zoom-session-border: #6e7781;
    --zoom-session-accent: #0b5cff;
    --zoom-session-accent-fg: #ffffff;
    --zoom-session-danger: #c62828;
    --zoom-session-danger-fg: #ffffff;
    --zoom-session-focus: var(--zoom-session-accent);
    --zoom-session-tile-bg: #1f2328;
    --zoom-session-tile-fg: #ffffff;
    --zoom-session-radius: 8px;
    --zoom-session-gap: 8px;
    --zoom-session-tile-gap: var(--zoom-session-gap);

    display: block;
    box-sizing: border-box;
    min-inline-size: min(20rem, 100%);
    container-type: inline-size;
    color-scheme: light;
    font-family: var(--zoom-session-font);
    line-height: 1.4;
    color: var(--zoom-session-fg);
    background: var(--zoom-session-bg);
    border-radius: var(--zoom-session-radius);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --zoom-session-bg: #16191d;
      --zoom-session-fg: #e6edf3;
      --zoom-session-muted: #9aa5b1;
      --zoom-session-surface: #22272e;
      --zoom-session-border: #7d8590;
      --zoom-session-accent: #4c8dff;
      --zoom-session-accent-fg: #0b0d10;
      --zoom-session-danger: #ff7b72;
      --zoom-session-danger-fg: #0b0d10;
      --zoom-session-tile-bg: #0d1117;
      color-scheme: dark;
    }
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  p {
    margin: 0;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .view {
    display: grid;
    gap: calc(var(--zoom-session-gap) * 2);
    padding: calc(var(--zoom-session-gap) * 2);
  }
  .icon {
    width: 1.5em;
    height: 1.5em;
    flex: none;
  }

  /* Controls */
  button,
  input {
    font: inherit;
    color: inherit;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--zoom-session-gap);
    min-height: 44px;
    min-width: 44px;
    padding: 8px 16px;
    cursor: pointer;
    border: 1px solid var(--zoom-session-border);
    border-radius: calc(var(--zoom-session-radius) / 2);
    background: var(--zoom-session-surface);
    color: var(--zoom-session-fg);
    font-weight: 600;
  }
  button.primary,
  button[part~='join-button'] {
    border-color: transparent;
    background: var(--zoom-session-accent);
    color: var(--zoom-session-accent-fg);
  }
  button[disabled],
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: default;
  }
  .toggle[aria-pressed='false'] .icon {
    color: var(--zoom-session-danger);
  }
  input {
    min-width: 0;
    min-height: 44px;
    padding: 8px 10px;
    background: var(--zoom-session-bg);
    border: 1px solid var(--zoom-session-border);
    border-radius: calc(var(--zoom-session-radius) / 2);
  }
  input[aria-invalid='true'] {
    border-color: var(--zoom-session-danger);
    border-width: 2px;
  }
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--zoom-session-focus);
    outline-offset: 2px;
  }
  .avatar {
    display: grid;
    place-items: center;
    width: 2.5rem;
    aspect-ratio: 1;
    border-radius: 50%;
    background: var(--zoom-session-accent);
    color: var(--zoom-session-accent-fg);
    font-weight: 700;
    line-height: 1;
    user-select: none;
  }
`;

export const prejoinStyles = css`
  .prejoin-body {
    display: grid;
    gap: calc(var(--zoom-session-gap) * 2);
    align-items: start;
    width: 100%;
    max-width: 72rem;
    margin-inline: auto;
  }
  @container (min-width: 40rem) {
    .prejoin-body.with-preview {
      grid-template-columns: minmax(0, 3fr) minmax(15rem, 2fr);
    }
    /* Nothing to fill in: the preview with Join under it, not a lone button in a column. */
    .prejoin-body.with-preview.no-fields {
      grid-template-columns: minmax(0, 40rem);
      justify-content: center;
    }
  }
  form {
    display: grid;
    gap: calc(var(--zoom-session-gap) * 1.5);
  }
  .field {
    display: grid;
    gap: 4px;
  }
  label {
    font-weight: 600;
  }
  .hint {
    color: var(--zoom-session-muted);
    font-size: 0.875em;
  }
  .problem {
    color: var(--zoom-session-danger);
    font-size: 0.875em;
    margin: 0;
  }
  .preview {
    display: grid;
    gap: var(--zoom-session-gap);
  }
  .preview-frame {
    position: relative;
    aspect-ratio: 16 / 9;
    overflow: hidden;
    border-radius: var(--zoom-session-radius);
    background: var(--zoom-session-tile-bg);
    color: var(--zoom-session-tile-fg);
  }
  .preview-frame video {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
    /* A self-view is a mirror, as people expect. */
    transform: scaleX(-1);
  }
  .placeholder {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--zoom-session-gap);
    padding: var(--zoom-session-gap);
    text-align: center;
  }
  .placeholder .icon {
    width: 2.5rem;
    height: 2.5rem;
  }
  .placeholder .avatar {
    width: 4rem;
    font-size: 1.5rem;
  }
  .preview-controls {
    display: grid;
    /* Its toggles' height before they render, after the first paint. */
    min-height: 44px;
    grid-template-columns: auto auto minmax(5rem, 1fr);
    align-items: center;
    gap: var(--zoom-session-gap);
  }
  @container (max-width: 26rem) {
    .preview-controls {
      grid-template-columns: 1fr 1fr;
    }
    .preview-controls .toggle {
      min-width: 0;
      padding-inline: 8px;
    }
  }

`;

/** High contrast: the form's avatar keeps its outline (the call's rules are in styles/motion.styles.ts). */
export const formContrastStyles = css`
  @media (forced-colors: active) {
    .avatar {
      border: 1px solid CanvasText;
    }
  }
`;

/** The sheets of the form: what the element adopts from the start (the call's come with the call). */
export const styles = [themeStyles, prejoinStyles, formContrastStyles];
