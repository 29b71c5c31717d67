/**
 * The view gallery's states: every state of every view with sample data, and `show` to render one.
 * The gallery page (view-gallery.ts) shows them for the screenshots; the overflow test renders
 * them at each width.
 *
 * Videos come from the browser's fake camera (Chromium's `--use-fake-device-for-media-stream`):
 * the preview's `<video>` gets the stream as the controller would, and each tile's slot gets a
 * `<video-player>` holding a `<video>`, standing in for what the SDK's `attachVideo` gives.
 */
import { html, render, type TemplateResult } from 'lit';
import { stringsFor, type Strings } from '../../src/element/strings.js';
import { renderChatButton, renderChatPanel, type ChatButtonModel, type ChatPanelModel } from '../../src/element/views/chat.js';
import { renderError, type ErrorActions, type ErrorModel } from '../../src/element/views/error.js';
import { renderJoining } from '../../src/element/views/joining.js';
import { renderLeft } from '../../src/element/views/left.js';
import { renderNotices } from '../../src/element/views/notices.js';
import { renderRecording } from '../../src/element/views/recording.js';
import { renderPrejoin, type PrejoinActions, type PrejoinModel } from '../../src/element/views/prejoin.js';
import { PREJOIN_IDS, videoSlotSelector } from '../../src/element/views/shared.js';
import {
  SHARE_SLOT_SELECTOR,
  renderShareButton,
  renderShareLayout,
  renderShareNotice,
  type ShareButtonModel,
  type ShareLayoutModel,
} from '../../src/element/views/share.js';
import { renderStage, type StageModel } from '../../src/element/views/stage.js';
import { sessionError } from '../../src/session/errors.js';
import type { ParticipantInfo } from '../../src/session/types.js';
import type { ViewHost } from './view-gallery.host.js';
import './view-gallery.host.js';
import { camera, play } from './view-gallery.camera.js';
import * as sample from './view-gallery.samples.js';
import { HANDS_STATES } from './view-gallery.hands.js';
import { CROWD_STATES } from './view-gallery.crowd.js';
import { CAPTIONS_STATES } from './view-gallery.captions.js';
import { MEDIA_STATES } from './view-gallery.media.js';
import { SETTINGS_STATES } from './view-gallery.settings.js';

const noop = () => {};
const prejoinActions: PrejoinActions = {
  input: noop,
  join: noop,
  toggleCamera: noop,
  toggleMicrophone: noop,
  selectCamera: noop,
  selectMicrophone: noop,
};
const errorActions: ErrorActions = { retry: noop, edit: noop, back: noop };
const stageActions = { toggleAudio: noop, toggleVideo: noop, toggleParticipants: noop, leave: noop };
const shareActions = { toggleFullscreen: noop, toggleShare: noop };
const chatActions = { input: noop, send: noop, close: noop };

const crowd: ParticipantInfo[] = [
  ...sample.people,
  ...['Hedy Lamarr', 'Alan Turing', 'Marie Curie', 'Srinivasa Ramanujan', 'Hypatia'].map((name, i) => ({
    userId: 200 + i,
    name,
    audioMuted: i % 2 === 0,
    videoOn: i % 3 !== 0,
    isHost: false,
    isSelf: false,
  })),
];

interface State {
  view: (s: Strings) => TemplateResult;
  /** Light DOM children of the host (slots). */
  children?: TemplateResult;
  /** Runs after rendering: open a disclosure, start videos. */
  after?: (host: ViewHost, strings: Strings) => void | Promise<void>;
}

const prejoinState = (model: PrejoinModel): State => ({
  view: (s) => renderPrejoin(model, prejoinActions, s),
  after: (host) => startPreview(host, model),
});
const stageState = (model: StageModel): State => ({
  view: (s) => renderStage(sample.withPanel(model, s), stageActions, s),
  after: (host) => startTiles(host, model),
});
const errorState = (model: ErrorModel, open = false): State => ({
  view: (s) => renderError(model, errorActions, s),
  after: (host) => {
    if (open) host.shadowRoot!.querySelector('details')!.open = true;
  },
});

