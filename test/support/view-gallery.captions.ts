/**
 * Gallery states of issue 14: live captions over the stage (two lines, a partial under a final)
 * with the CC button pressed, the language pickers and the downloads; the same with the recording
 * indicator and the poor-connection notice; connection bars on every tile and a portrait video
 * (a phone held upright, drawn on a canvas) shown whole; captions over a share; and the downloads
 * after the call.
 */
import { html, type TemplateResult } from 'lit';
import { qualityWords } from '../../src/element/captions-strings.js';
import type { Strings } from '../../src/element/strings.js';
import { renderCaptionLines, renderCaptionsBar, renderCaptionsButton, renderTranscriptDownloads } from '../../src/element/views/captions.js';
import { renderLeft } from '../../src/element/views/left.js';
import { renderNotices } from '../../src/element/views/notices.js';
import { renderQualityBars } from '../../src/element/views/quality.js';
import { renderRecording } from '../../src/element/views/recording.js';
import { renderShareLayout } from '../../src/element/views/share.js';
import { videoSlotSelector } from '../../src/element/views/shared.js';
import { renderStage, type StageModel } from '../../src/element/views/stage.js';
import type { CaptionsInfo } from '../../src/session/slices/captions.js';
import type { ViewHost } from './view-gallery.host.js';
import * as sample from './view-gallery.samples.js';
import { drawSlide, startTiles } from './view-gallery.states.js';

const noop = () => {};
const stageActions = { toggleAudio: noop, toggleVideo: noop, toggleParticipants: noop, leave: noop };
const captionActions = { toggle: noop, speak: noop, translate: noop, download: noop };

/** Katherine Johnson's camera is a phone held upright. */
const PORTRAIT = 104;
const LEVELS: Record<number, number> = { 101: 4, 102: 5, 104: 1 };

function captions(lang: string): CaptionsInfo {
  const fr = lang.startsWith('fr');
  return {
    on: true,
    lines: [
      {
        msgId: '1',
        userId: 102,
        name: 'Grace Hopper',
        text: fr
          ? 'Les trajectoires sont calculées à la main, puis vérifiées par la machine avant chaque lancement.'
          : 'The orbits are computed by hand, then checked by the machine before each launch.',
        start: 0,
        end: 1,
        done: true,
      },
      { msgId: '2', userId: 101, name: 'Ada Lovelace', text: fr ? 'Et pour la fenêtre d’avril' : 'And for the April window', start: 2, end: 3, done: false },
    ],
    announcement: '',
    hasTranscript: true,
    languages: { spoken: ['en', 'fr', 'de'], translations: { en: ['fr', 'de'] }, translation: true },
    spoken: 'en',
    language: fr ? 'fr' : undefined,
  };
}

function stageWithCaptions(s: Strings): TemplateResult {
  const words = qualityWords(s.lang);
  const model: StageModel = sample.stage({
    tileExtra: (p) => renderQualityBars(LEVELS[p.userId], words),
    tileClass: (p) => (p.userId === PORTRAIT ? 'portrait' : ''),
    overlay: renderCaptionLines(captions(s.lang), s),
    extraControls: renderCaptionsButton(true, false, captionActions, s),
  });
  return renderStage(model, stageActions, s);
}

/** A portrait camera: a 360 x 640 canvas with a figure, as a stream in the tile's slot. */
async function portraitVideo(host: ViewHost): Promise<void> {
  const slot = host.shadowRoot!.querySelector<HTMLElement>(videoSlotSelector(PORTRAIT));
  if (!slot) return;
  slot.querySelector('video-player')?.remove();
  slot.style.setProperty('--video-aspect', String(9 / 16));
  const canvas = document.createElement('canvas');
  canvas.width = 360;
  canvas.height = 640;
  const g = canvas.getContext('2d')!;
  const sky = g.createLinearGradient(0, 0, 0, 640);
  sky.addColorStop(0, '#8ab6d6');
  sky.addColorStop(1, '#e8d8c3');
  g.fillStyle = sky;
  g.fillRect(0, 0, 360, 640);
  g.fillStyle = '#3b2f2f';
  g.beginPath();
  g.arc(180, 250, 80, 0, Math.PI * 2);
  g.fill();
  g.fillStyle = '#2e4a7d';
  g.fillRect(70, 360, 220, 280);
  const video = document.createElement('video');
  video.muted = true;
  video.autoplay = true;
  video.setAttribute('playsinline', '');
  video.srcObject = canvas.captureStream(1);
  const player = document.createElement('video-player');
  player.append(video);
  slot.append(player);
  await new Promise<void>((resolve) => {
    video.addEventListener('loadeddata', () => resolve(), { once: true });
    setTimeout(resolve, 1500);
  });
}

async function startAll(host: ViewHost): Promise<void> {
  await startTiles(host, sample.stage({ participants: sample.people.filter((p) => p.userId !== PORTRAIT) }));
  await portraitVideo(host);
}

interface GalleryState {
  view: (s: Strings) => TemplateResult;
  after?: (host: ViewHost, strings: Strings) => void | Promise<void>;
}

export const CAPTIONS_STATES: Record<string, GalleryState> = {
  'stage-captions': {
    view: (s) => html`<div style="display: grid; gap: 8px">
      ${renderCaptionsBar(captions(s.lang), captionActions, s, false)} ${stageWithCaptions(s)}
    </div>`,
    after: (host) => startAll(host),
  },
  'stage-captions-recording-poor': {
    view: (s) => html`<div style="display: grid; gap: 8px">
      ${renderNotices(
        [
          { id: 1, code: 'recording', params: { status: 'recording' }, sticky: false, actions: [] },
          { id: 2, code: 'connection-poor', params: {}, sticky: true, actions: ['camera-off'] },
        ],
        { answer: noop, dismiss: noop },
        s,
      )}
      ${renderRecording({ status: 'recording', canControl: false, busy: false, disabled: false }, { control: noop }, s)}
      ${renderCaptionsBar(captions(s.lang), captionActions, s, false)} ${stageWithCaptions(s)}
    </div>`,
    after: (host) => startAll(host),
  },
  // While someone shares, the captions go over the share.
  'share-captions': {
    view: (s) =>
      renderShareLayout(sample.shareLayout(), { toggleFullscreen: noop, toggleShare: noop }, s, stageWithCaptions(s)),
    after: async (host) => {
      await startAll(host);
      drawSlide(host);
    },
  },
  'left-transcript': {
    view: (s) => html`${renderLeft(sample.left(), { rejoin: noop }, s)}${renderTranscriptDownloads(true, captionActions, s)}`,
  },
};
