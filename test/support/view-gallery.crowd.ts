/**
 * Gallery states of a plenary (issue 12): a gallery page and speaker view of 1,000 people with the
 * layout bar and pager, and the windowed participants panel with its search, counts and "no match".
 * Tiles show avatars here (no video slots are filled): the layout, not the pictures, is what these
 * states are for.
 */
import { html, type TemplateResult } from 'lit';
import { crowdStrings } from '../../src/element/crowd-strings.js';
import { hostWords } from '../../src/element/host-strings.js';
import type { Strings } from '../../src/element/strings.js';
import {
  CrowdLayout,
  NARROW_STRIP_TILES,
  STRIP_TILES,
  renderLayoutBar,
  type CrowdSource,
  type CrowdTiles,
} from '../../src/element/views/crowd.js';
import { renderHandButton } from '../../src/element/views/hands.js';
import { PanelRows, renderParticipantsPanel } from '../../src/element/views/participants-panel.js';
import { renderStage } from '../../src/element/views/stage.js';
import type { ParticipantInfo } from '../../src/session/types.js';
import * as sample from './view-gallery.samples.js';

const noop = () => {};
const stageActions = { toggleAudio: noop, toggleVideo: noop, toggleParticipants: noop, leave: noop };
const FIRST = ['Ada', 'Grace', 'Alan', 'Hedy', 'Marie', 'Émilie', 'Srinivasa', 'Katherine', 'Linus', 'Hypatia'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Lamarr', 'Curie', 'du Châtelet', 'Ramanujan', 'Johnson', 'Torvalds', 'of Alexandria'];

/** This browser's participant and 999 others, a third with cameras on, one host. */
const plenary: ParticipantInfo[] = [
  sample.people[0]!,
  ...Array.from({ length: 999 }, (_, i) => ({
    userId: 1000 + i,
    name: `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]} ${Math.floor(i / 100) + 1}`,
    audioMuted: i % 4 !== 0,
    videoOn: i % 3 === 0,
    isHost: i === 0,
    isSelf: false,
  })),
];

/** The tiles as the call view lays them out (`CrowdLayout`): a speaker, two who spoke before. */
function crowdView(layout: 'gallery' | 'speaker'): CrowdTiles {
  const crowd = new CrowdLayout();
  crowd.choose(layout);
  const source: CrowdSource = {
    participants: plenary,
    activeSpeakerId: 1004,
    activeVideoId: undefined,
    spotlighted: [],
    lastSpoke: new Map([
      [1004, 3],
      [1012, 2],
      [1030, 1],
    ]),
    renderBudget: 25,
  };
  // As the call view does: a phone's strip is shorter (the state renders at the viewport's width).
  return crowd.tiles(source, null, 0, innerWidth < 480 ? NARROW_STRIP_TILES : STRIP_TILES);
}

function crowdStage(layout: 'gallery' | 'speaker', s: Strings): TemplateResult {
  const view = crowdView(layout);
  const tiles = view.tiles;
  return renderStage(
    {
      ...sample.withPanel(sample.stage({ participants: plenary, activeSpeakerId: 1004 }), s),
      tiles,
      layout,
      mainTile: view.main,
      layoutBar: renderLayoutBar(view, { choose: noop, turn: noop }, crowdStrings(s.lang)),
      extraControls: renderHandButton(false, false, noop, hostWords(s.lang)),
    },
    stageActions,
    s,
  );
}

function panel(query: string, s: Strings): TemplateResult {
  // Sorted as the call view sorts them (hosts first, then self, then by name).
  const rows = new PanelRows().rows(plenary, query);
  return html`<div style="max-width: 22rem">
    ${renderParticipantsPanel(
      { open: true, participants: plenary, query, scrollTop: 0, viewportHeight: 480, hands: 3, rowActions: () => html`` },
      rows,
      { search: noop, scroll: noop },
      s,
      crowdStrings(s.lang),
    )}
  </div>`;
}

export const CROWD_STATES: Record<string, { view: (s: Strings) => TemplateResult }> = {
  'crowd-gallery': { view: (s) => crowdStage('gallery', s) },
  'crowd-speaker': { view: (s) => crowdStage('speaker', s) },
  'crowd-panel': { view: (s) => panel('', s) },
  'crowd-panel-no-match': { view: (s) => panel('zzz', s) },
};
