/*
 * Live captions (views/captions.ts), a tile's connection bars (views/quality.ts) and portrait
 * videos. Parts are listed in the views.
 *
 * Captions are white on near-black in both color schemes (the contrast of broadcast captions, and
 * readable over any video), at least 1rem and growing with the element, two lines high, over the
 * bottom of the videos (over the share while someone shares).
 *
 * @cssproperty [--zoom-session-caption-bg=#000000d9] - the caption box's background, both schemes (black at 85 %)
 * @cssproperty [--zoom-session-caption-fg=#ffffff] - caption text
 * @cssproperty [--zoom-session-caption-scale=1] - caption text size, as a factor of the default (1rem on a narrow element to 1.625rem on a wide one)
 */
import { css } from 'lit';

export const captionsStyles = css`
  .captions {
    grid-area: videos;
    align-self: end;
    justify-self: center;
    z-index: 3;
    width: max-content;
    max-width: min(100% - 2 * var(--zoom-session-gap), 52rem);
    margin-bottom: calc(var(--zoom-session-gap) * 2 + 1.75rem);
    padding: 0.25em 0.6em;
    border-radius: calc(var(--zoom-session-radius) / 2);
    background: var(--zoom-session-caption-bg, #000000d9);
    color: var(--zoom-session-caption-fg, #ffffff);
    font-size: calc(var(--zoom-session-caption-scale, 1) * clamp(1rem, 0.75rem + 1.4cqi, 1.625rem));
    line-height: 1.35;
    overflow-wrap: anywhere;
    pointer-events: none;
  }
  .share-layout.sharing .captions {
    grid-area: share;
    margin-bottom: calc(var(--zoom-session-gap) * 2);
  }
  /* Two text lines high: the newest words stay at the bottom, older ones leave at the top. */
  .caption-text {
    display: flex;
    flex-direction: column;
    justify-content: flex-end;
    max-height: calc(2 * 1.35em);
    overflow: hidden;
  }
  .caption-line {
    flex: none;
  }
  .caption-speaker {
    font-weight: 700;
  }
  .captions-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--zoom-session-gap) / 2) calc(var(--zoom-session-gap) * 1.5);
    font-size: 0.875em;
  }
  .captions-bar.after-call,
  .captions-bar.after-call .transcript-downloads {
    justify-content: center;
  }
  .captions-bar.after-call {
    padding: 0 calc(var(--zoom-session-gap) * 2) calc(var(--zoom-session-gap) * 2);
  }
  .caption-field,
  .transcript-downloads {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--zoom-session-gap) / 2);
    min-width: 0;
  }
  .caption-field select {
    max-width: 100%;
    min-height: 2.25rem;
    padding: 4px 8px;
  }
  .caption-field-label {
    color: var(--zoom-session-muted);
  }
  .transcript-buttons {
    display: inline-flex;
    gap: calc(var(--zoom-session-gap) / 2);
  }
  .transcript-download {
    padding-block: 0.25em;
  }
  .tile-quality {
    position: absolute;
    inset-block-start: 8px;
    inset-inline-end: 8px;
    z-index: 1;
    display: inline-flex;
    align-items: flex-end;
    gap: 2px;
    height: 1.25rem;
    padding: 3px 5px;
    border-radius: 4px;
    background: rgb(0 0 0 / 0.65);
  }
  .tile-quality .bar {
    width: 4px;
    border-radius: 1px;
    background: rgb(255 255 255 / 0.35);
  }
  .tile-quality .bar:nth-child(1) {
    height: 35%;
  }
  .tile-quality .bar:nth-child(2) {
    height: 65%;
  }
  .tile-quality .bar:nth-child(3) {
    height: 100%;
  }
  .tile-quality .bar.lit {
    background: #7ee787;
  }
  .tile-quality.normal .bar.lit {
    background: #ffd54f;
  }
  .tile-quality.bad .bar.lit {
    background: #ff8a80;
  }
  /*
   * A portrait camera (a phone held upright) shows whole: the SDK's <video-player> gets the video's
   * own ratio (--video-aspect, set by the call view from video-aspect-ratio-change), full height,
   * centred; a plain <video> is contained. Contain, not cover.
   */
  .tile.portrait .video-slot video-player {
    width: auto;
    max-width: 100%;
    aspect-ratio: var(--video-aspect, 9 / 16);
    margin-inline: auto;
  }
  .tile.portrait .video-slot video {
    object-fit: contain;
    background: var(--zoom-session-tile-bg);
  }
  /*
   * The bands beside it take the tile's colour from a shadow of the player, not from a background:
   * in WebAssembly mode the SDK may draw the video on a canvas beneath the tile.
   */
  .tile.portrait .video-slot video-player {
    box-shadow: 0 0 0 100vmax var(--zoom-session-tile-bg);
  }
  .tile.portrait .video-slot {
    overflow: hidden;
  }
  /* Captions on: pressed like an open panel's button (off is no fault: no red icon, unlike a muted microphone). */
  .captions-toggle[aria-pressed='true'] {
    border-color: var(--zoom-session-accent);
    background: color-mix(in srgb, var(--zoom-session-accent) 14%, var(--zoom-session-surface));
  }
  @media (forced-colors: active) {
    .captions-toggle[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
    .captions {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .tile-quality {
      border: 1px solid CanvasText;
    }
    .tile-quality .bar {
      background: GrayText;
    }
    .tile-quality .bar.lit {
      background: CanvasText;
    }
  }
`;
