/**
 * The reactive properties of `<zoom-session>` and the attributes they read, declared as a table
 * without decorators: the decorator runtime would cost the first chunk more than this table. The
 * documentation of each property is on the class (`zoom-session.ts`).
 */

/**
 * A text attribute whose removal gives back its default: Lit's plain converter would leave `null`
 * in a property every part of the element treats as a string.
 */
const text = (attribute: string, fallback: string) => ({
  attribute,
  converter: { fromAttribute: (value: string | null) => value ?? fallback },
});

export const properties = {
  sessionName: text('session-name', ''),
  userName: text('user-name', ''),
  passcode: text('passcode', ''),
  tokenEndpoint: text('token-endpoint', ''),
  tokenCsrfMeta: text('token-csrf-meta', ''),
  sessionRole: text('session-role', 'participant'),
  tokenProvider: { attribute: false },
  assets: text('assets', 'Global'),
  language: text('lang', 'en-US'),
  videoMode: text('video-mode', 'webrtc'),
  audioMode: text('audio-mode', 'webrtc'),
  startMuted: { type: Boolean, attribute: 'start-muted' },
  startVideoOff: { type: Boolean, attribute: 'start-video-off' },
  noPreview: { type: Boolean, attribute: 'no-preview' },
  noShare: { type: Boolean, attribute: 'no-share' },
  noChat: { type: Boolean, attribute: 'no-chat' },
  autoJoin: { type: Boolean, attribute: 'auto-join' },
  clientLoader: { attribute: false },
  strings: { attribute: false },
  typed: { state: true },
  problems: { state: true },
  loadFailure: { state: true },
  formAfter: { state: true },
  leftReason: { state: true },
};
