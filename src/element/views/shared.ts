/**
 * What the element and the session engine rely on in the views' DOM: element ids, data attributes
 * and the focus contract. The views render into the element's shadow root one at a time, so an id
 * is unique within the view that renders it.
 */

/**
 * Marks the control a view wants focused when it appears (Cancel while joining, Retry or Edit on
 * an error, Rejoin after leaving, the microphone button in the call, the first field with a
 * problem in the pre-join form). The element moves focus there after a view change, and only when
 * focus was inside the element before the change: never on first render, so a page never has its
 * focus stolen.
 */
export const AUTOFOCUS_SELECTOR = '[data-autofocus]';

/**
 * Focuses the `[autofocus]` control of the view just rendered in `root`, in the next animation
 * frame, before its style and layout: `focus()` lays the page out, and in the task of a click on
 * Join that came before the token request left. Nothing is painted or announced in between, so
 * focus is seen going from the old view's control to the new one's (a hidden page runs no frames:
 * focus moves when it shows again, before it is painted). Unless focus moved in the meantime: a
 * page's or a participant's own move wins.
 */
export function focusViewInNextFrame(root: ShadowRoot): void {
  const active = document.activeElement;
  const inner = root.activeElement;
  requestAnimationFrame(() => {
    if (document.activeElement === active && root.activeElement === inner) {
      root.querySelector<HTMLElement>(AUTOFOCUS_SELECTOR)?.focus();
    }
  });
}

/** Ids in the pre-join view. The form's fields use their `SessionField` name as their id. */
export const PREJOIN_IDS = {
  form: 'prejoin-form',
  /** The self-view `<video>` (muted, playsinline) the controller starts the camera into. */
  previewVideo: 'preview-video',
  microphoneToggle: 'preview-microphone-button',
  cameraToggle: 'preview-camera-button',
  cameraSelect: 'camera-select',
  microphoneSelect: 'microphone-select',
  level: 'microphone-level',
  joinButton: 'join-button',
} as const;

/**
 * The selector of the element the engine puts one participant's `<video-player>` into: an empty
 * `<div data-video-slot="USERID">` inside that participant's tile, inside the
 * `<video-player-container>`. The views never render children into it, so what the engine
 * appends stays; the tile is keyed by user id, so it moves with its participant when the list is
 * reordered, and is removed (with what the engine put in it) when the participant leaves.
 */
export function videoSlotSelector(userId: number): string {
  return `[data-video-slot="${userId}"]`;
}

/**
 * Initials for an avatar: the first letter of the first and of the last word ("Ada King
 * Lovelace" -> "AL"), one letter for one word, "?" for an empty name. Counts characters as people
 * see them, so accented and non-Latin letters work.
 */
export function initials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return '?';
  const first = (w: string) => Array.from(w.replace(/^[^\p{L}\p{N}]+/u, ''))[0] ?? '';
  const letters = words.length === 1 ? first(words[0]!) : first(words[0]!) + first(words[words.length - 1]!);
  return letters.toLocaleUpperCase();
}
