/**
 * Sample models for every state of every view: shared by the view tests and the screenshot
 * gallery, so what is tested is what is looked at.
 */
import type { ChatButtonModel, ChatPanelModel } from '../../src/element/views/chat.js';
import type { ErrorModel } from '../../src/element/views/error.js';
import type { JoiningModel } from '../../src/element/views/joining.js';
import type { LeftModel } from '../../src/element/views/left.js';
import type { PrejoinModel } from '../../src/element/views/prejoin.js';
import { previewExtras } from '../../src/element/views/preview-extras.js';
import type { ShareButtonModel, ShareLayoutModel } from '../../src/element/views/share.js';
import type { StageModel } from '../../src/element/views/stage.js';
import { PanelRows, renderParticipantsPanel, type PanelModel } from '../../src/element/views/participants-panel.js';
import { crowdStrings } from '../../src/element/crowd-strings.js';
import type { Strings } from '../../src/element/strings.js';
import { SessionError, sessionError, toSessionError } from '../../src/session/errors.js';
import { CHAT_MAX_LENGTH, type ChatMessage, type ParticipantInfo, type PreviewInfo, type ShareInfo } from '../../src/session/types.js';
import { csrfMetaHeaders } from '../../src/token/csrf-meta.js';
import { validateSessionInput } from '../../src/token/rules.js';
import { TokenError } from '../../src/token/types.js';

export const cameras = [
  { deviceId: 'cam-1', label: 'Integrated Camera' },
  { deviceId: 'cam-2', label: 'USB Document Camera' },
];
export const microphones = [
  { deviceId: 'mic-1', label: 'Built-in Microphone' },
  { deviceId: 'mic-2', label: 'Headset Microphone' },
];

export function preview(overrides: Partial<PreviewInfo> = {}): PreviewInfo {
  return {
    videoOn: true,
    audioOn: true,
    level: 0.42,
    cameras,
    microphones,
    cameraId: 'cam-1',
    microphoneId: 'mic-1',
    ...overrides,
  };
}

export function prejoin(overrides: Partial<PrejoinModel> = {}): PrejoinModel {
  return {
    fields: ['sessionName', 'userName', 'passcode'],
    values: { sessionName: '', userName: '', passcode: '' },
    problems: [],
    preview: preview(),
    previewExtras,
    ...overrides,
  };
}

/** The form after a Join with a bad session name, no name and a passcode one character too long. */
export function prejoinWithProblems(): PrejoinModel {
  const values = { sessionName: 'plenary/room', userName: '', passcode: '12345678901' };
  return prejoin({ values, problems: validateSessionInput(values), preview: preview({ videoOn: false }) });
}

/** The page set every attribute: just the preview and Join. */
export function prejoinAllSet(): PrejoinModel {
  return prejoin({
    fields: [],
    values: { sessionName: 'spring-workshop-plenary', userName: 'Ada Lovelace', passcode: 'abc123' },
  });
}

export const joining = (step: JoiningModel['step'] = 'getting-token'): JoiningModel => ({ state: 'joining', step });

export const people: ParticipantInfo[] = [
  { userId: 101, name: 'Ada Lovelace', audioMuted: false, videoOn: true, isHost: false, isSelf: true },
  { userId: 102, name: 'Grace Hopper', audioMuted: false, videoOn: true, isHost: true, isSelf: false },
  { userId: 103, name: 'Émilie du Châtelet', audioMuted: true, videoOn: false, isHost: false, isSelf: false },
  { userId: 104, name: 'Katherine Johnson', audioMuted: true, videoOn: true, isHost: false, isSelf: false },
];

/**
 * The stage with the participants panel the call view gives it (`views/participants-panel.ts`,
 * windowed, with search), for `model`'s participants and `panelOpen`; `extras` are the panel's
 * raised hands and per-row actions (issue 13).
 */
export function withPanel(
  model: StageModel,
  s: Strings,
  extras: Pick<PanelModel, 'hands' | 'top' | 'rowActions'> = {},
): StageModel {
  const panel: PanelModel = {
    open: model.panelOpen,
    participants: model.participants,
    query: '',
    scrollTop: 0,
    viewportHeight: 480,
    ...extras,
  };
  const rows = model.panelOpen ? new PanelRows().rows(model.participants, '') : [];
  const noop = () => {};
  return { ...model, panel: renderParticipantsPanel(panel, rows, { search: noop, scroll: noop }, s, crowdStrings(s.lang)) };
}

export function stage(overrides: Partial<StageModel> = {}): StageModel {
  return {
    state: 'joined',
    participants: people,
    activeSpeakerId: 102,
    audioMuted: false,
    videoOn: true,
    panelOpen: false,
    ...overrides,
  };
}

