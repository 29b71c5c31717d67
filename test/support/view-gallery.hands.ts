/**
 * View-gallery states of raised hands and host controls (issue 13): the host's panel with raised
 * hands and a participant's menu open, a removal waiting for confirmation, and the host's Leave
 * choice; a participant's chat form and Share button disabled by the host's privileges, with the
 * notices that said so. Kept apart so `view-gallery.ts` only spreads them in.
 */
import { html, type TemplateResult } from 'lit';
import { hostWords } from '../../src/element/host-strings.js';
import type { Strings } from '../../src/element/strings.js';
import { renderChatButton, renderChatPanel } from '../../src/element/views/chat.js';
import { renderHandButton, renderHandMark, renderRaisedHands } from '../../src/element/views/hands.js';
import { renderNotices } from '../../src/element/views/notices.js';
import { renderShareButton } from '../../src/element/views/share.js';
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
  // A participant after the host turned chat off and locked sharing: both said, both disabled.
  'participant-privileges': {
    view: (s) => {
      const w = hostWords(s.lang);
      const said = (id: number, change: string) => ({ id, code: 'privilege-changed' as const, params: { change }, sticky: false, actions: [] });
      return html`${renderNotices([said(1, 'chat-off'), said(2, 'share-locked')], { answer: noop, dismiss: noop }, s)}${renderStage(
        {
          ...sample.stage(),
          otherPanelOpen: true,
          extraControls: html`${renderHandButton(false, false, noop, w)}${renderShareButton(
            sample.shareButton({ locked: w.shareLocked }),
            { toggleShare: noop },
            s,
          )}${renderChatButton(sample.chatButton({ open: true, unread: 0 }), { toggleChat: noop }, s)}`,
          extraPanels: renderChatPanel(sample.chat({ locked: w.chatOff }), { input: noop, send: noop, close: noop }, s),
        },
        { toggleAudio: noop, toggleVideo: noop, toggleParticipants: noop, leave: noop },
        s,
      )}`;
    },
  },
};
