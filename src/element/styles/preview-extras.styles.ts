/** The preview's level meter and device choices (views/preview-extras.ts). */
import { css } from 'lit';

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
