/**
 * The words of cloud recording (`session/slices/recording.ts`, `views/recording.ts`), English and
 * French: the notices said once per change, the refusals, the indicator and the host's buttons.
 * Apart from `strings.ts` and `notice-strings.ts` so the feature keeps its words together.
 */
import type { NoticeParams } from '../session/slices/notices.js';
import type { RecordingAction, RecordingStatus } from '../session/slices/recording.js';

export interface RecordingWords {
  /** The persistent indicator's words, by status (stopped shows nothing). */
  readonly indicator: Readonly<Record<Exclude<RecordingStatus, 'stopped'>, string>>;
  /** The host's buttons, their accessible names. */
  readonly action: Readonly<Record<RecordingAction, string>>;
  /** The same buttons' visible words, short for narrow screens (each a start of its accessible name). */
  readonly short: Readonly<Record<RecordingAction, string>>;
  /** The group of recording controls (its accessible name). */
  readonly controls: string;
}

type Said = (params: NoticeParams) => string;

const codeOf = (p: NoticeParams): number => Number(p['code'] ?? 0);

export const recordingEn: RecordingWords = {
  indicator: { recording: 'Recording', paused: 'Recording paused' },
  action: { start: 'Record', pause: 'Pause recording', resume: 'Resume recording', stop: 'Stop recording' },
  short: { start: 'Record', pause: 'Pause', resume: 'Resume', stop: 'Stop' },
  controls: 'Cloud recording',
};

export const recordingFr: RecordingWords = {
  indicator: { recording: 'Enregistrement', paused: 'Enregistrement en pause' },
  action: {
    start: 'Enregistrer',
    pause: 'Mettre l’enregistrement en pause',
    resume: 'Reprendre l’enregistrement',
    stop: 'Arrêter l’enregistrement',
  },
  short: { start: 'Enregistrer', pause: 'Mettre en pause', resume: 'Reprendre', stop: 'Arrêter' },
  controls: 'Enregistrement dans le cloud',
};

export const recordingNoticesEn: Readonly<Record<'recording' | 'recording-refused', Said>> = {
  recording: (p) =>
    p['status'] === 'recording'
      ? 'This session is being recorded.'
      : p['status'] === 'paused'
        ? 'The recording of this session is paused.'
        : 'The recording of this session stopped.',
  'recording-refused': (p) => {
    switch (codeOf(p)) {
      case 5006:
        return 'Only a host or a manager can control the recording.';
      case 7200:
        return 'Cloud recording is turned off for this Zoom account. An account administrator can turn it on in the Zoom web portal.';
      case 7201:
        return 'This Zoom account does not allow the recording to be paused or stopped.';
      case 7202:
        return 'Nothing is being recorded.';
      default:
        return `The recording could not be changed${codeOf(p) ? ` (Zoom error ${codeOf(p)})` : ''}. Try again in a moment.`;
    }
  },
};

export const recordingNoticesFr: Readonly<Record<'recording' | 'recording-refused', Said>> = {
  recording: (p) =>
    p['status'] === 'recording'
      ? 'Cette session est enregistrée.'
      : p['status'] === 'paused'
        ? 'L’enregistrement de cette session est en pause.'
        : 'L’enregistrement de cette session est arrêté.',
  'recording-refused': (p) => {
    switch (codeOf(p)) {
      case 5006:
        return 'Seul un organisateur ou un gestionnaire peut contrôler l’enregistrement.';
      case 7200:
        return 'L’enregistrement dans le cloud est désactivé pour ce compte Zoom. Un administrateur du compte peut l’activer sur le portail web de Zoom.';
      case 7201:
        return 'Ce compte Zoom ne permet pas de mettre en pause ni d’arrêter l’enregistrement.';
      case 7202:
        return 'Rien n’est enregistré.';
      default:
        return `L’enregistrement n’a pas pu être modifié${codeOf(p) ? ` (erreur Zoom ${codeOf(p)})` : ''}. Réessayez dans un instant.`;
    }
  },
};