/**
 * The share and chat buttons in the stage's control bar, before Leave, and the chat panel in the
 * stage's panel place: where the element puts them.
 */
function addCallParts(
  host: ViewHost,
  s: Strings,
  parts: { share?: ShareButtonModel; chat?: ChatButtonModel; panel?: ChatPanelModel },
): void {
  const root = host.shadowRoot!;
  const controls = root.querySelector<HTMLElement>('.controls')!;
  render(
    html`${parts.share ? renderShareButton(parts.share, { toggleShare: noop }, s) : ''}${parts.chat
      ? renderChatButton(parts.chat, { toggleChat: noop }, s)
      : ''}`,
    controls,
    { renderBefore: controls.querySelector('[part~="leave-button"]') },
  );
  if (parts.panel) {
    const stage = root.querySelector<HTMLElement>('.stage')!;
    render(renderChatPanel(parts.panel, chatActions, s), stage);
    if (parts.panel.open) stage.classList.add('with-panel');
  }
}

/** A slide, drawn where the engine would put the share's <video-player>. */
export function drawSlide(host: ViewHost): void {
  const slot = host.shadowRoot!.querySelector(SHARE_SLOT_SELECTOR);
  if (!slot) return;
  const canvas = document.createElement('canvas');
  canvas.width = 1280;
  canvas.height = 720;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fdfcf8';
  g.fillRect(0, 0, 1280, 720);
  g.fillStyle = '#0b3d91';
  g.fillRect(0, 0, 1280, 110);
  g.fillStyle = '#ffffff';
  g.font = 'bold 52px sans-serif';
  g.fillText('Spring Workshop 2026: Plenary', 60, 74);
  g.fillStyle = '#1b1f24';
  g.font = '36px sans-serif';
  ['Orbits computed by hand, checked by machine', 'Three launch windows in April', 'Questions in the chat, please'].forEach(
    (line, i) => g.fillText(`•  ${line}`, 70, 200 + i * 70),
  );
  const bars = [220, 310, 180, 400, 260];
  bars.forEach((h, i) => {
    g.fillStyle = i === 3 ? '#c62828' : '#0b5cff';
    g.fillRect(760 + i * 90, 660 - h, 60, h);
  });
  g.fillStyle = '#59636e';
  g.fillRect(740, 660, 470, 4);
  slot.append(canvas);
}

const shareState = (
  layout: ShareLayoutModel,
  model: StageModel,
  parts: { share?: ShareButtonModel; chat?: ChatButtonModel; panel?: ChatPanelModel } = {},
): State => ({
  view: (s) => renderShareLayout(layout, shareActions, s, renderStage(sample.withPanel(model, s), stageActions, s)),
  after: async (host, s) => {
    addCallParts(host, s, {
      share: sample.shareButton({ sharing: layout.share.self }),
      chat: sample.chatButton(),
      ...parts,
    });
    await startTiles(host, model);
    drawSlide(host);
  },
});

/** The chat panel alone, as wide as it would be beside the videos. */
const chatState = (model: ChatPanelModel): State => ({
  view: (s) => html`<div style="max-width: 22rem">${renderChatPanel(model, chatActions, s)}</div>`,
});

