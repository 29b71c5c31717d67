/**
 * The participants panel for crowds (issue 12): a search field, counts, and a windowed list: only
 * the rows in view (plus a few either side) are in the DOM, positioned in a spacer as tall as the
 * whole list, so 1,000 people cost about 20 rows. Hosts first, then this browser's participant,
 * then everyone by name.
 *
 * Why our own windowing and not `@lit-labs/virtualizer`: every row has the same height (one line
 * of name, one of states), so the window is arithmetic on `scrollTop`; the virtualizer's measuring
 * layout and its resize observers buy nothing here and would cost several KB in the call chunk.
 *
 * Extension points (host controls and raised hands, issue 13):
 * - `renderParticipantRow(p, ctx)` renders one row; per-row actions (a menu: mute, spotlight,
 *   make host) go in `ctx.rowActions(p)`, rendered at the end of the row (`part="row-actions"`).
 * - `PanelModel.hands` is the raised-hands count for the header (shown when defined); a list of
 *   raised hands can go in `PanelModel.top`, rendered above the search field.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ParticipantInfo } from '../../session/types.js';
import type { CrowdStrings } from '../crowd-strings.js';
import type { Strings } from '../strings.js';
import { cameraIcon, micIcon } from './icons.js';
import { STAGE_IDS } from './call-ids.js';
import { initials } from './shared.js';

/** Height of one row in CSS pixels (the styles give rows exactly this height). */
export const ROW_HEIGHT = 56;
/** Rows rendered beyond each edge of the view. */
export const OVERSCAN = 4;
export const PANEL_IDS = { search: 'participant-search', title: 'participants-title' } as const;

/** What one row needs besides its participant. */
export interface RowContext {
  readonly s: Strings;
  /** Per-row actions (issue 13: host controls); nothing by default. */
  readonly rowActions?: ((p: ParticipantInfo) => TemplateResult | typeof nothing) | undefined;
}

export interface PanelModel {
  open: boolean;
  participants: readonly ParticipantInfo[];
  query: string;
  scrollTop: number;
  viewportHeight: number;
  /** Raised hands (issue 13); the count shows when defined. */
  hands?: number | undefined;
  /** Above the search (issue 13: raised hands first). */
  top?: TemplateResult | typeof nothing | undefined;
  rowActions?: RowContext['rowActions'];
}

export interface PanelActions {
  search(query: string): void;
  scroll(scrollTop: number, viewportHeight: number): void;
}

/** Lower case without accents, for a search that finds "Zoë" with "zoe". */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Sorts and filters once per roster and query; the same arrays come back until either changes. */
export class PanelRows {
  private source: readonly ParticipantInfo[] | undefined;
  private sorted: ParticipantInfo[] = [];
  private folded = new Map<number, string>();
  private lastQuery = '';
  private filtered: ParticipantInfo[] = [];
  private readonly collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

  rows(participants: readonly ParticipantInfo[], query: string): ParticipantInfo[] {
    if (participants !== this.source) {
      this.source = participants;
      const rank = (p: ParticipantInfo) => (p.isHost ? 0 : p.isSelf ? 1 : 2);
      this.sorted = [...participants].sort(
        (a, b) => rank(a) - rank(b) || this.collator.compare(a.name, b.name) || a.userId - b.userId,
      );
      this.folded = new Map(participants.map((p) => [p.userId, foldName(p.name)]));
      this.lastQuery = '\u0000';
    }
    const q = foldName(query.trim());
    if (q !== this.lastQuery) {
      this.lastQuery = q;
      this.filtered = q ? this.sorted.filter((p) => this.folded.get(p.userId)!.includes(q)) : this.sorted;
    }
    return this.filtered;
  }
}

