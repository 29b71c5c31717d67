/**
 * Videos on the screen: which participant's video is attached in which container, at what quality.
 * The element hands over the tiles it shows after every render (`show`), in priority order; this
 * slice decides which get video under the render budget, attaches once, and takes a video away when
 * it stops, when it leaves the screen (a page turned, a layout switched), when its participant
 * leaves, while the tab is hidden, and when the session ends.
 *
 * The render budget (issue 12; `render-budget.ts` holds the pure rules):
 * - never more remote videos attached than `getMaxRenderableVideos()` (read at every plan: it is
 *   `undefined` before `init()` and changes with the mode); this browser's own video is rendered
 *   apart and does not count, as in the bundle;
 * - an attach that fails is remembered (`unrendered`) and not asked again by the next render; a
 *   cap refusal (`VIDEO_RENDER_LIMIT_EXCEED`, 6111) is no participant-facing error; it may try again
 *   once a place frees. Nor is a refusal for a video the SDK sees off (`STREAM_MISMATCH_USER`,
 *   6001: `peer-video-state-change` came ahead of the SDK's user list); it, and any other failure,
 *   is tried again when that camera's state changes;
 * - the SDK keeps subscriptions alive in a hidden tab (it only logs "Still subscribing videos after
 *   switching to background"): on `visibilitychange` to hidden every remote video is detached, and
 *   the element renders again (and so attaches again) when the tab is shown;
 * - quality by tile size (`qualityForTile`): 720p only for a large tile, 360p, else 180p; a size
 *   change re-attaches into the same `<video-player>`, which the SDK turns into a quality change.
 */
import { toSessionError } from '../errors.js';
import type { ParticipantInfo } from '../types.js';
import type { ZoomClient } from '../zoom-client.js';
import { VIDEO_QUALITY_720P, isRenderLimit, type VideoPlayer, type VideoQuality } from '../zoom-sdk.js';
import { quietly } from '../async.js';
import { diffAttachments, isVideoNotSent, planAttachments, qualityForTile, renderBudget } from './render-budget.js';
import { Slice, type SliceCore, type TeardownStep } from './slice.js';

/** Why a video is not rendered although its participant sends one (the SDK said it is off: 'off'). */
type Unrendered = 'limit' | 'off' | 'failed';

/** A tile the element shows, with the container for its video and its size in CSS pixels. */
export interface VideoTile {
  readonly userId: number;
  readonly container: HTMLElement;
  readonly width: number;
  readonly height: number;
  /** The one big tile (speaker view's main tile). */
  readonly large?: boolean | undefined;
}

export class VideoSlice extends Slice {
  private readonly players = new Map<number, VideoPlayer>();
  private readonly quality = new Map<number, VideoQuality>();
  private readonly attaching = new Map<number, Promise<void>>();
  /** Videos whose attach failed: not tried again on every render. */
  private readonly unrendered = new Map<number, Unrendered>();
  private hidden = false;

  /**
   * @param hasVideo whether a participant is in the session with video on (the roster)
   * @param isSelf whether a user id is this browser's own participant
   */
  constructor(
    core: SliceCore,
    private readonly hasVideo: (userId: number) => boolean,
    private readonly isSelf: (userId: number) => boolean = () => false,
  ) {
    super(core);
  }

  /** The user ids whose video shows now. */
  get attached(): number[] {
    return [...this.players.keys()];
  }

  /** The render budget now: `getMaxRenderableVideos()`, or 4 before the SDK knows it. */
  get budget(): number {
    let max: number | undefined;
    try {
      max = this.core.joined?.maxRenderableVideos();
    } catch {
      max = undefined;
    }
    return renderBudget(max);
  }

  /**
   * Whether this browser's own video wants a `<video-player-container>` of its own: the SDK says it
   * cannot render several videos in one (`isSupportMultipleVideos()` false: WebAssembly video
   * without cross-origin isolation), and the d.ts recommends self-view apart then. Read at each
   * render once joined, as the budget is (false before `init()` has loaded the media library).
   */
  get selfViewApart(): boolean {
    const zoom = this.core.joined;
    if (!zoom) return false;
    try {
      return !zoom.supportsMultipleVideos();
    } catch {
      return false;
    }
  }

