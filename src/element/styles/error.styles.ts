/** The error view (views/error.ts): message, hint, actions and the Details disclosure. */
import { css } from 'lit';

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
  /* Messages can come from a page's own token provider, addresses and all: they wrap anywhere. */
  .error-text {
    display: grid;
    gap: 4px;
    overflow-wrap: anywhere;
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
  /* Narrow: each label above its value, so the values keep the width. */
  @container (max-width: 30rem) {
    dl {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    dl > div + div > dt {
      margin-top: 6px;
    }
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
