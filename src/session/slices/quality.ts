/**
 * Connection quality (issue 14): follows `network-quality-change` (`{userId, type, level}`, the
 * bundle emits it only on change and only for users with video on) into the pure, smoothed
 * `NetworkQuality` (`network-quality.ts`), and tells this participant when their own link stays
 * poor: a sticky `connection-poor` notice with a "Turn camera off" button, withdrawn once the link
 * has been fine for a while or the camera goes off. A user who leaves or turns their video off is
 * forgotten (`user-removed`, `user-updated` with `bVideoOn: false`), since the SDK then goes silent
 * and silence means "unchanged". `levelOf(userId)` gives the smoothed level for a tile's bars.
 *
 * Time: `clock()` (Date.now unless a test sets it), and a timer at `nextChangeAt` so the notice and
 * falling bars change with no event; `tick()` is what the timer runs.
 */
import { NetworkQuality, type ShownQuality } from './network-quality.js';
import type { Notifier } from './notices.js';
import { Slice, type SdkListeners, type SliceCore } from './slice.js';

export class QualitySlice extends Slice {
  /** The time source (ms); a test may replace it. */
  clock: () => number = () => Date.now();
  private model = new NetworkQuality();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private noticeShown = false;

  constructor(
    core: SliceCore,
    private readonly notices: Notifier,
    /** Turns this browser's camera off (the notice's button). */
    private readonly cameraOff: () => unknown,
  ) {
    super(core);
  }

  override sdkListeners(): SdkListeners {
    return { 'network-quality-change': this.onQuality, 'user-removed': this.onRemoved, 'user-updated': this.onUpdated };
  }

  override joined(): void {
    this.model.setSelf(this.selfId());
  }

  /** The smoothed levels of a user now (for a tile's bars). */
  levelOf(userId: number): ShownQuality {
    return this.model.shown(userId, this.clock());
  }

  /** Whether the poor-connection notice is up. */
  get poor(): boolean {
    return this.noticeShown;
  }

  private selfId(): number | undefined {
    try {
      return this.core.joined?.users().self?.userId;
    } catch {
      return undefined;
    }
  }

  private readonly onQuality = (payload: unknown) => {
    const userId = (payload as { userId?: unknown } | null)?.userId;
    const before = typeof userId === 'number' ? this.levelOf(userId).level : undefined;
    if (!this.model.receive(payload, this.clock())) return;
    // A dip the smoothing hides changes nothing on the screen: no render (a crowd sends many).
    this.tick(typeof userId !== 'number' || this.levelOf(userId).level !== before);
  };

  private readonly onRemoved = (payload: unknown) => {
    for (const user of Array.isArray(payload) ? (payload as Array<{ userId?: unknown }>) : []) {
      if (typeof user?.userId === 'number') this.model.clear(user.userId, this.clock());
    }
    this.tick();
  };

  private readonly onUpdated = (payload: unknown) => {
    for (const user of Array.isArray(payload) ? (payload as Array<{ userId?: unknown; bVideoOn?: unknown }>) : []) {
      if (typeof user?.userId === 'number' && user.bVideoOn === false) this.model.clear(user.userId, this.clock());
    }
    this.tick();
  };

  /** Brings the notice up to date and sets the timer for the next change; renders unless told nothing shows. */
  tick(render = true): void {
    const now = this.clock();
    const poor = this.model.poorNotice(now);
    if (poor !== this.noticeShown) {
      this.noticeShown = poor;
      if (poor) {
        this.notices.notify('connection-poor', { sticky: true, actions: { 'camera-off': this.cameraOff } });
      } else {
        this.notices.withdraw('connection-poor');
      }
    }
    clearTimeout(this.timer);
    this.timer = undefined;
    const next = this.model.nextChangeAt(now);
    if (next !== undefined) this.timer = setTimeout(() => this.tick(), Math.max(0, next - now));
    if (render) this.core.update();
  }

  override reset(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.noticeShown = false;
    this.model = new NetworkQuality();
  }
}
