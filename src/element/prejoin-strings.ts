/**
 * The words of the pre-join form, in every shipped language: the part of the string tables a page
 * downloads with the element's first chunk. The rest of each table (the call, errors, share, chat)
 * is in `strings.ts`, which loads with the call.
 */
import { LIMITS, SESSION_NAME_SYMBOLS, isSessionNameChar, type InputProblem } from '../token/rules.js';

export interface PrejoinStrings {
  /** BCP 47 language of this table; set as `lang` on each view's root. */
  lang: string;

  // Pre-join form
  sessionNameLabel: string;
  userNameLabel: string;
  passcodeLabel: string;
  /** The passcode field's hint: its limit. */
  passcodeHint: (max: number) => string;
  /** The Join button's default label (the `join-label` slot replaces it). */
  join: string;
  /** Wording of a rule problem; `value` is the field's current value when known. */
  inputProblem: (problem: InputProblem, value?: string) => string;

  // Preview
  previewLabel: string;
  previewCameraOff: string;
  camera: string;
  microphone: string;
  cameraSelectLabel: string;
  microphoneSelectLabel: string;
  /** A device without a label (before permission is granted): "Camera 2". */
  deviceFallback: (kind: 'camera' | 'microphone', index: number) => string;
  microphoneLevel: string;

}

/** Counts characters as people see them (code points), as the rules do. */
const charCount = (value: string): number => Array.from(value).length;

// French typography: a no-break space before ; : ? ! and inside « ».
export const NB = '\u00a0';

/** Describes offending characters in French, as the rules do in English. */
function describeCharactersFr(chars: string[]): string {
  return [...new Set(chars)]
    .slice(0, 5)
    .map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      if (ch === ' ') return 'une espace';
      if (code < 32 || code === 127) return `un caractère de contrôle (code ${code})`;
      if (/\s/u.test(ch)) {
        return `un caractère d’espacement (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
      }
      return `«${NB}${ch}${NB}»`;
    })
    .join(', ');
}

/** French wording of a rule problem by its code; `undefined` for a code this table does not know. */
export function inputMessageFr(code: string, value?: string): string | undefined {
  const has = (n: number) => (value === undefined ? '' : `${NB}; il en a ${n}`);
  const v = value ?? '';
  switch (code) {
    case 'session-name-missing':
      return 'Saisissez un nom de session.';
    case 'session-name-too-long':
      return `Le nom de session peut avoir au plus ${LIMITS.sessionName} caractères${has(charCount(v))}.`;
    case 'session-name-invalid-characters': {
      const bad = Array.from(v).filter((ch) => !isSessionNameChar(ch));
      const which = bad.length > 0 ? describeCharactersFr(bad) : 'certains caractères';
      return (
        `Le nom de session ne peut pas contenir ${which}. ` +
        `Utilisez des lettres de A à Z, des chiffres, des espaces et ${SESSION_NAME_SYMBOLS.split('').join(' ')}`
      );
    }
    case 'user-name-missing':
      return 'Saisissez votre nom.';
    case 'user-name-too-long':
      return `Votre nom peut avoir au plus ${LIMITS.userName} caractères${has(charCount(v.trim()))}.`;
    case 'passcode-too-long':
      return `Le code secret peut avoir au plus ${LIMITS.passcode} caractères${has(charCount(v))}.`;
    case 'passcode-invalid-characters': {
      const bad = Array.from(v).filter((ch) => {
        const c = ch.codePointAt(0) ?? 0;
        return c < 32 || c > 126;
      });
      const which = bad.length > 0 ? describeCharactersFr(bad) : 'certains caractères';
      return (
        `Le code secret ne peut pas contenir ${which}. ` +
        'Utilisez seulement des lettres de A à Z, des chiffres, des espaces et les symboles d’un clavier standard.'
      );
    }
    case 'user-key-too-long':
      return `La clé d’utilisateur peut avoir au plus ${LIMITS.key} caractères${has(charCount(v))}.`;
    case 'session-key-too-long':
      return `La clé de session peut avoir au plus ${LIMITS.key} caractères${has(charCount(v))}.`;
    default:
      return undefined;
  }
}

/** English words of the form. */
export const enPrejoin: PrejoinStrings = {
  lang: 'en',

  sessionNameLabel: 'Session name',
  userNameLabel: 'Your name',
  passcodeLabel: 'Passcode',
  passcodeHint: (max) => `At most ${max} characters.`,
  join: 'Join',
  inputProblem: (problem) => problem.message,

  previewLabel: 'Preview',
  previewCameraOff: 'Your camera is off',
  camera: 'Camera',
  microphone: 'Microphone',
  cameraSelectLabel: 'Choose a camera',
  microphoneSelectLabel: 'Choose a microphone',
  deviceFallback: (kind, index) => `${kind === 'camera' ? 'Camera' : 'Microphone'} ${index}`,
  microphoneLevel: 'Microphone level',

};

/** French words of the form. */
export const frPrejoin: PrejoinStrings = {
  lang: 'fr',

  sessionNameLabel: 'Nom de la session',
  userNameLabel: 'Votre nom',
  passcodeLabel: 'Code secret',
  passcodeHint: (max) => `${max} caractères au plus.`,
  join: 'Rejoindre',
  inputProblem: (problem, value) => inputMessageFr(problem.code, value) ?? 'Une information saisie n’est pas valable.',

  previewLabel: 'Aperçu',
  previewCameraOff: 'Votre caméra est coupée',
  camera: 'Caméra',
  microphone: 'Micro',
  cameraSelectLabel: 'Choisir une caméra',
  microphoneSelectLabel: 'Choisir un micro',
  deviceFallback: (kind, index) => `${kind === 'camera' ? 'Caméra' : 'Micro'} ${index}`,
  microphoneLevel: 'Niveau du micro',

};

/** The form's tables by primary language subtag. */
const PREJOIN: Readonly<Record<string, PrejoinStrings>> = { en: enPrejoin, fr: frPrejoin };

/** The primary subtag of a BCP 47 tag, lower case: `fr-CA` and `FR_be` give `fr`. */
export function primaryLanguage(lang: string | null | undefined): string {
  return (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * A partial table merged over `base`. Entries set to `undefined` (from plain JavaScript) are
 * ignored, so an override can never blank a string.
 */
export function mergeStrings<T extends object>(base: T, overrides?: Partial<T>): T {
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined && key in base) merged[key] = value;
  }
  return merged as unknown as T;
}

/** The form's words for a language (English when not shipped), with `overrides` merged over them. */
export function prejoinStringsFor(lang: string | null | undefined, overrides?: Partial<PrejoinStrings>): PrejoinStrings {
  return mergeStrings(PREJOIN[primaryLanguage(lang)] ?? enPrejoin, overrides);
}
