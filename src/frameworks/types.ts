/**
 * `zoom-session-element/frameworks`: the element's attributes, properties and events as types, for
 * typing `<zoom-session>` in any template language (Svelte's `svelte/elements`, Solid's JSX, ...).
 * React 19 and Vue have theirs ready: `zoom-session-element/react`, `zoom-session-element/vue`.
 * Type-only: nothing here runs. The pack check compiles these against custom-elements.json, so
 * they name what the element observes and fires.
 */
import type { ZoomSession } from '../element/zoom-session.js';
import type { MediaMode } from '../session/types.js';

/** Every attribute `<zoom-session>` observes, as a page writes it. */
export interface ZoomSessionAttributes {
  'session-name'?: string;
  'user-name'?: string;
  passcode?: string;
  'token-endpoint'?: string;
  'token-csrf-meta'?: string;
  'session-role'?: 'participant' | 'host';
  assets?: string;
  lang?: string;
  'video-mode'?: MediaMode;
  'audio-mode'?: MediaMode;
  'start-muted'?: boolean;
  'start-video-off'?: boolean;
  'no-preview'?: boolean;
  'no-share'?: boolean;
  'no-chat'?: boolean;
  'no-hands'?: boolean;
  'no-host-controls'?: boolean;
  captions?: boolean;
  'caption-lang'?: string;
  'auto-join'?: boolean;
  background?: string;
  'noise-suppression'?: string;
  'no-remember'?: boolean;
}

/** The element's writable properties (objects and functions can only be set this way). */
export type ZoomSessionProperties = Partial<
  Pick<
    ZoomSession,
    | 'sessionName'
    | 'userName'
    | 'passcode'
    | 'tokenEndpoint'
    | 'tokenCsrfMeta'
    | 'sessionRole'
    | 'tokenProvider'
    | 'assets'
    | 'language'
    | 'videoMode'
    | 'audioMode'
    | 'startMuted'
    | 'startVideoOff'
    | 'noPreview'
    | 'noShare'
    | 'noChat'
    | 'noHands'
    | 'noHostControls'
    | 'captions'
    | 'captionLang'
    | 'autoJoin'
    | 'clientLoader'
    | 'strings'
    | 'background'
    | 'noiseSuppression'
    | 'noRemember'
  >
>;

/** The element's events by name (`session/events.ts`; also in `GlobalEventHandlersEventMap`). */
export type { ZoomSessionEventMap } from '../session/events.js';

/** `zoom-session-joined` -> `zoomSessionJoined`. */
export type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
