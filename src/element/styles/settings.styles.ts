/*
 * The settings panel (views/settings-panel.ts). Parts:
 * @csspart settings-button - the Settings toggle (preview controls, control bar)
 * @csspart settings-panel - the panel (id "settings-panel")
 * @csspart settings-header - its title and Close
 * @csspart settings-close-button - Close
 * @csspart settings-group - one group of choices (devices, background, sound, video)
 * @csspart settings-select - a device choice
 * @csspart settings-test-sound - Play a test sound
 * @csspart settings-backgrounds - the background choices
 * @csspart settings-background - one background choice
 * @csspart settings-file - the label of the own image's file input
 * @csspart settings-hint - what a choice does
 * @csspart settings-why - why a choice is not available here
 * @csspart settings-check - one on/off choice
 * @csspart settings-preview - before joining, the camera with the chosen background
 */
import { css } from 'lit';

export const settingsStyles = css`
  .settings-panel {
    display: grid;
    gap: var(--zoom-session-gap);
    align-content: start;
    min-width: 0;
    padding: var(--zoom-session-gap);
    border: 1px solid var(--zoom-session-border);
    border-radius: var(--zoom-session-radius, 8px);
    background: var(--zoom-session-bg);
    color: var(--zoom-session-fg);
  }
  .stage .settings-panel {
    grid-area: panel;
    margin-top: calc(var(--zoom-session-gap) * 1.5);
  }
  @container (min-width: 48rem) {
    .stage.with-panel .settings-panel {
      align-self: start;
      margin-top: 0;
    }
    /*
     * Beside a share the panel goes under the videos, apart from them as the other panels are, and
     * takes the height left there (at least 16rem), scrolling inside: a panel taller than the share
     * would push the control bar under it, far from the share.
     */
    .share-layout.sharing .stage.with-panel .settings-panel {
      margin-top: calc(var(--zoom-session-gap) * 1.5);
      align-self: stretch;
      contain: size;
      min-height: 16rem;
      overflow-y: auto;
    }
  }
  .settings-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--zoom-session-gap);
  }
  .settings-header h2 {
    margin: 0;
    font-size: 1.0625em;
  }
  .settings-close {
    min-width: 44px;
    min-height: 44px;
  }
  .settings-group {
    display: grid;
    gap: calc(var(--zoom-session-gap) * 0.75);
    margin: 0;
    padding: calc(var(--zoom-session-gap) * 0.75) 0 0;
    border: 0;
    border-top: 1px solid var(--zoom-session-surface);
    min-width: 0;
  }
  .settings-group legend {
    padding: 0;
    font-weight: 600;
  }
  .settings-group select {
    width: 100%;
  }
  .settings-test {
    justify-self: start;
  }
  .backgrounds {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(5.5rem, 1fr));
    gap: calc(var(--zoom-session-gap) * 0.5);
  }
  .background-choice {
    position: relative;
    display: grid;
    gap: 4px;
    justify-items: center;
    padding: 4px;
    border: 1px solid var(--zoom-session-border);
    border-radius: 6px;
    font-size: 0.875em;
    cursor: pointer;
  }
  .background-choice input {
    position: absolute;
    z-index: 1;
    inset: 6px auto auto 6px;
    margin: 0;
  }
  .background-choice:has(input:checked) {
    outline: 2px solid var(--zoom-session-accent);
    outline-offset: 1px;
  }
  .background-choice:has(input:focus-visible) {
    outline: 3px solid var(--zoom-session-accent);
    outline-offset: 2px;
  }
  .swatch {
    width: 100%;
    aspect-ratio: 16 / 9;
    border-radius: 4px;
    background: var(--zoom-session-surface);
  }
  .swatch-blur {
    background: radial-gradient(circle at 50% 60%, #8a8f98 0 22%, transparent 40%), linear-gradient(135deg, #c9d6df, #7b8794);
    filter: blur(1.5px);
  }
  .swatch-dusk {
    background: linear-gradient(160deg, #2b1055, #7597de 55%, #f6a97a);
  }
  .swatch-sea {
    background: linear-gradient(160deg, #0b3d5c, #1f7a8c 55%, #a8dadc);
  }
  .swatch-paper {
    background: linear-gradient(160deg, #f4efe6, #e9e1d3 55%, #d8cbb5);
  }
  .swatch-own,
  .swatch-page {
    background: repeating-linear-gradient(45deg, var(--zoom-session-surface) 0 6px, transparent 6px 12px);
  }
  fieldset:disabled .background-choice {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .settings-file {
    justify-self: start;
  }
  .settings-hint,
  .settings-why {
    margin: 0;
    color: var(--zoom-session-muted);
    font-size: 0.875em;
  }
  .settings-why {
    color: var(--zoom-session-fg);
  }
  .settings-check {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 8px;
    align-items: center;
  }
  .settings-check input {
    width: 20px;
    height: 20px;
    margin: 0;
  }
  .settings-check .settings-hint {
    grid-column: 2;
  }
  .settings-check input:disabled + label {
    color: var(--zoom-session-muted);
  }
  .settings-check + .settings-why {
    padding-inline-start: 28px;
  }
  .settings-preview {
    max-width: 36rem;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    border-radius: 6px;
    background: #000;
  }
  .preview-settings {
    display: flex;
    justify-content: flex-start;
  }
`;
