/** Raised hands and host controls (views/hands.ts, views/host-menu.ts). */
import { css } from 'lit';

export const hostStyles = css`
  .host-menu-wrap {
    position: relative;
    margin-inline-start: auto;
  }
  .host-menu-button {
    min-width: 2.75rem;
    min-height: 2.75rem;
    border: 1px solid var(--zoom-session-border);
    border-radius: var(--zoom-session-radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .panel-tools .host-menu-button {
    padding-inline: 0.75rem;
  }
  .host-menu-pop {
    position: absolute;
    inset-inline-end: 0;
    z-index: 5;
    min-width: 14rem;
    max-width: min(20rem, 80vw);
    padding: 4px;
    border: 1px solid var(--zoom-session-border);
    border-radius: var(--zoom-session-radius);
    background: var(--zoom-session-bg);
    color: var(--zoom-session-fg);
    box-shadow: 0 6px 24px rgb(0 0 0 / 25%);
  }
  .host-menu {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .host-menu-item {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 0;
    border-radius: 6px;
    background: transparent;
    color: inherit;
    font: inherit;
    display: flex;
    align-items: center;
    justify-content: flex-start;
    text-align: start;
    cursor: pointer;
  }
  .host-menu-item:hover {
    background: var(--zoom-session-surface);
  }
  .host-menu-item:focus-visible {
    outline: 2px solid var(--zoom-session-focus);
    outline-offset: -2px;
  }
  .host-menu-item.destructive {
    color: var(--zoom-session-danger);
    font-weight: 600;
  }
  .host-menu-confirm {
    margin: 0.5rem 0.75rem;
  }
  .panel-tools {
    display: grid;
    gap: var(--zoom-session-gap);
    margin-block-end: var(--zoom-session-gap);
  }
  .panel-tools > .host-menu-wrap {
    margin-inline-start: 0;
    justify-self: start;
  }
  .raised-hands {
    padding: 0.5rem 0.75rem;
    border-radius: var(--zoom-session-radius);
    background: color-mix(in srgb, var(--zoom-session-accent) 12%, transparent);
  }
  .raised-hands-title {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  .raised-list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .hand {
    display: inline-flex;
    color: var(--zoom-session-accent);
  }
  .hand svg,
  .hand-icon svg {
    width: 1.25em;
    height: 1.25em;
  }
  .tile .hand {
    position: absolute;
    inset-block-start: 8px;
    inset-inline-start: 8px;
    padding: 2px 6px;
    border-radius: 999px;
    background: rgb(0 0 0 / 65%);
    color: #ffd54f;
  }
  .leave-choice {
    position: absolute;
    inset-block-end: 5rem;
    inset-inline-end: var(--zoom-session-gap);
    z-index: 6;
    display: grid;
    gap: 6px;
    padding: 8px;
    border: 1px solid var(--zoom-session-border);
    border-radius: var(--zoom-session-radius);
    background: var(--zoom-session-bg);
    box-shadow: 0 6px 24px rgb(0 0 0 / 25%);
    min-width: min(18rem, 90%);
  }
  .leave-choice .control {
    width: 100%;
    max-width: none;
  }
`;
