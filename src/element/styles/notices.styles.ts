/*
 * The session's notices (views/notices.ts): a column of short messages above the stage, each with
 * its buttons and a close button. Parts are listed in the view.
 */
import { css } from 'lit';

export const noticesStyles = css`
  .notices {
    display: flex;
    flex-direction: column;
    gap: calc(var(--zoom-session-gap) / 2);
  }
  .notices:empty {
    display: none;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--zoom-session-gap);
    padding: var(--zoom-session-gap) calc(var(--zoom-session-gap) * 1.5);
    border: 1px solid var(--zoom-session-border);
    border-inline-start: 4px solid var(--zoom-session-accent);
    border-radius: calc(var(--zoom-session-radius) / 2);
    background: var(--zoom-session-surface);
  }
  .notice-text {
    flex: 1 1 12rem;
    min-width: 0;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .notice-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--zoom-session-gap) / 2);
  }
  .notice-action.primary {
    border-color: transparent;
    background: var(--zoom-session-accent);
    color: var(--zoom-session-accent-fg);
  }
  .notice-dismiss {
    flex: none;
    margin-inline-start: auto;
    padding: 0;
    border-color: transparent;
    background: transparent;
  }
  @media (forced-colors: active) {
    .notice {
      border: 1px solid CanvasText;
    }
  }
`;
