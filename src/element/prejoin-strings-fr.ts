/** The French words of the form: a chunk of its own, loaded by `loadPrejoinStrings('fr')`. */
import { LIMITS, SESSION_NAME_SYMBOLS, isSessionNameChar } from '../token/rules.js';
import type { PrejoinStrings } from './prejoin-strings.js';

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

