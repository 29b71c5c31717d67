/**
 * The shape of each participant's video (issue 14), so a phone's portrait camera is shown whole in
 * its tile instead of cropped to a sliver.
 *
 * The SDK says it with `video-aspect-ratio-change`, `{userId, aspectRatio}` (d.ts and 2.5.0 bundle:
 * `aspectRatio` is width / height, a number, emitted when the rendered ratio differs from the
 * stream's by more than 0.2). Below `PORTRAIT_BELOW` = 0.9 a video counts as portrait (a square one
 * is shown like a landscape one: cropping a square to 16:9 loses little). A user who leaves is
 * forgotten; a user whose video goes off keeps their ratio (the same phone comes back the same way).
 */
import { Slice, type SdkListeners } from './slice.js';

export const PORTRAIT_BELOW = 0.9;

export class AspectSlice extends Slice {
  private ratios = new Map<number, number>();

  override sdkListeners(): SdkListeners {
    return { 'video-aspect-ratio-change': this.onRatio, 'user-removed': this.onRemoved };
  }

  /** The participant's video ratio (width / height) as the SDK last said it, if it did. */
  ratio(userId: number): number | undefined {
    return this.ratios.get(userId);
  }

  /** Whether this participant's video is taller than wide (show it whole: contain, not cover). */
  portrait(userId: number): boolean {
    return (this.ratios.get(userId) ?? 16 / 9) < PORTRAIT_BELOW;
  }

  private readonly onRatio = (payload: unknown) => {
    const { userId, aspectRatio } = (payload ?? {}) as { userId?: unknown; aspectRatio?: unknown };
    if (typeof userId !== 'number' || typeof aspectRatio !== 'number' || !(aspectRatio > 0) || !Number.isFinite(aspectRatio)) return;
    const was = this.portrait(userId);
    this.ratios.set(userId, aspectRatio);
    if (this.portrait(userId) !== was) this.core.update();
  };

  private readonly onRemoved = (payload: unknown) => {
    for (const user of Array.isArray(payload) ? (payload as Array<{ userId?: unknown }>) : []) {
      if (typeof user?.userId === 'number') this.ratios.delete(user.userId);
    }
  };

  override reset(): void {
    this.ratios = new Map();
  }
}
