/*
 * Cloud recording (views/recording.ts): a small bar above the stage with the red "Recording" badge
 * and, for a host, the recording buttons. Parts are listed in the view.
 */
import { css } from 'lit';

export const recordingStyles = css`
  .recording {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--zoom-session-gap) / 2) var(--zoom-session-gap);
  }
  .recording-indicator {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.2em 0.7em;
    border-radius: 999px;
    background: #b3261e;
    color: #fff;
    font-weight: 600;
    font-size: 0.875em;
  }
  .recording.paused .recording-indicator {
    background: var(--zoom-session-surface);
    color: inherit;
    border: 1px solid var(--zoom-session-border);
  }
  .recording-dot {
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: currentColor;
  }
  .recording-controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--zoom-session-gap) / 2);
  }
  .recording-button {
    padding-block: 0.25em;
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .recording-indicator {
      border: 1px solid CanvasText;
    }
  }
`;
