/**
 * The preview's level meter and device choices (views/preview-extras.ts), and the controls only
 * the call's views render (selects, danger buttons, disclosure summaries): they come with the call
 * chunk, so the form's first chunk carries none of them.
 */
import { css } from 'lit';

export const previewExtrasStyles = css`
  select {
    min-width: 0;
    min-height: 44px;
    padding: 8px 10px;
    font: inherit;
    color: inherit;
    background: var(--zoom-session-bg);
    border: 1px solid var(--zoom-session-border);
    border-radius: calc(var(--zoom-session-radius) / 2);
  }
  select:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--zoom-session-focus);
    outline-offset: 2px;
  }
  button.danger {
    border-color: transparent;
    background: var(--zoom-session-danger);
    color: var(--zoom-session-danger-fg);
  }
  @container (max-width: 26rem) {
    .meter {
      grid-column: 1 / -1;
    }
  }
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
