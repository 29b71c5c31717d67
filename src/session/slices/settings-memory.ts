/**
 * What the settings slice remembers per origin, in `localStorage` under one key: the chosen
 * devices, the background (`none`, `blur` or a built-in one: never a participant's own image, whose
 * data stays in the page's memory only) and the audio choices. A page that sets `no-remember`
 * stores nothing and reads nothing. Storage that throws (private modes, a full quota, a sandboxed
 * frame) is the same as none.
 */

/** The `localStorage` key. */
export const SETTINGS_KEY = 'zoom-session:settings';

export interface RememberedSettings {
  cameraId?: string;
  microphoneId?: string;
  speakerId?: string;
  background?: string;
  noiseSuppression?: boolean;
  originalSound?: boolean;
  mirrored?: boolean;
  hd?: boolean;
}

const TEXT_KEYS = ['cameraId', 'microphoneId', 'speakerId', 'background'] as const;
const FLAG_KEYS = ['noiseSuppression', 'originalSound', 'mirrored', 'hd'] as const;

/** Only backgrounds that are choices, not data: none, blur or a built-in name (no URL, no image). */
export function rememberableBackground(value: string | undefined): boolean {
  return value !== undefined && /^[a-z-]{1,20}$/.test(value) && value !== 'own';
}

/** Keeps what is well formed of a stored value (another version, a hand edit, junk). */
export function cleanSettings(value: unknown): RememberedSettings {
  const out: RememberedSettings = {};
  if (typeof value !== 'object' || value === null) return out;
  const source = value as Record<string, unknown>;
  for (const key of TEXT_KEYS) {
    const v = source[key];
    if (typeof v === 'string' && v.length > 0 && v.length <= 256) out[key] = v;
  }
  if (!rememberableBackground(out.background)) delete out.background;
  for (const key of FLAG_KEYS) {
    const v = source[key];
    if (typeof v === 'boolean') out[key] = v;
  }
  return out;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readSettings(): RememberedSettings {
  try {
    const raw = storage()?.getItem(SETTINGS_KEY);
    return raw ? cleanSettings(JSON.parse(raw)) : {};
  } catch {
    return {};
  }
}

export function writeSettings(settings: RememberedSettings): void {
  try {
    storage()?.setItem(SETTINGS_KEY, JSON.stringify(cleanSettings(settings)));
  } catch {
    // Nothing stored: the choices hold for this page only.
  }
}
