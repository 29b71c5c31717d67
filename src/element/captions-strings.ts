/**
 * The words of live captions (`session/slices/captions.ts`, `views/captions.ts`), English and
 * French: the CC button, the language picker, the transcript downloads and the refusal notice.
 * Language names come from the browser (`Intl.DisplayNames`), in the element's language.
 */
import type { NoticeParams } from '../session/slices/notices.js';

export interface CaptionWords {
  /** The CC button's accessible name (a toggle: aria-pressed says whether they are on). */
  readonly button: string;
  /** Its visible words. */
  readonly short: string;
  /** The region of the caption lines. */
  readonly region: string;
  /** The download buttons, in the group named `downloads`. */
  readonly downloadVtt: string;
  readonly downloadText: string;
  /** The downloaded file's base name. */
  readonly fileName: string;
  /** The group of caption settings and downloads (its accessible name). */
  readonly settings: string;
  /** The picker of the language this participant speaks. */
  readonly spokenLanguage: string;
  /** Its first choice: the session's language, unchanged. */
  readonly sessionLanguage: string;
  /** The picker of the language captions show in (translation). */
  readonly captionLanguage: string;
  /** Its first choice: no translation. */
  readonly sameAsSpoken: string;
  /** Before the download links (after the call too). */
  readonly downloads: string;
}

export const captionsEn: CaptionWords = {
  button: 'Captions',
  short: 'CC',
  region: 'Live captions',
  downloadVtt: 'WebVTT',
  downloadText: 'Text',
  fileName: 'transcript',
  settings: 'Captions',
  spokenLanguage: 'I speak',
  sessionLanguage: 'Session language',
  captionLanguage: 'Captions in',
  sameAsSpoken: 'Language spoken',
  downloads: 'Download the transcript',
};

export const captionsFr: CaptionWords = {
  button: 'Sous-titres',
  short: 'ST',
  region: 'Sous-titres en direct',
  downloadVtt: 'WebVTT',
  downloadText: 'Texte',
  fileName: 'transcription',
  settings: 'Sous-titres',
  spokenLanguage: 'Je parle',
  sessionLanguage: 'Langue de la session',
  captionLanguage: 'Sous-titres en',
  sameAsSpoken: 'Langue parlée',
  downloads: 'Télécharger la transcription',
};

const codeOf = (p: NoticeParams): number => Number(p['code'] ?? 0);

export const captionNoticesEn: Readonly<Record<'captions-refused', (p: NoticeParams) => string>> = {
  'captions-refused': (p) =>
    codeOf(p) === 7300
      ? 'Captions are not available: live transcription is not turned on for this Zoom account or session.'
      : codeOf(p) === 7301
        ? 'The host turned captions off for this session.'
        : codeOf(p) === 7304
          ? 'Translated captions are not available: live translation is not turned on for this Zoom account or session.'
          : codeOf(p) === 7305
            ? 'Captions cannot be translated into that language from the language spoken.'
            : codeOf(p) === 7310
              ? 'The host locked the spoken language of the captions.'
              : codeOf(p) === 7302
                ? 'Captions do not support that spoken language.'
                : `Captions could not be turned on${codeOf(p) ? ` (Zoom error ${codeOf(p)})` : ''}. Try again in a moment.`,
};

export const captionNoticesFr: Readonly<Record<'captions-refused', (p: NoticeParams) => string>> = {
  'captions-refused': (p) =>
    codeOf(p) === 7300
      ? 'Les sous-titres ne sont pas disponibles : la transcription en direct n’est pas activée pour ce compte Zoom ou cette session.'
      : codeOf(p) === 7301
        ? 'L’organisateur a désactivé les sous-titres pour cette session.'
        : codeOf(p) === 7304
          ? 'Les sous-titres traduits ne sont pas disponibles : la traduction en direct n’est pas activée pour ce compte Zoom ou cette session.'
          : codeOf(p) === 7305
            ? 'Les sous-titres ne peuvent pas être traduits dans cette langue depuis la langue parlée.'
            : codeOf(p) === 7310
              ? 'L’organisateur a verrouillé la langue parlée des sous-titres.'
              : codeOf(p) === 7302
                ? 'Les sous-titres ne prennent pas en charge cette langue parlée.'
                : `Les sous-titres n’ont pas pu être activés${codeOf(p) ? ` (erreur Zoom ${codeOf(p)})` : ''}. Réessayez dans un instant.`,
};

/** A language code of the SDK (`'en'`, `'pt-br'`) named in the element's language, or the code itself. */
export function languageName(code: string, lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : code;
  } catch {
    return code;
  }
}

/** The words of a tile's connection bars (`views/quality.ts`), by band. */
export interface QualityWords {
  readonly bad: string;
  readonly normal: string;
  readonly good: string;
}

const qualityEn: QualityWords = { bad: 'Connection: poor', normal: 'Connection: fair', good: 'Connection: good' };
const qualityFr: QualityWords = { bad: 'Connexion : faible', normal: 'Connexion : moyenne', good: 'Connexion : bonne' };

export function qualityWords(lang: string): QualityWords {
  return lang.toLowerCase().startsWith('fr') ? qualityFr : qualityEn;
}
