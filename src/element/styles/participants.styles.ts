/** The participants panel's list (views/stage.ts): names, host badge, microphone and camera states. */
import { css } from 'lit';

export const participantsStyles = css`
  .participant-list {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .participant {
    display: flex;
    align-items: center;
    gap: var(--zoom-session-gap);
    padding-block: 6px;
  }
  .participant + .participant {
    border-top: 1px solid color-mix(in srgb, var(--zoom-session-border) 40%, transparent);
  }
  .participant .avatar {
    flex: none;
    width: 2.25rem;
    font-size: 0.875rem;
  }
  .participant-text {
    display: grid;
    min-width: 0;
  }
  .participant-name {
    display: flex;
    align-items: center;
    gap: 6px;
    min-width: 0;
  }
  /* The whole name, wrapped where it must (the tiles, with less room, cut it short). */
  .participant-name .name {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .badge {
    flex: none;
    padding: 0 6px;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--zoom-session-accent);
    font-size: 0.75em;
    font-weight: 600;
  }
  .participant-state {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 12px;
    color: var(--zoom-session-muted);
    font-size: 0.8125em;
  }
  .state {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .state .icon {
    width: 1.2em;
    height: 1.2em;
  }
  .state.off .icon {
    color: var(--zoom-session-danger);
  }
`;
