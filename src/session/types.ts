/**
 * The session engine's contract with the element: what the `SessionController` exposes and what
 * the views render. Plain data only, so the views can be rendered and tested without the SDK.
 */

/** Where the session stands. `failed` can follow any step; `reconnecting` only `joined`. */
export type SessionState =
  | 'idle'
  | 'preparing'
  | 'joining'
  | 'joined'
  | 'reconnecting'
  | 'leaving'
  | 'left'
  | 'failed';

/** The step in progress while `preparing` or `joining`, for progress text. */
export type JoinStep =
  | 'checking'
  | 'getting-token'
  | 'loading'
  | 'connecting'
  | 'starting-audio'
  | 'starting-video';

/** One person in the session, as the element shows them. */
export interface ParticipantInfo {
  userId: number;
  name: string;
  /** True when muted or not connected to audio. */
  audioMuted: boolean;
  videoOn: boolean;
  isHost: boolean;
  /** This browser's own participant. */
  isSelf: boolean;
}

/** A camera or microphone the participant can choose. */
export interface MediaDeviceChoice {
  deviceId: string;
  label: string;
}

/** The self-view and microphone before joining. */
export interface PreviewInfo {
  videoOn: boolean;
  audioOn: boolean;
  /** Microphone level, 0 to 1, while audio preview runs. */
  level: number;
  cameras: MediaDeviceChoice[];
  microphones: MediaDeviceChoice[];
  cameraId: string | undefined;
  microphoneId: string | undefined;
}

/** The preview before anything started: camera and microphone off, no devices known yet. */
export function emptyPreview(): PreviewInfo {
  return { videoOn: false, audioOn: false, level: 0, cameras: [], microphones: [], cameraId: undefined, microphoneId: undefined };
}

/** Video and audio mode: WebRTC (default) or WebAssembly; becomes the JWT's `*_webrtc_mode`. */
export type MediaMode = 'webrtc' | 'wasm';

/** Everything a join needs. */
export interface JoinOptions {
  sessionName: string;
  userName: string;
  passcode?: string | undefined;
  userKey?: string | undefined;
  sessionKey?: string | undefined;
  role: 'participant' | 'host';
  videoMode: MediaMode;
  audioMode: MediaMode;
  startMuted: boolean;
  startVideoOff: boolean;
}

/**
 * The screen share this browser shows now: someone else's (the one the SDK makes active) or its
 * own. `userId` and `userName` are set while `sharing`; `userName` is empty when the sharer is not
 * in the participant list yet.
 */
export interface ShareInfo {
  sharing: boolean;
  userId?: number | undefined;
  userName?: string | undefined;
  /** True while this browser shares its own screen. */
  self: boolean;
}

/** One chat message, as the element shows it: plain text, never markup. */
export interface ChatMessage {
  /** The SDK's message id, or a local one when the SDK gave none. */
  id: string;
  senderId: number;
  senderName: string;
  text: string;
  /** Milliseconds since the epoch, as the SDK stamps it. */
  timestamp: number;
  /** Sent by this browser. */
  self: boolean;
  /** Sent to this participant only (by another participant's client), not to everyone. */
  private: boolean;
}

/** The session's chat: every message since joining (the last `CHAT_HISTORY_LIMIT`), and how many incoming ones are unread. */
export interface ChatInfo {
  messages: readonly ChatMessage[];
  unread: number;
}

/**
 * The longest chat message, in characters (code points). The Video SDK's typings name no limit;
 * Zoom's Video SDK chat guide says Zoom truncates messages over 10,000 bytes and recommends at
 * most 1,000 characters, so the engine refuses longer ones rather than let Zoom cut them.
 */
export const CHAT_MAX_LENGTH = 1000;

/** How many chat messages the engine keeps (the oldest go first). */
export const CHAT_HISTORY_LIMIT = 500;

/**
 * The participant's settings as the `zoom-session-settings` event says them (issue 17). `background`
 * is `none`, `blur`, a built-in name (`dusk`, `sea`, `paper`), `own` (their own image, which never
 * leaves the page) or the page's image URL. Device ids are undefined for the browser's default.
 */
export interface SessionSettings {
  background: string;
  noiseSuppression: boolean;
  originalSound: boolean;
  mirrored: boolean;
  hd: boolean;
  cameraId: string | undefined;
  microphoneId: string | undefined;
  speakerId: string | undefined;
}
