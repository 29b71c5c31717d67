/**
 * View-gallery states of media changing under the participant (issue 11): the camera or
 * microphone failing (`active-media-failed`), the SDK's pauses, the host's requests and sound
 * blocked by the browser, each as the notices say them over the stage. Kept apart so
 * `view-gallery.states.ts` only spreads them in.
 */
import { html, type TemplateResult } from 'lit';
import type { Strings } from '../../src/element/strings.js';
import { renderNotices } from '../../src/element/views/notices.js';
import { renderStage } from '../../src/element/views/stage.js';
import type { Notice } from '../../src/session/slices/notices.js';
import * as sample from './view-gallery.samples.js';

const noop = () => {};
const stageActions = { toggleAudio: noop, toggleVideo: noop, leave: noop, toggleParticipants: noop };

function overStage(notices: Notice[]): { view: (s: Strings) => TemplateResult } {
  return {
    view: (s) => html`<div style="display: grid; gap: 8px">
      ${renderNotices(notices, { answer: noop, dismiss: noop }, s)} ${renderStage(sample.stage(), stageActions, s)}
    </div>`,
  };
}

export const MEDIA_STATES: Record<string, { view: (s: Strings) => TemplateResult }> = {
  /** The camera unplugged (202), the microphone's permission revoked (103), an iOS tab in the background (207). */
  'stage-media-failed': overStage([
    { id: 1, code: 'media-failed', params: { kind: 'camera', code: 202 }, sticky: false, actions: [] },
    { id: 2, code: 'media-failed', params: { kind: 'microphone', code: 103 }, sticky: false, actions: [] },
    { id: 3, code: 'media-paused', params: { kind: 'camera', code: 207 }, sticky: false, actions: [] },
  ]),
  /** Sound blocked (a prompt), the host stopped the share, a chosen microphone vanished. */
  'stage-media-prompts': overStage([
    { id: 1, code: 'sound-blocked', params: {}, sticky: true, actions: ['enable-sound'] },
    { id: 2, code: 'share-stopped-by-host', params: {}, sticky: false, actions: [] },
    { id: 3, code: 'device-fell-back', params: { kind: 'microphone' }, sticky: false, actions: [] },
  ]),
  /** Out of memory or graphics (204), and the microphone stopped by the system. */
  'stage-media-dropped': overStage([
    { id: 1, code: 'media-failed', params: { kind: 'camera', code: 204 }, sticky: false, actions: [] },
    { id: 2, code: 'microphone-stopped', params: { reason: 'microphone error' }, sticky: false, actions: [] },
    { id: 3, code: 'camera-stopped', params: { reason: 'Stopped' }, sticky: false, actions: [] },
  ]),
};
