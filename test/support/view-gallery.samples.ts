/**
 * Sample models for every state of every view: shared by the view tests and the screenshot
 * gallery, so what is tested is what is looked at.
 */
import type { ErrorModel } from '../../src/element/views/error.js';
import type { JoiningModel } from '../../src/element/views/joining.js';
import type { LeftModel } from '../../src/element/views/left.js';
import type { PrejoinModel } from '../../src/element/views/prejoin.js';
import type { StageModel } from '../../src/element/views/stage.js';
import { SessionError } from '../../src/session/errors.js';
import type { ParticipantInfo, PreviewInfo } from '../../src/session/types.js';
import { validateSessionInput } from '../../src/token/rules.js';

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