  override joined(): void {
    this.hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  /**
   * The tiles on the screen now, most important first: attaches the videos that fit the budget (at
   * the quality for their size) and detaches every other remote video. This browser's own video
   * always shows when its tile does.
   */
  show(tiles: readonly VideoTile[]): void {
    if (!this.core.inSession || !this.core.joined) return;
    const own = tiles.filter((t) => this.isSelf(t.userId));
    const others = tiles.filter((t) => !this.isSelf(t.userId));
    const wanted = planAttachments(
      others.map((t) => ({ userId: t.userId, cameraOn: this.hasVideo(t.userId) })),
      { budget: this.budget, failed: this.unrendered, hidden: this.hidden },
    );
    const remote = [...this.players.keys()].filter((id) => !this.isSelf(id));
    const { detach } = diffAttachments(remote, wanted);
    for (const id of detach) void this.detach(id);
    const byId = new Map(tiles.map((t) => [t.userId, t]));
    for (const id of [...own.map((t) => t.userId), ...wanted]) {
      const tile = byId.get(id)!;
      void this.attach(id, tile.container, qualityForTile({ ...tile, large: tile.large === true }) as VideoQuality);
    }
  }

  /**
   * Shows a participant's video (this browser's own too) in `container`, which must be, or be
   * inside, a `<video-player-container>`. Does nothing when not in a session, when that video is
   * off or may not render, or when it already shows there at that quality.
   */
  async attach(userId: number, container: HTMLElement, quality: VideoQuality = VIDEO_QUALITY_720P): Promise<void> {
    const zoom = this.core.joined;
    if (!this.core.inSession || !zoom || !this.mayRender(userId)) return;
    const current = this.players.get(userId);
    const inPlace = current !== undefined && current.parentElement === container && current.isConnected;
    if (inPlace && this.quality.get(userId) === quality) return;
    const pending = this.attaching.get(userId);
    if (pending) return pending;
    const work = (async () => {
      if (current && !inPlace) await this.detach(userId);
      try {
        const player = await zoom.attachVideo(userId, quality, inPlace ? current : undefined);
        this.quality.set(userId, quality);
        if (inPlace) return;
        const stillWanted =
          this.core.inSession && this.core.joined === zoom && container.isConnected && this.hasVideo(userId) && !this.hidden;
        if (!stillWanted) {
          await quietly(() => zoom.detachVideo(userId, player));
          player.remove();
          return;
        }
        container.append(player);
        this.players.set(userId, player);
      } catch (error) {
        // Past the render cap is no problem to report (the tile shows the name), nor a video the SDK
        // does not see yet (6001: it is tried again when that camera's state changes); any other
        // failure is said once. Either way the next render does not ask again.
        const why: Unrendered = isRenderLimit(error) ? 'limit' : isVideoNotSent(error) ? 'off' : 'failed';
        this.unrendered.set(userId, why);
        if (why === 'failed') this.core.report(toSessionError(error, { stage: 'join' }));
      }
    })().finally(() => {
      if (this.attaching.get(userId) === work) this.attaching.delete(userId);
    });
    this.attaching.set(userId, work);
    return work;
  }

  /** Stops showing a participant's video. */
  async detach(userId: number): Promise<void> {
    const player = this.players.get(userId);
    if (!player) return;
    this.players.delete(userId);
    this.quality.delete(userId);
    player.remove();
    // A place under the render cap is free: the videos refused for the cap may try again.
    for (const [id, why] of this.unrendered) if (why === 'limit') this.unrendered.delete(id);
    const zoom = this.core.joined;
    if (zoom) await quietly(() => zoom.detachVideo(userId, player));
  }

  /**
   * A participant's camera started or stopped: a failed attach deserves a new try, at the next
   * render (asked for here: the roster may not change, when it heard of the camera first).
   */
  forget(userId: number): void {
    if (this.unrendered.delete(userId) && this.core.inSession) this.core.update();
  }

  /** The roster changed: videos that stopped (or whose participant left) go. */
  sync(list: readonly ParticipantInfo[]): void {
    const on = new Set(list.filter((p) => p.videoOn).map((p) => p.userId));
    for (const userId of this.players.keys()) if (!on.has(userId)) void this.detach(userId);
    // A video that stopped is tried afresh when it starts again.
    for (const userId of this.unrendered.keys()) if (!on.has(userId)) this.unrendered.delete(userId);
  }

  /**
   * The render budget's seam: whether `userId`'s video may be attached now. Its video is on, its
   * last attach did not fail, and the tab is shown (this browser's own video shows either way).
   * Which videos get the places is `show`'s plan.
   */
  private mayRender(userId: number): boolean {
    return this.hasVideo(userId) && !this.unrendered.has(userId) && (!this.hidden || this.isSelf(userId));
  }

  private readonly onVisibility = () => {
    const hidden = document.visibilityState === 'hidden';
    if (hidden === this.hidden) return;
    this.hidden = hidden;
    if (hidden) {
      for (const id of [...this.players.keys()]) if (!this.isSelf(id)) void this.detach(id);
    } else {
      // Shown again: the element renders, and its `show` attaches what is on the screen.
      this.unrendered.clear();
      this.core.update();
    }
  };

  /** Every video off the screen now; each detached from the SDK before it is left. */
  override release(): TeardownStep[] {
    document.removeEventListener('visibilitychange', this.onVisibility);
    const players = [...this.players];
    this.players.clear();
    this.quality.clear();
    this.attaching.clear();
    this.unrendered.clear();
    this.hidden = false;
    for (const [, player] of players) player.remove();
    return players.map(([userId, player]) => (zoom: ZoomClient) => zoom.detachVideo(userId, player));
  }
}