export const STATES: Record<string, State> = {
  'prejoin': prejoinState(sample.prejoin()),
  'prejoin-problems': prejoinState(sample.prejoinWithProblems()),
  'prejoin-all-set': {
    ...prejoinState(sample.prejoinAllSet()),
    children: html`<p slot="header" style="margin:0;font-weight:600">Spring Workshop 2026: Plenary</p>`,
  },
  'prejoin-no-preview': prejoinState(sample.prejoin({ fields: ['userName'], preview: undefined })),
  'joining': { view: (s) => renderJoining(sample.joining('connecting'), { cancel: noop }, s) },
  'stage-alone': stageState(sample.stage({ participants: sample.people.slice(0, 1), activeSpeakerId: undefined })),
  'stage': stageState(sample.stage()),
  'stage-panel': stageState(sample.stage({ panelOpen: true, audioMuted: true })),
  'stage-reconnecting': stageState(sample.stage({ state: 'reconnecting' })),
  'stage-crowd': stageState(sample.stage({ participants: crowd, panelOpen: true })),
  // Issue 11: the SDK cannot render several videos in one container: self-view in its own.
  'stage-self-apart': stageState(sample.stage({ selfViewApart: true })),
  'error-retry': errorState(sample.errors.network()),
  'error-input': errorState(sample.errors.passcode()),
  'error-csrf': errorState(sample.errors.csrf()),
  'error-details': errorState({ error: sessionError('assets-unreachable', { assets: 'https://events.example/zoom/lib' }, { type: 'INIT_FAILED', errorCode: 5001, reason: 'dependent assets are not accessible' }) }, true),
  'left': { view: (s) => renderLeft(sample.left(), { rejoin: noop }, s) },
  'share': shareState(sample.shareLayout(), sample.stage()),
  'share-self': shareState(sample.shareLayout({ share: sample.shareInfo(true) }), sample.stage({ activeSpeakerId: 101 })),
  'share-panel': shareState(sample.shareLayout(), sample.stage({ panelOpen: true })),
  'share-crowd': shareState(sample.shareLayout(), sample.stage({ participants: crowd })),
  'share-notice': {
    view: (s) => html`<div style="display: grid; gap: 8px; padding: 16px">
      ${renderShareNotice(sample.shareErrors.dismissed(), { dismiss: noop }, s)}
      ${renderShareNotice(sample.shareErrors.locked(), { dismiss: noop }, s)}
      ${renderShareNotice(sample.shareErrors.unsupported(), { dismiss: noop }, s)}
    </div>`,
  },
  'stage-chat': {
    view: (s) => renderShareLayout(sample.shareLayout({ share: { sharing: false, self: false } }), shareActions, s, renderStage(sample.withPanel(sample.stage(), s), stageActions, s)),
    after: async (host, s) => {
      addCallParts(host, s, {
        share: sample.shareButton({ supported: false }),
        chat: sample.chatButton({ open: true, unread: 0 }),
        panel: sample.chat({ draft: 'See you all at the break!' }),
      });
      await startTiles(host, sample.stage());
    },
  },
  'stage-notices': {
    view: (s) => html`<div style="display: grid; gap: 8px">
      ${renderNotices(
        [
          { id: 1, code: 'host-muted-you', params: {}, sticky: false, actions: [] },
          { id: 2, code: 'host-asks-unmute', params: {}, sticky: true, actions: ['unmute', 'stay-muted'] },
          { id: 3, code: 'device-fell-back', params: { kind: 'camera' }, sticky: false, actions: [] },
        ],
        { answer: noop, dismiss: noop },
        s,
      )}
      ${renderStage(sample.withPanel(sample.stage(), s), stageActions, s)}
    </div>`,
    after: (host) => startTiles(host, sample.stage()),
  },
  // Issue 14: recording, captions and connection quality over the stage.
  'stage-recording': {
    view: (s) => html`<div style="display: grid; gap: 8px">
      ${renderNotices([{ id: 1, code: 'recording', params: { status: 'recording' }, sticky: false, actions: [] }], { answer: noop, dismiss: noop }, s)}
      ${renderRecording({ status: 'recording', canControl: true, busy: false, disabled: false }, { control: noop }, s)}
      ${renderStage(sample.withPanel(sample.stage(), s), stageActions, s)}
    </div>`,
    after: (host) => startTiles(host, sample.stage()),
  },
  'stage-poor-connection': {
    view: (s) => html`<div style="display: grid; gap: 8px">
      ${renderNotices([{ id: 1, code: 'connection-poor', params: {}, sticky: true, actions: ['camera-off'] }], { answer: noop, dismiss: noop }, s)}
      ${renderStage(sample.withPanel(sample.stage(), s), stageActions, s)}
    </div>`,
    after: (host) => startTiles(host, sample.stage()),
  },
  'stage-recording-paused': {
    view: (s) => html`<div style="display: grid; gap: 8px">
      ${renderRecording({ status: 'paused', canControl: false, busy: false, disabled: false }, { control: noop }, s)}
      ${renderStage(sample.withPanel(sample.stage(), s), stageActions, s)}
    </div>`,
    after: (host) => startTiles(host, sample.stage()),
  },
  'chat': chatState(sample.chat({ draft: 'See you all at the break!' })),
  'chat-empty': chatState(sample.chat({ messages: [] })),
  'stage-long-words': stageState(sample.stage({ participants: sample.longPeople, panelOpen: true })),
  'share-long-words': shareState(
    sample.shareLayout({ share: { sharing: true, userId: 105, userName: sample.longWords.name, self: false } }),
    sample.stage({ participants: sample.longPeople }),
  ),
  'chat-long-words': chatState(sample.chat({ messages: [...sample.chatMessages.slice(0, 1), ...sample.longChat] })),
  'error-long-words': errorState(sample.longError(), true),
  'error-own-words': errorState(sample.ownWordsError()),
  'chat-failed': chatState(sample.chat({ draft: 'Is the recording shared later?', error: sessionError('chat-failed', { stage: 'chat' }) })),
  'chat-too-long': chatState(
    sample.chat({ draft: 'A very long question about orbital mechanics. '.repeat(23) }),
  ),
  ...HANDS_STATES,
  ...CROWD_STATES,
  // The form's first paint on a page: the preview's frame and toggle row, empty, before their
  // contents (and before the call module, which brings the device choices).
  'prejoin-first-paint': prejoinState(
    sample.prejoin({ previewLater: true, previewExtras: undefined, preview: sample.preview({ videoOn: false, audioOn: false, cameras: [], microphones: [] }) }),
  ),
  ...CAPTIONS_STATES,
  // Issue 11: media changing under the participant, over a stage with its videos running.
  ...Object.fromEntries(
    Object.entries(MEDIA_STATES).map(([name, state]) => [name, { ...state, after: (host: ViewHost) => startTiles(host, sample.stage()) }]),
  ),
  ...SETTINGS_STATES,
};

