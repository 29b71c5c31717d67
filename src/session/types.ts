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
