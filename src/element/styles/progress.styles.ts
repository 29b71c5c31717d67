/** Joining (views/joining.ts) and the view after leaving (views/left.ts): centred, with the spinner. */
import { css } from 'lit';

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
