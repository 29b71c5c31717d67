/**
 * View-gallery states of the settings panel (issue 17): open in the preview with blur chosen, open
 * in the call, and with what WebAssembly media cannot do on a page that is not isolated. The panel
 * reads a stand-in session (plain data, no SDK). The canvas where the SDK draws the camera with its
 * background before joining gets the browser's fake camera blurred by the canvas itself: a stand-in
 * for the SDK's output, which does not run in headless Chromium here (see the README).
 */
import { html, type TemplateResult } from 'lit';
import { hostWords } from '../../src/element/host-strings.js';
import { settingsStrings } from '../../src/element/settings-strings.js';
import { renderCaptionsButton } from '../../src/element/views/captions.js';
import { renderChatButton } from '../../src/element/views/chat.js';
import { renderHandButton } from '../../src/element/views/hands.js';
import { renderShareButton, renderShareLayout } from '../../src/element/views/share.js';
import type { Strings } from '../../src/element/strings.js';
import { previewExtras } from '../../src/element/views/preview-extras.js';
import type { PreviewExtras } from '../../src/element/views/prejoin.js';
import { renderPrejoin } from '../../src/element/views/prejoin.js';
import { SettingsPanel, SETTINGS_IDS } from '../../src/element/views/settings-panel.js';
import { renderStage } from '../../src/element/views/stage.js';
import type { SessionController } from '../../src/session/session-controller.js';
import type { SettingsInfo } from '../../src/session/slices/settings.js';
import { camera, play } from './view-gallery.camera.js';
import type { ViewHost } from './view-gallery.host.js';
import * as sample from './view-gallery.samples.js';

const noop = () => {};

interface GalleryState {
  view: (s: Strings) => TemplateResult;
  after?: (host: ViewHost, strings: Strings) => void | Promise<void>;
}

function settings(overrides: Partial<SettingsInfo> = {}): SettingsInfo {
  return {
    background: 'blur',
    noiseSuppression: true,
    originalSound: false,
    mirrored: false,
    hd: false,
    speakerId: 'spk-1',
    speakers: [
      { deviceId: 'spk-1', label: 'Built-in Speakers' },
      { deviceId: 'spk-2', label: 'Headset Earphones' },
    ],
    ownImage: undefined,
    unsupported: {},
    ...overrides,
  };
}

/** A stand-in session: the panel reads plain data and its actions do nothing. */
function stand(info: SettingsInfo, inSession: boolean): SessionController {
  return {
    settings: info,
    preview: sample.preview(),
    inSession,
    state: inSession ? 'joined' : 'idle',
    checkSettings: async () => {},
    refreshDevices: async () => {},
    showBackground: async () => {},
    chooseCamera: async () => {},
    chooseMicrophone: async () => {},
    chooseSpeaker: async () => {},
    chooseSettings: async () => {},
    chooseOwnBackground: async () => true,
  } as unknown as SessionController;
}

/** Draws the fake camera, blurred, on the panel's canvas (a stand-in for the SDK's background preview). */
async function blurredPreview(host: ViewHost): Promise<void> {
  const canvas = host.shadowRoot!.querySelector<HTMLCanvasElement>(`#${SETTINGS_IDS.preview}`);
  const media = await camera();
  if (!canvas || !media) return;
  const video = document.createElement('video');
  await play(video, media);
  const g = canvas.getContext('2d')!;
  g.filter = 'blur(14px)';
  g.drawImage(video, 0, 0, canvas.width, canvas.height);
  g.filter = 'none';
  // The person stays sharp in the middle, as a background blur keeps them.
  g.save();
  g.beginPath();
  g.ellipse(canvas.width / 2, canvas.height * 0.62, canvas.width * 0.17, canvas.height * 0.42, 0, 0, Math.PI * 2);
  g.clip();
  g.drawImage(video, 0, 0, canvas.width, canvas.height);
  g.restore();
  // Drawn once: the detached <video> stops playing (the shared camera stays open).
  video.srcObject = null;
}

