/**
 * The render budget (issue 12): which remote videos to attach, what to do with failed attaches, and
 * what quality to ask for by tile size. Pure: no SDK, no DOM, no timers.
 *
 * SDK behaviour followed (wave-2 SDK notes, section 2 and "Surprises" 2):
 * - `getMaxRenderableVideos()` is 25, 9, 4 or 1 by device and mode, **undefined before `init()`**
 *   has loaded the media library, and counts remote videos only (self is rendered apart).
 * - `attachVideo` rejects past the cap (6111) and for a user whose video is off (6001): attach only
 *   camera-on users, never more than the budget, and never retry one that failed until its camera
 *   changes (the caller forgets it then). `detachVideo` frees budget, so detach before attaching.
 * - Hidden tabs: the SDK keeps subscriptions alive (it only logs "Still subscribing videos after
 *   switching to background"), so nothing is attached while hidden.
 * - `VideoQuality`: 1 = 180p, 2 = 360p, 3 = 720p; Zoom's guidance is 720p for one big tile, 360p
 *   for a 3x3 gallery, 180p for 5x5.
 *
 * Choices: the fallback budget before init is 4, the figure Zoom's sample uses. Tiles are given in
 * priority order (the big tile first, then the page or strip in display order), so when the page
 * holds more camera-on tiles than the budget, the most important ones get video.
 */

export const FALLBACK_RENDER_BUDGET = 4;

/** `STREAM_MISMATCH_USER`: `attachVideo` for a user the SDK does not see sending video. */
export const VIDEO_NOT_SENT = 6001;

/**
 * True when `attachVideo` refused because the SDK's user list says that video is off (6001): the
 * engine heard of the camera before the SDK's store did, or the camera stopped meanwhile. No
 * participant-facing error; tried again when that user's video state changes.
 */
export function isVideoNotSent(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { errorCode?: unknown }).errorCode === VIDEO_NOT_SENT;
}

/** `VideoQuality` values of the SDK, as plain numbers so this module needs no SDK import. */
export const VIDEO_QUALITY = { P180: 1, P360: 2, P720: 3 } as const;
export type TileQuality = (typeof VIDEO_QUALITY)[keyof typeof VIDEO_QUALITY];

/** The render budget from `getMaxRenderableVideos()` (undefined before init: the fallback). */
export function renderBudget(maxRenderable: number | undefined): number {
  if (typeof maxRenderable !== 'number' || !Number.isFinite(maxRenderable) || maxRenderable < 1) {
    return FALLBACK_RENDER_BUDGET;
  }
  return Math.floor(maxRenderable);
}

export interface AttachTile {
  readonly userId: number;
  readonly cameraOn: boolean;
}

/**
 * The user ids whose video should be attached: camera-on tiles in the given (priority) order,
 * skipping failed ones, at most `budget`; none while the tab is hidden.
 */
export function planAttachments(
  visibleTiles: readonly AttachTile[],
  options: { budget: number; failed: { has(userId: number): boolean }; hidden: boolean },
): number[] {
  if (options.hidden) return [];
  const budget = renderBudget(options.budget);
  const wanted: number[] = [];
  for (const tile of visibleTiles) {
    if (wanted.length >= budget) break;
    if (tile.cameraOn && !options.failed.has(tile.userId) && !wanted.includes(tile.userId)) wanted.push(tile.userId);
  }
  return wanted;
}

/** What to detach first (frees budget), then what to attach, to go from `attached` to `wanted`. */
export function diffAttachments(
  attached: Iterable<number>,
  wanted: readonly number[],
): { attach: number[]; detach: number[] } {
  const have = new Set(attached);
  const want = new Set(wanted);
  return { detach: [...have].filter((id) => !want.has(id)), attach: [...want].filter((id) => !have.has(id)) };
}

/** Users whose attach failed: not retried until forgotten (on camera change, page or budget change). */
export class AttachFailures {
  private readonly failed = new Set<number>();
  add(userId: number): void {
    this.failed.add(userId);
  }
  has(userId: number): boolean {
    return this.failed.has(userId);
  }
  /** Call when the user's `bVideoOn` changes: a new camera deserves a new try. */
  forget(userId: number): void {
    this.failed.delete(userId);
  }
  /** Call when the budget, page or layout changes (a cap refusal may not hold any more). */
  clear(): void {
    this.failed.clear();
  }
  get size(): number {
    return this.failed.size;
  }
}

/**
 * Quality to ask for a tile of `width` x `height` CSS pixels. The video's visible height is that of
 * a 16:9 picture fitted in the tile. 720p only for the one large tile when it is at least 360 px
 * high; 360p from 200 px (a 3x3 gallery on a 1280x720 window is about 240 px); else 180p.
 */
export function qualityForTile(tile: { width: number; height: number; large: boolean }): TileQuality {
  const visible = Math.min(tile.height, (tile.width * 9) / 16);
  if (!(visible > 0)) return VIDEO_QUALITY.P180;
  if (tile.large && visible >= 360) return VIDEO_QUALITY.P720;
  return visible >= 200 ? VIDEO_QUALITY.P360 : VIDEO_QUALITY.P180;
}