async function startPreview(host: ViewHost, model: PrejoinModel): Promise<void> {
  const media = model.preview?.videoOn ? await camera() : undefined;
  const video = host.shadowRoot!.querySelector<HTMLVideoElement>(`#${PREJOIN_IDS.previewVideo}`);
  if (media && video) await play(video, media);
}

export async function startTiles(host: ViewHost, model: StageModel): Promise<void> {
  const media = await camera();
  if (!media) return;
  await Promise.all(
    model.participants
      .filter((p) => p.videoOn)
      .map((p) => {
        const video = document.createElement('video');
        video.setAttribute('playsinline', '');
        // Inside a <video-player>, as the SDK's attachVideo gives it: the tile's styles key on it.
        const player = document.createElement('video-player');
        player.append(video);
        host.shadowRoot!.querySelector(videoSlotSelector(p.userId))!.append(player);
        return play(video, media);
      }),
  );
}

/** Renders the state `name` in `lang` at the end of `into`, and waits until it is ready to look at. */
export async function show(name: string, lang: string, into: HTMLElement): Promise<void> {
  const state = STATES[name];
  if (!state) throw new Error(`no state ${name}`);
  const s = stringsFor(lang);
  const section = document.createElement('section');
  into.append(section);
  render(
    html`<p class="caption">${name} (${s.lang})</p>
      <view-host .view=${() => state.view(s)}>${state.children ?? ''}</view-host>`,
    section,
  );
  const host = section.querySelector('view-host')!;
  await host.updateComplete;
  await state.after?.(host, s);
}

