/**
 * Layouts for crowds (issue 12): speaker view and gallery pages, and the bar that switches them.
 * `CrowdLayout` keeps what the participant chose (layout, page) and the held gallery order; it
 * turns the engine's roster into the tiles to show, most important first (the order in which the
 * render budget gives out videos).
 *
 * - Layout: the participant's choice, else the page's `layout` attribute, else by session size:
 *   gallery while everyone else fits on one page (the render budget, 25 on a desktop), speaker
 *   view above (`defaultLayout`).
 * - Gallery: pages of `tilesPerPage(budget)` others, ordered by spotlight, active speaker, recent
 *   speakers, camera on, then name, with positions held for 5 s (`StableGalleryOrder`); this
 *   browser's own tile leads every page and costs no budget.
 * - Speaker view: the spotlighted video, else the active speaker (else the server's active video,
 *   else the first camera on) large, and a strip of at most `STRIP_TILES` recent speakers and
 *   cameras (`NARROW_STRIP_TILES` on a narrow element), own tile last.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  StableGalleryOrder,
  defaultLayout,
  pageInfo,
  speakerView,
  tilesPerPage,
  type GalleryPerson,
  type PageInfo,
} from '../../session/slices/gallery-order.js';
import type { ParticipantInfo } from '../../session/types.js';
import type { CrowdStrings } from '../crowd-strings.js';

export type Layout = 'speaker' | 'gallery';

/** Tiles in speaker view's strip, besides the big one (a strip of 24 would be a gallery). */
export const STRIP_TILES = 6;
/** On a narrow element (a phone): five others and self, two full rows of three tiles big enough for a face and a name. */
export const NARROW_STRIP_TILES = 5;

export const CROWD_IDS = {
  speakerButton: 'layout-speaker',
  galleryButton: 'layout-gallery',
  previousPage: 'page-previous',
  nextPage: 'page-next',
} as const;

/** What the engine says, as the layout reads it (a subset of `SessionController`). */
export interface CrowdSource {
  readonly participants: readonly ParticipantInfo[];
  readonly activeSpeakerId: number | undefined;
  readonly activeVideoId: number | undefined;
  readonly spotlighted: readonly number[];
  readonly lastSpoke: ReadonlyMap<number, number>;
  readonly renderBudget: number;
}

export interface CrowdTiles {
  layout: Layout;
  /** The tiles to show, most important first (the big tile first in speaker view). */
  tiles: ParticipantInfo[];
  /** Speaker view's big tile. */
  main: number | undefined;
  /** Gallery paging (one page in speaker view). */
  page: PageInfo;
}

export function isLayout(value: unknown): value is Layout {
  return value === 'speaker' || value === 'gallery';
}

export class CrowdLayout {
  /** The participant's choice; wins over the page's attribute. */
  chosen: Layout | undefined;
  private requestedPage = 0;
  private readonly order = new StableGalleryOrder();

  /** A new session: the participant's choices and the held order are forgotten. */
  reset(): void {
    this.chosen = undefined;
    this.requestedPage = 0;
    this.order.reset();
  }

  choose(layout: Layout): void {
    if (layout !== this.chosen) this.order.reset();
    this.chosen = layout;
  }

  turn(page: number): void {
    this.requestedPage = page;
  }

  /**
   * @param stripTiles others in speaker view's strip: `STRIP_TILES`, or `NARROW_STRIP_TILES` on a
   *   narrow element
   */
  tiles(source: CrowdSource, attribute: string | null, now = performance.now(), stripTiles = STRIP_TILES): CrowdTiles {
    const all = source.participants;
    const self = all[0]?.isSelf ? all[0] : undefined;
    const others = self ? all.slice(1) : all;
    const pageSize = tilesPerPage(source.renderBudget);
    const layout = this.chosen ?? (isLayout(attribute) ? attribute : defaultLayout(others.length, pageSize));
    const spot = new Set(source.spotlighted);
    const byId = new Map<number, ParticipantInfo>();
    const people = others.map((p): GalleryPerson => {
      byId.set(p.userId, p);
      return {
        userId: p.userId,
        name: p.name,
        cameraOn: p.videoOn,
        isHost: p.isHost,
        spotlighted: spot.has(p.userId),
        lastSpokeAt: source.lastSpoke.get(p.userId),
      };
    });
    const speaking = [source.activeSpeakerId, source.activeVideoId].find((id) => id !== undefined && byId.has(id));
    const ids = this.order.update(people, { activeSpeakerId: speaking, now, pageSize });
    if (layout === 'gallery') {
      const page = pageInfo(ids.length, pageSize, this.requestedPage);
      this.requestedPage = page.page;
      const tiles = ids.slice(page.start, page.end).map((id) => byId.get(id)!);
      return { layout, tiles: self ? [self, ...tiles] : tiles, main: undefined, page };
    }
    const personById = new Map(people.map((p) => [p.userId, p]));
    const view = speakerView(
      ids.map((id) => personById.get(id)!),
      speaking,
      Math.min(pageSize, stripTiles + 1),
    );
    const main = view.main ?? ids[0];
    const tiles = [main, ...view.strip].filter((id): id is number => id !== undefined).map((id) => byId.get(id)!);
    return { layout, tiles: self ? [...tiles, self] : tiles, main, page: pageInfo(1, 1, 0) };
  }
}

export interface LayoutBarActions {
  choose(layout: Layout): void;
  turn(page: number): void;
}

/** The layout switch and, in gallery, the pager ("Page 2 of 40"). */
export function renderLayoutBar(view: CrowdTiles, actions: LayoutBarActions, c: CrowdStrings): TemplateResult {
  const { page } = view;
  const layoutButton = (id: string, layout: Layout, label: string) => html`<button
    id=${id}
    type="button"
    class="layout-button"
    part="button layout-button"
    aria-pressed=${view.layout === layout ? 'true' : 'false'}
    @click=${() => actions.choose(layout)}
  >
    ${label}
  </button>`;
  return html`<div class="layout-bar" part="layout-bar">
    <div class="layout-switch" role="group" aria-label=${c.layoutLabel}>
      ${layoutButton(CROWD_IDS.speakerButton, 'speaker', c.speakerView)}
      ${layoutButton(CROWD_IDS.galleryButton, 'gallery', c.galleryView)}
    </div>
    ${view.layout === 'gallery' && page.pageCount > 1
      ? html`<nav class="pager" part="pager" aria-label=${c.pagesLabel}>
          <button
            id=${CROWD_IDS.previousPage}
            type="button"
            class="page-button"
            part="button page-button"
            aria-label=${c.previousPage}
            ?disabled=${page.page === 0}
            @click=${() => actions.turn(page.page - 1)}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <span class="page-of" part="page-of" aria-live="polite">${c.pageOf(page.page + 1, page.pageCount)}</span>
          <button
            id=${CROWD_IDS.nextPage}
            type="button"
            class="page-button"
            part="button page-button"
            aria-label=${c.nextPage}
            ?disabled=${page.page >= page.pageCount - 1}
            @click=${() => actions.turn(page.page + 1)}
          >
            <span aria-hidden="true">›</span>
          </button>
        </nav>`
      : nothing}
  </div>`;
}
