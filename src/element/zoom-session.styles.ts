import { css } from 'lit';

export const styles = css`
  :host {
    --zoom-session-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --zoom-session-bg: #ffffff;
    --zoom-session-fg: #1b1f24;
    --zoom-session-muted: #59636e;
    --zoom-session-accent: #0b5cff;
    --zoom-session-accent-fg: #ffffff;
    --zoom-session-danger: #c62828;
    --zoom-session-border: #d0d7de;
    --zoom-session-radius: 8px;
    --zoom-session-gap: 8px;

    display: block;
    box-sizing: border-box;
    font-family: var(--zoom-session-font);
    color: var(--zoom-session-fg);
    background: var(--zoom-session-bg);
    border-radius: var(--zoom-session-radius);
    container-type: inline-size;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --zoom-session-bg: #16191d;
      --zoom-session-fg: #e6edf3;
      --zoom-session-muted: #9aa5b1;
      --zoom-session-accent: #4c8dff;
      --zoom-session-accent-fg: #0b0d10;
      --zoom-session-danger: #ff7b72;
      --zoom-session-border: #3a424b;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  form {
    display: grid;
    gap: calc(var(--zoom-session-gap) * 1.5);
    padding: calc(var(--zoom-session-gap) * 2);
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
  input {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--zoom-session-border);
    border-radius: calc(var(--zoom-session-radius) / 2);
    padding: 8px 10px;
    min-width: 0;
  }
  input[aria-invalid='true'] {
    border-color: var(--zoom-session-danger);
  }
  .problem {
    color: var(--zoom-session-danger);
    font-size: 0.875em;
    margin: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
    border: 0;
    border-radius: calc(var(--zoom-session-radius) / 2);
    padding: 10px 16px;
    background: var(--zoom-session-accent);
    color: var(--zoom-session-accent-fg);
    font-weight: 600;
  }
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--zoom-session-accent);
    outline-offset: 2px;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: default;
  }
`;
