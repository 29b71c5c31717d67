/**
 * The view gallery: every state of every view with sample data, one per page
 * (`view-gallery.html?state=stage-panel&lang=fr`), or all of them without `state`.
 *
 * The screenshot script (scripts/screenshots.ts) speaks a small protocol that any page can
 * follow, the real element's included: the page lists its states in `window.screenshotStates`,
 * renders the one named by `?state=`, and sets `data-ready` on `<html>` when it is ready to shoot.
 *
 * Videos come from the browser's fake camera (Chromium's `--use-fake-device-for-media-stream`):
 * the preview's `<video>` gets the stream as the controller would, and each tile's slot gets a
 * `<video>` standing in for the SDK's `<video-player>`.
 */
import { html, render, type TemplateResult } from 'lit';
import { stringsFor, type Strings } from '../../src/element/strings.js';
import { renderError, type ErrorActions, type ErrorModel } from '../../src/element/views/error.js';
import { renderJoining } from '../../src/element/views/joining.js';
import { renderLeft } from '../../src/element/views/left.js';
import { renderPrejoin, type PrejoinActions, type PrejoinModel } from '../../src/element/views/prejoin.js';
import { PREJOIN_IDS, videoSlotSelector } from '../../src/element/views/shared.js';
import { renderStage, type StageModel } from '../../src/element/views/stage.js';
import { sessionError } from '../../src/session/errors.js';
import type { ParticipantInfo } from '../../src/session/types.js';
import type { ViewHost } from './view-gallery.host.js';
import './view-gallery.host.js';
import * as sample from './view-gallery.samples.js';

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
  after?: (host: ViewHost) => void | Promise<void>;
}

const prejoinState = (model: PrejoinModel): State => ({
  view: (s) => renderPrejoin(model, prejoinActions, s),
  after: (host) => startPreview(host, model),
});
const stageState = (model: StageModel): State => ({
  view: (s) => renderStage(model, stageActions, s),
  after: (host) => startTiles(host, model),
});
const errorState = (model: ErrorModel, open = false): State => ({
  view: (s) => renderError(model, errorActions, s),
  after: (host) => {
    if (open) host.shadowRoot!.querySelector('details')!.open = true;
  },
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
  'error-retry': errorState(sample.errors.network()),
  'error-input': errorState(sample.errors.passcode()),
  'error-details': errorState({ error: sessionError('assets-unreachable', { assets: 'https://events.example/zoom/lib' }, { type: 'INIT_FAILED', errorCode: 5001, reason: 'dependent assets are not accessible' }) }, true),
  'left': { view: (s) => renderLeft(sample.left(), { rejoin: noop }, s) },
};

let stream: Promise<MediaStream | undefined> | undefined;
function camera(): Promise<MediaStream | undefined> {
  stream ??= navigator.mediaDevices?.getUserMedia({ video: { width: 640, height: 360 } }).catch(() => undefined) ??
    Promise.resolve(undefined);
  return stream;
}

async function play(video: HTMLVideoElement, media: MediaStream): Promise<void> {
  video.muted = true;
  video.autoplay = true;
  video.srcObject = media;
  void video.play().catch(() => {});
  await new Promise<void>((resolve) => {
    if (video.readyState >= 2) resolve();
    else video.addEventListener('loadeddata', () => resolve(), { once: true });
    setTimeout(resolve, 2000);
  });
}

async function startPreview(host: ViewHost, model: PrejoinModel): Promise<void> {
  const media = model.preview?.videoOn ? await camera() : undefined;
  const video = host.shadowRoot!.querySelector<HTMLVideoElement>(`#${PREJOIN_IDS.previewVideo}`);
  if (media && video) await play(video, media);
}

async function startTiles(host: ViewHost, model: StageModel): Promise<void> {
  const media = await camera();
  if (!media) return;
  await Promise.all(
    model.participants
      .filter((p) => p.videoOn)
      .map((p) => {
        const video = document.createElement('video');
        video.setAttribute('playsinline', '');
        host.shadowRoot!.querySelector(videoSlotSelector(p.userId))!.append(video);
        return play(video, media);
      }),
  );
}

async function show(name: string, lang: string, into: HTMLElement): Promise<void> {
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
  await state.after?.(host);
}

declare global {
  interface Window {
    screenshotStates: string[];
  }
}

window.screenshotStates = Object.keys(STATES);
const params = new URLSearchParams(location.search);
const gallery = document.getElementById('gallery')!;
const lang = params.get('lang') ?? 'en';
const only = params.get('state');
for (const name of only ? [only] : Object.keys(STATES)) await show(name, lang, gallery);
document.documentElement.dataset.ready = 'true';
