/**
 * Connection quality per participant (issue 14): smoothed signal bars per tile, and for this
 * participant a "your connection is poor" notice that does not flap. Pure: no SDK, no DOM, no
 * timers; time comes in as `now` (ms, never going backwards).
 *
 * SDK behaviour followed (wave-2 SDK notes, section 4 "Network quality"): `network-quality-change`
 * is `{userId, type: 'uplink' | 'downlink', level}` with `level` 0-5 (0-1 bad, 2 normal, 3-5 good;
 * the SDK filters out -1). It is emitted **only on change** and only for users with video on (it
 * reflects video quality); downlink only while at least one other video is subscribed; other
 * users' uplink comes from the server. So a level holds until the next event, and silence means
 * "unchanged", not "recovered": the caller must `clear` a user whose video goes off or who leaves,
 * or their last level would stay forever.
 *
 * Choices and reasons:
 * - Bars rise at once and fall slowly: the level shown is the highest level the user had at any
 *   moment of the last `DROP_HOLD_MS` = 4 s. A one-second dip does not flash the bars; a real
 *   drop shows after 4 s. Rising fast tells good news without delay, which never flickers.
 * - A tile's level is the lower of the known smoothed uplink and downlink (what limits the video).
 * - The self notice comes on when the lower of self's raw levels has been bad (0-1) for
 *   `NOTICE_AFTER_MS` = 5 s, and goes off only after `NOTICE_CLEAR_AFTER_MS` = 10 s without being
 *   bad: the longer way out is the hysteresis, so a link hovering between 1 and 2 keeps one notice
 *   up rather than flapping it. It goes off at once when self is cleared (camera off: the advice
 *   was followed, and the SDK stops reporting).
 * - `nextChangeAt(now)` tells the caller when to look again (its own timer), since bars can fall
 *   and the notice can change with no event.
 */

export const DROP_HOLD_MS = 4_000;
export const NOTICE_AFTER_MS = 5_000;
export const NOTICE_CLEAR_AFTER_MS = 10_000;
const BAD_MAX = 1;

export type LinkDirection = 'uplink' | 'downlink';
export type QualityBand = 'bad' | 'normal' | 'good';

/** 0-1 bad, 2 normal, 3-5 good, as the SDK documents the levels. */
export function qualityBand(level: number): QualityBand {
  return level <= BAD_MAX ? 'bad' : level === 2 ? 'normal' : 'good';
}

export interface ShownQuality {
  readonly uplink: number | undefined;
  readonly downlink: number | undefined;
  /** The lower of the two known levels; `undefined` when nothing is known (show no bars). */
  readonly level: number | undefined;
}

interface Step {
  readonly level: number;
  readonly at: number;
}

export class NetworkQuality {
  /** Per user, per direction: level changes, oldest first, pruned to what the window needs. */
  private readonly history = new Map<number, Partial<Record<LinkDirection, Step[]>>>();
  private selfId: number | undefined;
  private selfBad: boolean | undefined;
  private selfBandSince = 0;
  private notice = false;

  /** Which user is this participant (for the notice). Known after join. */
  setSelf(userId: number | undefined): void {
    if (userId === this.selfId) return;
    this.selfId = userId;
    this.selfBad = undefined;
    this.notice = false;
  }

  /** Takes one `network-quality-change` payload. Returns whether it was understood. */
  receive(payload: unknown, now: number): boolean {
    if (typeof payload !== 'object' || payload === null) return false;
    const { userId, type, level } = payload as Record<string, unknown>;
    if (typeof userId !== 'number' || (type !== 'uplink' && type !== 'downlink')) return false;
    if (typeof level !== 'number' || !Number.isInteger(level) || level < 0 || level > 5) return false;
    if (userId === this.selfId) this.advance(now);
    const user = this.history.get(userId) ?? {};
    const steps = user[type] ?? [];
    if (steps.at(-1)?.level !== level) steps.push({ level, at: now });
    user[type] = prune(steps, now);
    this.history.set(userId, user);
    if (userId === this.selfId) this.selfLevelChanged(now);
    return true;
  }

  /** Forget a user (video off, left). For self this also takes the notice down. */
  clear(userId: number, now: number): void {
    this.history.delete(userId);
    if (userId === this.selfId) {
      this.selfBad = undefined;
      this.notice = false;
      this.selfBandSince = now;
    }
  }

  /** The smoothed levels to show for a user at `now`. */
  shown(userId: number, now: number): ShownQuality {
    const user = this.history.get(userId);
    const uplink = smoothed(user?.uplink, now);
    const downlink = smoothed(user?.downlink, now);
    const known = [uplink, downlink].filter((v): v is number => v !== undefined);
    return { uplink, downlink, level: known.length > 0 ? Math.min(...known) : undefined };
  }

  /** Whether to show "your connection is poor, turning your camera off may help". */
  poorNotice(now: number): boolean {
    this.advance(now);
    return this.notice;
  }

  /** The next time a shown level or the notice changes if no event comes, if ever. */
  nextChangeAt(now: number): number | undefined {
    const times: number[] = [];
    for (const user of this.history.values()) {
      for (const steps of [user.uplink, user.downlink]) {
        if (!steps) continue;
        const current = smoothed(steps, now);
        const leaves = steps.map((s) => s.at + DROP_HOLD_MS).filter((at) => at > now);
        const change = leaves.find((at) => smoothed(steps, at) !== current);
        if (change !== undefined) times.push(change);
      }
    }
    this.advance(now);
    if (this.selfBad === true && !this.notice) times.push(this.selfBandSince + NOTICE_AFTER_MS);
    if (this.selfBad === false && this.notice) times.push(this.selfBandSince + NOTICE_CLEAR_AFTER_MS);
    return times.length > 0 ? Math.min(...times) : undefined;
  }

  private selfLevelChanged(now: number): void {
    const user = this.history.get(this.selfId!);
    const raw = [user?.uplink?.at(-1)?.level, user?.downlink?.at(-1)?.level].filter(
      (v): v is number => v !== undefined,
    );
    const bad = raw.length > 0 && Math.min(...raw) <= BAD_MAX;
    if (bad !== this.selfBad) {
      this.selfBad = bad;
      this.selfBandSince = now;
    }
    this.advance(now);
  }

  /** Apply the notice transitions due by `now` (band changes only happen in `receive`). */
  private advance(now: number): void {
    if (this.selfBad === undefined) return;
    const held = now - this.selfBandSince;
    if (!this.notice && this.selfBad && held >= NOTICE_AFTER_MS) this.notice = true;
    else if (this.notice && !this.selfBad && held >= NOTICE_CLEAR_AFTER_MS) this.notice = false;
  }
}

/** The highest level held at any moment of (now - DROP_HOLD_MS, now]. */
function smoothed(steps: readonly Step[] | undefined, now: number): number | undefined {
  if (!steps || steps.length === 0) return undefined;
  let best = steps.at(-1)!.level;
  for (let i = steps.length - 2; i >= 0; i--) {
    // Step i lasted until step i + 1 began; it counts if that was inside the window.
    if (steps[i + 1]!.at <= now - DROP_HOLD_MS) break;
    best = Math.max(best, steps[i]!.level);
  }
  return best;
}

/** Drops steps that ended before the window; the current one always stays. */
function prune(steps: Step[], now: number): Step[] {
  let first = 0;
  while (first < steps.length - 1 && steps[first + 1]!.at <= now - DROP_HOLD_MS) first++;
  return first === 0 ? steps : steps.slice(first);
}