function prejoinState(info: SettingsInfo): GalleryState {
  const ref: { host?: ViewHost } = {};
  const panel = new SettingsPanel(
    { get renderRoot() { return ref.host!.renderRoot; }, get updateComplete() { return ref.host!.updateComplete; }, requestUpdate: () => ref.host?.requestUpdate() },
    stand(info, false),
  );
  panel.open = true;
  const extras: PreviewExtras = {
    meter: previewExtras.meter,
    devices: (preview, actions, s) => {
      const w = settingsStrings(s.lang);
      return html`${previewExtras.devices(preview, actions, s)}
        <div class="preview-settings">${panel.button(w, 'prejoin')}</div>
        ${panel.panel(w, 'prejoin')}`;
    },
  };
  const model = sample.prejoin({
    fields: [],
    values: { sessionName: 'spring-workshop-plenary', userName: 'Ada Lovelace', passcode: '' },
    previewExtras: extras,
  });
  return {
    view: (s) => renderPrejoin(model, { input: noop, join: noop, toggleCamera: noop, toggleMicrophone: noop, selectCamera: noop, selectMicrophone: noop }, s as never),
    after: async (host) => {
      ref.host = host;
      await host.updateComplete;
      const video = host.shadowRoot!.querySelector<HTMLVideoElement>('#preview-video');
      const media = await camera();
      if (video && media) await play(video, media);
      await blurredPreview(host);
    },
  };
}

/** The settings panel open in the call, over the videos or (`sharing`) beside a screen share. */
function callState(info: SettingsInfo, sharing = false): GalleryState {
  const ref: { host?: ViewHost } = {};
  const panel = new SettingsPanel(
    { get renderRoot() { return ref.host!.renderRoot; }, get updateComplete() { return ref.host!.updateComplete; }, requestUpdate: () => ref.host?.requestUpdate() },
    stand(info, true),
  );
  panel.open = true;
  return {
    view: (s) => {
      const w = settingsStrings(s.lang);
      const stage = renderStage(
        sample.stage({ otherPanelOpen: true, extraControls: panel.button(w, 'call'), extraPanels: panel.panel(w, 'call') }),
        { toggleAudio: noop, toggleVideo: noop, toggleParticipants: noop, leave: noop },
        s,
      );
      return sharing ? renderShareLayout(sample.shareLayout(), { toggleFullscreen: noop, toggleShare: noop }, s, stage) : stage;
    },
    after: async (host) => {
      ref.host = host;
      await host.updateComplete;
    },
  };
}

/**
 * The control bar as the call view composes it with every feature on (raise hand, share, chat,
 * captions, settings): the bar a participant sees, to look at on a phone.
 */
function everyControl(info: SettingsInfo): GalleryState {
  const ref: { host?: ViewHost } = {};
  const panel = new SettingsPanel(
    { get renderRoot() { return ref.host!.renderRoot; }, get updateComplete() { return ref.host!.updateComplete; }, requestUpdate: () => ref.host?.requestUpdate() },
    stand(info, true),
  );
  return {
    view: (s) =>
      renderStage(
        sample.stage({
          extraControls: html`${renderHandButton(false, false, noop, hostWords(s.lang))}${renderShareButton(
            sample.shareButton(),
            { toggleShare: noop },
            s,
          )}${renderChatButton(sample.chatButton({ unread: 2 }), { toggleChat: noop }, s)}${renderCaptionsButton(
            true,
            false,
            { toggle: noop },
            s,
          )}${panel.button(settingsStrings(s.lang), 'call')}`,
        }),
        { toggleAudio: noop, toggleVideo: noop, toggleParticipants: noop, leave: noop },
        s,
      ),
    after: async (host) => {
      ref.host = host;
      await host.updateComplete;
    },
  };
}

export const SETTINGS_STATES: Record<string, GalleryState> = {
  'stage-every-control': everyControl(settings({})),
  'settings-prejoin-blur': prejoinState(settings({ unsupported: { hd: 'after-join' } })),
  'settings-call': callState(settings({ background: 'sea', mirrored: true, hd: true })),
  'settings-share': callState(settings({ background: 'sea', mirrored: true, hd: true }), true),
  'settings-unsupported': prejoinState(
    settings({ background: 'none', noiseSuppression: false, unsupported: { background: 'isolation', noiseSuppression: 'isolation', hd: 'after-join' } }),
  ),
};
