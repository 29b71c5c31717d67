/**
 * Who is seen where in a crowd (issue 12): tile order, pages, speaker view and the default layout.
 * Which videos to attach and at what quality is in `render-budget.ts`; the roster index in
 * `participant-index.ts`. Pure: no SDK, no DOM, no timers; time comes in as `now` (ms).
 *
 * SDK behaviour followed (wave-2 SDK notes, section 2):
 * - `getMaxRenderableVideos()` is 25, 9, 4 or 1 by device and mode, **undefined before `init()`**
 *   has loaded the media library, and counts remote videos only (self is rendered apart, in its own
 *   container, as Zoom's sample does). So people passed here are the *others*; self is not a tile.
 *
 * Choices and reasons:
 * - Order: spotlighted, active speaker, recent speakers (latest first), camera on, then name
 *   (`Intl.Collator`, base sensitivity, numeric), user id last so the order is total.
 * - Stability (`StableGalleryOrder`): a full re-sort happens at most every `HOLD_MS` = 5 s (longer
 *   than a typical turn in a discussion, shorter than the time a newcomer waits to be placed). Even
 *   then, a tile that stays on its page keeps its slot; only page membership changes. Inside the
 *   hold, positions stay put, except that an active speaker who is off the first page is swapped
 *   with the least important tile of the first page (swap, not insert, so nobody else shifts).
 *   A spotlight change re-sorts at once: it is a deliberate act of the host.
 * - Tiles per page = the render budget, but at least `MIN_TILES_PER_PAGE` = 4: with a budget of 1
 *   (no cross-origin isolation, common on event pages) one tile per page would mean 1,000 pages;
 *   four tiles with one video attached (the most important) reads better. Avatars cost no budget.
 * - Default layout: gallery while all others fit on one page, speaker view above that (paging
 *   through a gallery should be a choice, not what one lands in). With a budget of 25 the
 *   threshold is 25 others; on a phone (9), 9.
 */

import { renderBudget } from './render-budget.js';

export const HOLD_MS = 5_000;
export const MIN_TILES_PER_PAGE = 4;

export interface GalleryPerson {
  readonly userId: number;
  readonly name: string;
  readonly cameraOn: boolean;
  readonly isHost?: boolean | undefined;
  readonly isManager?: boolean | undefined;
  readonly spotlighted?: boolean | undefined;
  /** `now` of the last `active-speaker` event that named this person. */
  readonly lastSpokeAt?: number | undefined;
}

/** Tiles on one gallery page, or in speaker view (big tile plus strip), for a budget. */
export function tilesPerPage(budget: number): number {
  return Math.max(renderBudget(budget), MIN_TILES_PER_PAGE);
}

function tier(p: GalleryPerson, activeSpeakerId: number | undefined): number {
  if (p.spotlighted) return 0;
  if (p.userId === activeSpeakerId) return 1;
  if (p.lastSpokeAt !== undefined) return 2;
  return p.cameraOn ? 3 : 4;
}

/** The gallery comparator: negative when `a` comes first. */
export function galleryComparator(
  activeSpeakerId: number | undefined,
  locale?: string,
): (a: GalleryPerson, b: GalleryPerson) => number {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return comparatorWith(activeSpeakerId, (a, b) => collator.compare(a, b));
}

function comparatorWith(
  activeSpeakerId: number | undefined,
  compareNames: (a: string, b: string) => number,
): (a: GalleryPerson, b: GalleryPerson) => number {
  return (a, b) => {
    const ta = tier(a, activeSpeakerId);
    const tb = tier(b, activeSpeakerId);
    if (ta !== tb) return ta - tb;
    if (ta === 2 && a.lastSpokeAt !== b.lastSpokeAt) return (b.lastSpokeAt ?? 0) - (a.lastSpokeAt ?? 0);
    return compareNames(a.name, b.name) || a.userId - b.userId;
  };
}

/** The participants panel order: hosts, then managers, then everyone by name. */
export function panelComparator(locale?: string): (a: GalleryPerson, b: GalleryPerson) => number {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const rank = (p: GalleryPerson) => (p.isHost ? 0 : p.isManager ? 1 : 2);
  return (a, b) => rank(a) - rank(b) || collator.compare(a.name, b.name) || a.userId - b.userId;
}

