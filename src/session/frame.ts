/**
 * One render per animation frame for the slices' changes (issue 12: "updates batched per frame").
 *
 * Lit's `requestUpdate` coalesces the changes of one task (it renders in a microtask), but the SDK
 * delivers a plenary one websocket message, so one task, at a time: 30 `user-added`,
 * `user-updated` or `active-speaker` messages rendered 30 times. The slices' `update()` goes
 * through a `FrameBatch` instead, which asks the host once, at the next animation frame, however
 * many tasks asked in between. What does not come in bursts does not wait: the core's own state
 * changes (joining, joined, left, failed, an error) and `refresh()`, which follows this browser's
 * own action (a toggle, a host control, its own media), render at once with `now()`, which drops
 * the frame asked for: that render covers it.
 *
 * Hidden tabs run no `requestAnimationFrame`, so a timer stands in: whichever of the frame or
 * `FRAME_FALLBACK_MS` comes first renders (browsers slow the timer to about once a second in a
 * hidden tab, where nothing is seen anyway), and the session never stalls. Both are cancelled
 * together; the core cancels what is pending when it is disposed, so nothing is left running.
 */

/** Runs `run` once, later (never synchronously), and returns what cancels it. */
export type FrameScheduler = (run: () => void) => () => void;

/** The longest a slice's change waits for its render when no frame comes (a hidden tab). */
export const FRAME_FALLBACK_MS = 100;

/** The next animation frame, or `FRAME_FALLBACK_MS` if that comes first; once either way. */
export const nextFrame: FrameScheduler = (run) => {
  let frame: number | undefined;
  const cancel = () => {
    clearTimeout(timer);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
  const fire = () => {
    cancel();
    run();
  };
  const timer = setTimeout(fire, FRAME_FALLBACK_MS);
  if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(fire);
  return cancel;
};

/** Calls `run` at most once per frame however often `request()` is called. */
export class FrameBatch {
  private scheduled = false;
  private cancelFrame: () => void = () => undefined;

  constructor(
    private readonly run: () => void,
    private readonly schedule: FrameScheduler = nextFrame,
  ) {}

  /** True while a run is asked for and has not happened yet. */
  get pending(): boolean {
    return this.scheduled;
  }

  /** Runs at the next frame (once, however many requests come before it). */
  request(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.cancelFrame = this.schedule(() => {
      this.scheduled = false;
      this.run();
    });
  }

  /** Runs now, for what must not wait, and drops the pending frame: this run covers it. */
  now(): void {
    this.cancel();
    this.run();
  }

  /** Drops the pending run, if any (the session is over, the host is gone). */
  cancel(): void {
    if (!this.scheduled) return;
    this.scheduled = false;
    this.cancelFrame();
  }
}