/** One participant's row: avatar, name and host badge, microphone and camera, then its actions. */
export function renderParticipantRow(p: ParticipantInfo, ctx: RowContext): TemplateResult {
  const { s } = ctx;
  return html`
    <span class="avatar small" part="avatar" aria-hidden="true">${initials(p.name)}</span>
    <span class="participant-text">
      <span class="participant-name">
        <span class="name">${p.isSelf ? s.selfName(p.name) : p.name}</span>
        ${p.isHost ? html`<span class="badge" part="host-badge">${s.host}</span>` : nothing}
      </span>
      <span class="participant-state" part="participant-state">
        <span class="state ${p.audioMuted ? 'off' : 'on'}">${micIcon(!p.audioMuted)}${p.audioMuted ? s.muted : s.unmuted}</span>
        <span class="state ${p.videoOn ? 'on' : 'off'}">${cameraIcon(p.videoOn)}${p.videoOn ? s.cameraOn : s.cameraOff}</span>
      </span>
    </span>
    ${ctx.rowActions ? html`<span class="row-actions" part="row-actions">${ctx.rowActions(p)}</span>` : nothing}
  `;
}

/** The rows in view: `[first, last)` into the list. */
export function windowOf(total: number, scrollTop: number, viewportHeight: number): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, Math.ceil((scrollTop + Math.max(viewportHeight, ROW_HEIGHT)) / ROW_HEIGHT) + OVERSCAN);
  return { first, last: Math.max(first, last) };
}

/** The panel. Nothing of the list is rendered while it is closed. */
export function renderParticipantsPanel(
  model: PanelModel,
  rows: readonly ParticipantInfo[],
  actions: PanelActions,
  s: Strings,
  c: CrowdStrings,
): TemplateResult {
  const all = model.participants;
  const cameras = model.open ? all.reduce((n, p) => n + (p.videoOn ? 1 : 0), 0) : 0;
  const { first, last } = windowOf(rows.length, model.scrollTop, model.viewportHeight);
  const ctx: RowContext = { s, rowActions: model.rowActions };
  const searching = model.query.trim() !== '';
  return html`<section
    id=${STAGE_IDS.participantsPanel}
    class="panel participants-panel"
    part="participants-panel"
    aria-labelledby=${PANEL_IDS.title}
    ?hidden=${!model.open}
  >
    ${model.open
      ? html`<p id=${PANEL_IDS.title} class="panel-title" part="panel-title">${s.participants(all.length)}</p>
          <p class="panel-counts" part="panel-counts">
            <span>${c.inSession(all.length)}</span><span>${c.camerasOn(cameras)}</span>${model.hands === undefined
              ? nothing
              : html`<span>${c.handsRaised(model.hands)}</span>`}
          </p>
          ${model.top ?? nothing}
          <input
            id=${PANEL_IDS.search}
            class="participant-search"
            part="participant-search"
            type="search"
            autocomplete="off"
            aria-label=${c.searchLabel}
            placeholder=${c.searchLabel}
            .value=${model.query}
            @input=${(e: Event) => actions.search((e.target as HTMLInputElement).value)}
          />
          <p class="visually-hidden" role="status">${searching ? c.matches(rows.length) : ''}</p>
          ${searching && rows.length === 0 ? html`<p class="panel-empty" part="panel-empty">${c.noMatch(model.query.trim())}</p>` : nothing}
          <div
            class="participant-scroller"
            part="participant-scroller"
            @scroll=${(e: Event) => {
              const el = e.target as HTMLElement;
              actions.scroll(el.scrollTop, el.clientHeight);
            }}
          >
            <ul class="participant-list windowed" part="participant-list" style="height:${rows.length * ROW_HEIGHT}px">
              ${rows.slice(first, last).map(
                (p, i) =>
                  html`<li
                    class="participant"
                    part="participant"
                    data-user-id=${p.userId}
                    aria-setsize=${rows.length}
                    aria-posinset=${first + i + 1}
                    style="transform:translateY(${(first + i) * ROW_HEIGHT}px)"
                  >
                    ${renderParticipantRow(p, ctx)}
                  </li>`,
              )}
            </ul>
          </div>`
      : nothing}
  </section>`;
}