export interface OrderInput {
  readonly activeSpeakerId: number | undefined;
  readonly now: number;
  /** Tiles per page (`tilesPerPage(budget)`); the active speaker is kept within the first page. */
  readonly pageSize: number;
}

/** The gallery order with held positions. One instance per view; `update` on every change. */
export class StableGalleryOrder {
  private held: number[] | undefined;
  private heldAt = 0;
  private spotKey = '';
  private readonly holdMs: number;
  private readonly collator: Intl.Collator;
  /** Names seen, in collation order, and their rank (collation-equal names share one): a 1,000
   * person sort then compares numbers, and the collator runs only when a new name arrives. */
  private readonly names: string[] = [];
  /** Whether `names[i]` collates equal to `names[i - 1]` (kept beside `names`, so re-ranking needs no collator). */
  private readonly sameAsPrevious: boolean[] = [];
  private readonly nameRank = new Map<string, number>();

  constructor(options: { holdMs?: number; locale?: string } = {}) {
    this.holdMs = options.holdMs ?? HOLD_MS;
    this.collator = new Intl.Collator(options.locale, { sensitivity: 'base', numeric: true });
  }

  private rankNames(people: readonly GalleryPerson[]): void {
    let added = false;
    for (const { name } of people) {
      if (this.nameRank.has(name)) continue;
      let lo = 0;
      let hi = this.names.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.collator.compare(this.names[mid]!, name) <= 0) lo = mid + 1;
        else hi = mid;
      }
      this.names.splice(lo, 0, name);
      this.sameAsPrevious.splice(lo, 0, lo > 0 && this.collator.compare(this.names[lo - 1]!, name) === 0);
      if (lo + 1 < this.names.length) this.sameAsPrevious[lo + 1] = this.collator.compare(name, this.names[lo + 1]!) === 0;
      this.nameRank.set(name, -1);
      added = true;
    }
    if (!added) return;
    // Ranks again in one pass of integers: the collator ran only for the names just placed.
    let rank = 0;
    for (let i = 0; i < this.names.length; i++) {
      if (!this.sameAsPrevious[i]) rank = i;
      this.nameRank.set(this.names[i]!, rank);
    }
  }

  /** Forget held positions (layout switch, rejoin): the next update sorts from scratch. */
  reset(): void {
    this.held = undefined;
  }

  /** The user ids of `people` in display order. */
  update(people: readonly GalleryPerson[], input: OrderInput): number[] {
    const { activeSpeakerId, now } = input;
    const pageSize = Math.max(1, Math.floor(input.pageSize));
    const byId = new Map(people.map((p) => [p.userId, p]));
    const unique = [...byId.values()];
    this.rankNames(unique);
    const rank = this.nameRank;
    const compare = comparatorWith(activeSpeakerId, (a, b) => rank.get(a)! - rank.get(b)!);
    const spotKey = unique
      .filter((p) => p.spotlighted)
      .map((p) => p.userId)
      .sort((a, b) => a - b)
      .join();
    const expired = this.held === undefined || now - this.heldAt >= this.holdMs || now < this.heldAt;

    let order: number[];
    if (expired || spotKey !== this.spotKey) {
      const ideal = unique.sort(compare).map((p) => p.userId);
      order = this.held === undefined || spotKey !== this.spotKey ? ideal : settle(this.held, ideal, pageSize, byId);
      this.heldAt = now;
      this.spotKey = spotKey;
    } else {
      const present = new Set<number>();
      order = this.held!.filter((id) => byId.has(id) && !present.has(id) && present.add(id));
      const newcomers = unique.filter((p) => !present.has(p.userId)).sort(compare);
      for (const p of newcomers) order.push(p.userId);
      promote(order, activeSpeakerId, pageSize, byId, compare);
    }
    this.held = order;
    return [...order];
  }
}

