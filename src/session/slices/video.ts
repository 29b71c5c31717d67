/**
 * Videos on the screen: which participant's video is attached in which container. The element asks
 * after every render (`attach`); this slice decides, attaches once, and takes a video away when it
 * stops, when its participant leaves and when the session ends.
 *
 * The render budget lives here: `mayRender` is where an attach is decided. The SDK renders at most
 * `getMaxRenderableVideos()` videos (25, 9 or 1) and refuses more with `VIDEO_RENDER_LIMIT_EXCEED`;
 * today a refusal is remembered (not asked again on every render, not reported) until a place
 * frees. Choosing which videos get the places (the speaker, the page of a gallery) goes in
 * `mayRender` too.
 */
import { toSessionError } from '../errors.js';
import type { ParticipantInfo } from '../types.js';
import { VIDEO_QUALITY_720P, isRenderLimit, type VideoPlayer, type ZoomClient } from '../zoom-client.js';
import { quietly } from '../async.js';
import { Slice, type SliceCore, type TeardownStep } from './slice.js';

/** Why a video is not rendered although its participant sends one. */
type Unrendered = 'limit' | 'failed';

export class VideoSlice extends Slice {
  private readonly players = new Map<number, VideoPlayer>();
  private readonly attaching = new Map<number, Promise<void>>();
  /** Videos whose attach failed: not tried again on every render. */
  private readonly unrendered = new Map<number, Unrendered>();

  /** @param hasVideo whether a participant is in the session with video on (the roster) */
  constructor(
    core: SliceCore,
    private readonly hasVideo: (userId: number) => boolean,
  ) {
    super(core);
  }

  /** The user ids whose video shows now. */
  get attached(): number[] {
    return [...this.players.keys()];
  }

  /**
   * Shows a participant's video (this browser's own too) in `container`, which must be, or be
   * inside, a `<video-player-container>`. Does nothing when not in a session, when that video is
   * off or may not render, or when it already shows there.
   */
  async attach(userId: number, container: HTMLElement): Promise<void> {
    const zoom = this.core.joined;
    if (!this.core.inSession || !zoom || !this.mayRender(userId)) return;
    const current = this.players.get(userId);
    if (current && current.parentElement === container && current.isConnected) return;
    const pending = this.attaching.get(userId);
    if (pending) return pending;
    const work = (async () => {
      if (current) await this.detach(userId);
      try {
        const player = await zoom.attachVideo(userId, VIDEO_QUALITY_720P);
        const stillWanted =
          this.core.inSession && this.core.joined === zoom && container.isConnected && this.hasVideo(userId);
        if (!stillWanted) {
          await quietly(() => zoom.detachVideo(userId, player));
          player.remove();
          return;
        }
        container.append(player);
        this.players.set(userId, player);
      } catch (error) {
        // Past the render cap is no problem to report (the tile shows the name); any other failure
        // is said once. Either way the next render does not ask again.
        const limit = isRenderLimit(error);
        this.unrendered.set(userId, limit ? 'limit' : 'failed');
        if (!limit) this.core.report(toSessionError(error, { stage: 'join' }));
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
    player.remove();
    // A place under the render cap is free: the videos refused for the cap may try again.
    for (const [id, why] of this.unrendered) if (why === 'limit') this.unrendered.delete(id);
    const zoom = this.core.joined;
    if (zoom) await quietly(() => zoom.detachVideo(userId, player));
  }

  /** The roster changed: videos that stopped (or whose participant left) go. */
  sync(list: readonly ParticipantInfo[]): void {
    const showing = (userId: number) => list.some((p) => p.userId === userId && p.videoOn);
    for (const userId of this.players.keys()) if (!showing(userId)) void this.detach(userId);
    // A video that stopped is tried afresh when it starts again.
    for (const userId of this.unrendered.keys()) if (!showing(userId)) this.unrendered.delete(userId);
  }

  /**
   * The render budget: whether `userId`'s video may be attached now. Today: its video is on and
   * its last attach did not fail. The crowd issue decides here which videos get the places.
   */
  private mayRender(userId: number): boolean {
    return this.hasVideo(userId) && !this.unrendered.has(userId);
  }

  /** Every video off the screen now; each detached from the SDK before it is left. */
  override release(): TeardownStep[] {
    const players = [...this.players];
    this.players.clear();
    this.attaching.clear();
    this.unrendered.clear();
    for (const [, player] of players) player.remove();
    return players.map(([userId, player]) => (zoom: ZoomClient) => zoom.detachVideo(userId, player));
  }
}
