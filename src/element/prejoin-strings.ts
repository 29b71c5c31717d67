/**
 * The words of the pre-join form, in every shipped language: the part of the string tables a page
 * downloads with the element's first chunk. The rest of each table (the call, errors, share, chat)
 * is in `strings.ts`, which loads with the call.
 */
import type { InputProblem } from '../token/rules.js';

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

/**
 * The form's tables by primary language subtag. English ships in the first chunk; every other
 * language is a small chunk of its own, loaded when an element asks for it (`loadPrejoinStrings`),
 * so a page pays only for the languages it shows.
 */
// Without a prototype: `lang="constructor"` finds no table (own properties only), so English.
const PREJOIN: Record<string, PrejoinStrings> = { __proto__: null, en: enPrejoin } as never;
const LOADERS: Record<string, () => Promise<PrejoinStrings>> = {
  __proto__: null,
  fr: () => import('./prejoin-strings-fr.js').then((m) => m.frPrejoin),
} as never;
const loading = new Map<string, Promise<void>>();

/** Loads the form's words for a language when they ship and are not loaded yet. */
export function loadPrejoinStrings(lang: string | null | undefined): Promise<void> | undefined {
  const primary = primaryLanguage(lang);
  const load = LOADERS[primary];
  if (!load || PREJOIN[primary]) return undefined;
  let pending = loading.get(primary);
  if (!pending) {
    pending = load().then(
      (table) => void (PREJOIN[primary] = table),
      () => void loading.delete(primary),
    );
    loading.set(primary, pending);
  }
  return pending;
}

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

/**
 * The form's words for a language (English when not shipped or not loaded yet), with `overrides`
 * merged over them.
 */
export function prejoinStringsFor(lang: string | null | undefined, overrides?: Partial<PrejoinStrings>): PrejoinStrings {
  return mergeStrings(PREJOIN[primaryLanguage(lang)] ?? enPrejoin, overrides);
}