/** Keep each tile in its old slot when it stays on the same page; fill freed slots in ideal order. */
function settle(
  previous: readonly number[],
  ideal: readonly number[],
  pageSize: number,
  byId: ReadonlyMap<number, GalleryPerson>,
): number[] {
  const held = previous.filter((id) => byId.has(id));
  const result: number[] = [];
  const placed = new Set<number>();
  for (let start = 0; start < ideal.length; start += pageSize) {
    const end = Math.min(start + pageSize, ideal.length);
    const members = new Set(ideal.slice(start, end));
    const slots: Array<number | undefined> = [];
    for (let i = start; i < end; i++) {
      const id = held[i];
      const keep = id !== undefined && members.has(id) && !placed.has(id);
      slots.push(keep ? id : undefined);
      if (keep) placed.add(id);
    }
    const queue = ideal.slice(start, end).filter((id) => !placed.has(id));
    for (const slot of slots) {
      const id = slot ?? queue.shift()!;
      placed.add(id);
      result.push(id);
    }
  }
  // Spotlighted people lead the ideal order; keep them first, in that order.
  const spot = ideal.filter((id) => byId.get(id)?.spotlighted);
  return spot.length === 0 ? result : [...spot, ...result.filter((id) => !byId.get(id)?.spotlighted)];
}

/** Swap an active speaker who is off the first page with the first page's least important tile. */
function promote(
  order: number[],
  activeSpeakerId: number | undefined,
  pageSize: number,
  byId: ReadonlyMap<number, GalleryPerson>,
  compare: (a: GalleryPerson, b: GalleryPerson) => number,
): void {
  if (activeSpeakerId === undefined) return;
  const at = order.indexOf(activeSpeakerId);
  if (at < pageSize) return;
  let victim = -1;
  for (let i = 0; i < Math.min(pageSize, order.length); i++) {
    const p = byId.get(order[i]!)!;
    if (p.spotlighted) continue;
    if (victim < 0 || compare(p, byId.get(order[victim]!)!) > 0) victim = i;
  }
  if (victim < 0) return;
  [order[victim], order[at]] = [order[at]!, order[victim]!];
}

export interface PageInfo {
  /** 0-based page, clamped into range; show `page + 1` "of" `pageCount`. */
  readonly page: number;
  /** At least 1, also for an empty list. */
  readonly pageCount: number;
  /** Slice bounds into the ordered list: `order.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
}

/** The page to show for `requestedPage`, clamped when the list has shrunk. */
export function pageInfo(total: number, pageSize: number, requestedPage: number): PageInfo {
  const size = Math.max(1, Math.floor(pageSize));
  const count = Math.max(0, Math.floor(total));
  const pageCount = Math.max(1, Math.ceil(count / size));
  const wanted = Number.isFinite(requestedPage) ? Math.floor(requestedPage) : 0;
  const page = Math.min(Math.max(wanted, 0), pageCount - 1);
  return { page, pageCount, start: page * size, end: Math.min(page * size + size, count) };
}

export interface SpeakerView {
  /** The big tile: first spotlighted, else the active speaker, else the first camera-on person. */
  readonly main: number | undefined;
  /** Recent speakers and camera-on people in the given order, at most `tiles - 1`. */
  readonly strip: number[];
}

/** Speaker view from people already in display order (`StableGalleryOrder` output). */
export function speakerView(
  ordered: readonly GalleryPerson[],
  activeSpeakerId: number | undefined,
  tiles: number,
): SpeakerView {
  const main =
    ordered.find((p) => p.spotlighted)?.userId ??
    ordered.find((p) => p.userId === activeSpeakerId)?.userId ??
    ordered.find((p) => p.cameraOn)?.userId;
  const strip = ordered
    .filter((p) => p.userId !== main && (p.userId === activeSpeakerId || p.lastSpokeAt !== undefined || p.cameraOn))
    .slice(0, Math.max(0, Math.floor(tiles) - 1))
    .map((p) => p.userId);
  return { main, strip };
}

/** The layout a session starts in: gallery while the others fit on one page. */
export function defaultLayout(othersCount: number, pageSize: number): 'speaker' | 'gallery' {
  return othersCount > Math.max(1, pageSize) ? 'speaker' : 'gallery';
}