export const errors = {
  network: (): ErrorModel => ({
    error: new SessionError({
      code: 'network',
      source: 'network',
      message: 'The connection to Zoom failed.',
      retryable: true,
      cause: { type: 'JOIN_MEETING_FAILED', errorCode: 200, reason: 'connection error' },
    }),
  }),
  passcode: (): ErrorModel => ({
    error: new SessionError({
      code: 'passcode-too-long',
      source: 'input',
      field: 'passcode',
      message: 'The passcode can have at most 10 characters; it has 11.',
    }),
  }),
  /** token-csrf-meta names a tag the page does not have: the real error, from an empty document. */
  csrf: (): ErrorModel => {
    try {
      csrfMetaHeaders('csrf-token', document.implementation.createHTMLDocument(''));
    } catch (cause) {
      return { error: toSessionError(cause, { stage: 'token' }) };
    }
    throw new Error('csrfMetaHeaders found a tag in an empty document');
  },
  full: (): ErrorModel => ({
    error: new SessionError({
      code: 'session-full',
      source: 'sdk',
      message: 'This session is full.',
      cause: { type: 'JOIN_MEETING_FAILED', errorCode: 4005, reason: 'session capacity exceeded' },
    }),
  }),
};

export const left = (reason: LeftModel['reason'] = 'left'): LeftModel => ({ reason });

/** Grace Hopper (102) shares; `self` makes it Ada's (101) own share. */
export function shareInfo(self = false): ShareInfo {
  return self
    ? { sharing: true, userId: 101, userName: 'Ada Lovelace', self: true }
    : { sharing: true, userId: 102, userName: 'Grace Hopper', self: false };
}

export function shareLayout(overrides: Partial<ShareLayoutModel> = {}): ShareLayoutModel {
  return { share: shareInfo(), fullscreen: false, ...overrides };
}

export function shareButton(overrides: Partial<ShareButtonModel> = {}): ShareButtonModel {
  return { allowed: true, sharing: false, supported: true, ...overrides };
}

export const shareErrors = {
  dismissed: () => sessionError('share-dismissed', { stage: 'share' }),
  locked: () => sessionError('share-locked', { stage: 'share' }),
  unsupported: () => sessionError('share-unsupported', { stage: 'share' }),
};

const at = (minute: number) => Date.UTC(2026, 3, 14, 9, minute);

export const chatMessages: ChatMessage[] = [
  { id: 'm1', senderId: 102, senderName: 'Grace Hopper', text: 'Welcome, everyone! The slides are on the shared screen.', timestamp: at(2), self: false, private: false },
  { id: 'm2', senderId: 101, senderName: 'Ada Lovelace', text: 'Thank you! Could you go back one slide?', timestamp: at(3), self: true, private: false },
  { id: 'm3', senderId: 104, senderName: 'Katherine Johnson', text: 'A question for later:\nhow were the trajectories checked by hand?', timestamp: at(5), self: false, private: false },
  { id: 'm4', senderId: 103, senderName: 'Émilie du Châtelet', text: 'Materials: https://events.example/spring-workshop-2026/plenary/materials/2026-04-14-session-one-slides-final-v3.pdf', timestamp: at(6), self: false, private: true },
  { id: 'm5', senderId: 102, senderName: 'Grace Hopper', text: '<b>Not bold</b> <img src=x onerror="alert(1)"> stays text.', timestamp: at(7), self: false, private: false },
];

export function chat(overrides: Partial<ChatPanelModel> = {}): ChatPanelModel {
  return {
    allowed: true,
    open: true,
    messages: chatMessages,
    draft: '',
    maxLength: CHAT_MAX_LENGTH,
    ...overrides,
  };
}

export function chatButton(overrides: Partial<ChatButtonModel> = {}): ChatButtonModel {
  return { allowed: true, open: false, unread: 3, ...overrides };
}

/**
 * Text from outside at its most awkward, for the overflow checks: names, a path and addresses
 * with no place to break.
 */
export const longWords = {
  name: 'Maximiliane-Konstantina_Wolfeschlegelsteinhausenbergerdorff',
  path: '/home/ada/Documents/Conferences/2026/spring-workshop/plenary/notes-final-final-v3.md',
  url: 'https://events.example/spring-workshop-2026/plenary/materials/2026-04-14-session-one-slides-final-v3.pdf',
};

export const longPeople: ParticipantInfo[] = [
  { ...people[0]!, name: longWords.name },
  { userId: 105, name: longWords.url, audioMuted: true, videoOn: false, isHost: true, isSelf: false },
  ...people.slice(1, 3),
];

export const longChat: ChatMessage[] = [
  { id: 'l1', senderId: 105, senderName: longWords.name, text: `Slides: ${longWords.url}.`, timestamp: at(8), self: false, private: true },
  { id: 'l2', senderId: 101, senderName: 'Ada Lovelace', text: `My notes: ${longWords.path} (Donaudampfschifffahrtsgesellschaftskapitänswitwe)`, timestamp: at(9), self: true, private: false },
];

/** A token service failure: its message names the service's long address. */
export const longError = (): ErrorModel => ({
  error: toSessionError(
    new TokenError('token-endpoint-unreachable', `Could not reach the token service at ${longWords.url}?event=spring-workshop-2026-plenary&room=${longWords.name}.`),
    { stage: 'token' },
  ),
});

/** A page's own token provider failing in its own words, which the element shows as they are. */
export const ownWordsError = (): ErrorModel => ({
  error: new SessionError({
    code: 'token-endpoint-unreachable',
    source: 'network',
    retryable: true,
    message: `Our sign-in service at ${longWords.url} is down for maintenance until 10:00.`,
  }),
});
