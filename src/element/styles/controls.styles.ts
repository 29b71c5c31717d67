/**
 * The control bar (views/stage.ts, with the share and chat buttons of views/share.ts and
 * views/chat.ts). On a narrow element the buttons show their icons only: under 22rem for the four
 * buttons of a call without share and chat, under 36rem for six, so they fit in 320 px; seven
 * (with Raise hand) fit there too, closer together, and a longer bar wraps.
 */
import { css, type CSSResult } from 'lit';

const bar = css`
  .controls {
    display: flex;
    justify-content: center;
    gap: var(--zoom-session-gap);
  }
  .control {
    position: relative;
    flex: 0 1 7.5rem;
    min-width: 44px;
    flex-direction: column;
    gap: 2px;
    padding: 6px 4px;
    font-size: 0.8125em;
  }
  .control .label,
  .control .label-row {
    max-width: 100%;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .control .count {
    font-weight: 400;
  }
`;

/**
 * Icons only, written once for the bars `controls` selects: the labels stay as the buttons' names
 * (hidden from sight only), the participant count becomes a badge in the button's corner.
 */
const iconsOnly = (controls: CSSResult) => css`
  ${controls} .control .label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  ${controls} .control .label-row {
    overflow: visible;
  }
  ${controls} .control .count {
    position: absolute;
    top: 2px;
    right: 2px;
    min-width: 1.25rem;
    padding: 0 4px;
    border-radius: 999px;
    background: var(--zoom-session-accent);
    color: var(--zoom-session-accent-fg);
    font-size: 0.6875rem;
    font-weight: 700;
    line-height: 1.25rem;
  }
`;

const ALL = css`.controls`;
/** A bar with six buttons (share, chat). */
const SIX = css`.controls:has(.share-button, .chat-button)`;

export const controlsStyles = [
  bar,
  css`
    @container (max-width: 22rem) {
      .control {
        flex: 0 0 auto;
        width: 3.25rem;
      }
      ${iconsOnly(ALL)}
    }
  `,
  css`
    @container (max-width: 36rem) {
      ${SIX} {
        gap: 4px;
      }
      ${SIX} > .control {
        flex: 1 1 0;
        width: auto;
        min-width: 44px;
        max-width: 4rem;
      }
      ${iconsOnly(SIX)}
    }
  `,
  // Seven buttons and more (raised hands, share, chat): closer together under 22rem, and a bar
  // that still cannot fit wraps rather than overflow.
  css`
    .controls {
      flex-wrap: wrap;
      row-gap: 4px;
    }
    @container (max-width: 36rem) {
      .controls:has(#hand-button) {
        column-gap: 2px;
      }
      .controls:has(#hand-button) > .control {
        min-width: 36px;
      }
    }
  `,
];
