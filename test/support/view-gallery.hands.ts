/**
 * View-gallery states of raised hands and host controls (issue 13): the host's panel with raised
 * hands and a participant's menu open, a removal waiting for confirmation, and the host's Leave
 * choice. Kept apart so `view-gallery.ts` only spreads them in.
 */
import { html, type TemplateResult } from 'lit';
import { hostWords } from '../../src/element/host-strings.js';
import type { Strings } from '../../src/element/strings.js';
import { renderHandMark, renderRaisedHands } from '../../src/element/views/hands.js';
import { HostMenus, type HostSession } from '../../src/element/views/host-menu.js';
import { renderStage } from '../../src/element/views/stage.js';
import type { ParticipantInfo } from '../../src/session/types.js';
import type { ViewHost } from './view-gallery.host.js';
import * as sample from './view-gallery.samples.js';

const noop = () => {};
const people: ParticipantInfo[] = sample.people.map((p) => ({ ...p, isHost: p.isSelf }));
const session: HostSession = {
  moderation: { isHost: true, isManager: false, managers: [], spotlighted: [], shareLocked: false, chatLocked: false },
  raisedHands: [103, 104],
  moderate: async () => true,
  lowerHand: async () => {},
};

interface GalleryState {
  view: (s: Strings) => TemplateResult;
  after?: (host: ViewHost, strings: Strings) => void | Promise<void>;
}

function hostState(open: (host: ViewHost, menus: HostMenus) => void): GalleryState {
  const ref: { host?: ViewHost } = {};
  const menus = new HostMenus(
    () => ref.host?.requestUpdate(),
    () => ref.host!.renderRoot,
  );
  return {
    view: (s) => {
      const w = hostWords(s.lang);
      return html`${menus.leave(session, noop, w)}${renderStage(
        sample.withPanel(
          {
            state: 'joined',
            participants: people,
            activeSpeakerId: 102,
            audioMuted: false,
            videoOn: true,
            panelOpen: true,
            tileExtra: (p) => renderHandMark(p, session.raisedHands, w),
          },
          s,
          {
            rowActions: (p) => html`${renderHandMark(p, session.raisedHands, w)}${menus.row(p, session, w)}`,
            top: renderRaisedHands(people, session.raisedHands, w, menus.everyone(session, w)),
          },
        ),
        { toggleAudio: noop, toggleVideo: noop, toggleParticipants: noop, leave: noop },
        s,
      )}`;
    },
    after: async (host) => {
      ref.host = host;
      open(host, menus);
      await host.updateComplete;
    },
  };
}

const click = (host: ViewHost, selector: string) => host.shadowRoot!.querySelector<HTMLElement>(selector)?.click();

export const HANDS_STATES: Record<string, GalleryState> = {
  'host-panel-menu': hostState((host) => click(host, '#menu-103-button')),
  'host-panel-confirm-remove': hostState((host) => {
    click(host, '#menu-104-button');
    void host.updateComplete.then(() => click(host, '#menu-104 [data-item="remove"]'));
  }),
  'host-leave-choice': hostState((_host, menus) => menus.showLeaveChoice()),
};
