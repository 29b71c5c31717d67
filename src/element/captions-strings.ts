/**
 * The words of live captions (`session/slices/captions.ts`, `views/captions.ts`), English and
 * French: the CC button, the transcript downloads and the refusal notice.
 */
import type { NoticeParams } from '../session/slices/notices.js';

export interface CaptionWords {
  /** The CC button's accessible name (a toggle: aria-pressed says whether they are on). */
  readonly button: string;
  /** Its visible words. */
  readonly short: string;
  /** The region of the caption lines. */
  readonly region: string;
  readonly downloadVtt: string;
  readonly downloadText: string;
  /** The downloaded file's base name. */
  readonly fileName: string;
}

export const captionsEn: CaptionWords = {
  button: 'Captions',
  short: 'CC',
  region: 'Live captions',
  downloadVtt: 'Transcript (WebVTT)',
  downloadText: 'Transcript (text)',
  fileName: 'transcript',
};

export const captionsFr: CaptionWords = {
  button: 'Sous-titres',
  short: 'ST',
  region: 'Sous-titres en direct',
  downloadVtt: 'Transcription (WebVTT)',
  downloadText: 'Transcription (texte)',
  fileName: 'transcription',
};

const codeOf = (p: NoticeParams): number => Number(p['code'] ?? 0);

export const captionNoticesEn: Readonly<Record<'captions-refused', (p: NoticeParams) => string>> = {
  'captions-refused': (p) =>
    codeOf(p) === 7300
      ? 'Captions are not available: live transcription is not turned on for this Zoom account or session.'
      : codeOf(p) === 7301
        ? 'The host turned captions off for this session.'
        : `Captions could not be turned on${codeOf(p) ? ` (Zoom error ${codeOf(p)})` : ''}. Try again in a moment.`,
};

export const captionNoticesFr: Readonly<Record<'captions-refused', (p: NoticeParams) => string>> = {
  'captions-refused': (p) =>
    codeOf(p) === 7300
      ? 'Les sous-titres ne sont pas disponibles : la transcription en direct n’est pas activée pour ce compte Zoom ou cette session.'
      : codeOf(p) === 7301
        ? 'L’organisateur a désactivé les sous-titres pour cette session.'
        : `Les sous-titres n’ont pas pu être activés${codeOf(p) ? ` (erreur Zoom ${codeOf(p)})` : ''}. Réessayez dans un instant.`,
};
