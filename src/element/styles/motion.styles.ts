/**
 * Reduced motion and high contrast for the call's views, last in the call's sheets so they win
 * over the rules before them. (The form's own, for its avatar, loads with the form.)
 */
import { css } from 'lit';

export const callMotionStyles = css`
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
    .meter-fill {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .meter-fill {
      background: Highlight;
    }
    .badge,
    .tile-name {
      border: 1px solid CanvasText;
    }
    .tile.speaking::after {
      border-color: Highlight;
    }
    .spinner {
      border-top-color: Highlight;
    }
  }
`;
