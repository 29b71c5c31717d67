/**
 * The SDK's surface, and the only module that touches `@zoom/videosdk`: its types (picked to the
 * parts the engine uses), the payloads of the events the engine listens to, the small rules of the
 * 2.5.0 bundle the engine relies on, and the loader. The SDK (about 290 KB gzipped, one module that
 * does not tree-shake) arrives through the dynamic `import()` of `loadZoomVideoSdk`, so a page pays
 * for it only when a user asks for a preview or a join. Everything else in the session engine talks
 * to the narrow `SdkModule` / `SdkClient` / `SdkStream` surface below (through `ZoomClient`, in
 * `zoom-client.ts`), which is what a test fake implements.
 */
import type {
  AudioOption,
  CaptureVideoOption,
  ChatMessage as SdkChatMessage,
  LocalAudioTrack,
  LocalVideoTrack,
  Participant,
  PassiveStopShareReason,
  VideoPlayer,
  VideoQuality,
  event_active_share_change,
  event_peer_share_state_change,
  event_share_content_change,
} from '@zoom/videosdk';
import { isFailure } from './zoom-features.js';

/** What the SDK's default export is: `createClient()`, `createLocalVideoTrack()`, ... */
export type ZoomVideoSdk = typeof import('@zoom/videosdk').default;

/**
 * Loads the SDK. The default is the dynamic import of `@zoom/videosdk`; tests and advanced hosts
 * (an SDK served from elsewhere, a patched build) pass their own.
 */
export type ClientLoader = () => Promise<ZoomVideoSdk>;

type FullClient = ReturnType<ZoomVideoSdk['createClient']>;
type FullStream = ReturnType<FullClient['getMediaStream']>;
type FullChat = ReturnType<FullClient['getChatClient']>;
type FullRecording = ReturnType<FullClient['getRecordingClient']>;
type FullTranscription = ReturnType<FullClient['getLiveTranscriptionClient']>;
type FullCommand = ReturnType<FullClient['getCommandClient']>;

/** The parts of the SDK's media stream the engine uses. */
export type SdkStream = Pick<
  FullStream,
  | 'startAudio'
  | 'stopAudio'
  | 'muteAudio'
  | 'unmuteAudio'
  | 'isAudioMuted'
  | 'startVideo'
  | 'stopVideo'
  | 'isCapturingVideo'
  | 'attachVideo'
  | 'detachVideo'
  | 'getMaxRenderableVideos'
  | 'isSupportMultipleVideos'
  | 'getSpotlightedUserList'
  | 'switchCamera'
  | 'switchMicrophone'
  | 'startShareScreen'
  | 'stopShareScreen'
  | 'isStartShareScreenWithVideoElement'
  | 'isShareLocked'
  | 'getActiveShareUserId'
  | 'attachShareView'
  | 'detachShareView'
  // host controls (issue 13)
  | 'muteAllAudio' | 'unmuteAllAudio' | 'spotlightVideo' | 'removeSpotlightedVideo' | 'lockShare'
  // settings (issue 17): the calls are in zoom-settings.ts
  | 'isSupportVirtualBackground' | 'isSupportBackgroundNoiseSuppression' | 'isSupportHDVideo' | 'updateVirtualBackgroundImage' | 'enableBackgroundNoiseSuppression' | 'enableOriginalSound' | 'mirrorVideo' | 'switchSpeaker' | 'getCameraList' | 'getMicList' | 'getSpeakerList'
>;

/** The parts of the SDK's chat client the engine uses. */
export type SdkChat = Pick<FullChat, 'sendToAll' | 'setPrivilege' | 'getPrivilege'>;

/** The command channel (raised hands travel on it). */
export type SdkCommand = Pick<FullCommand, 'send'>;

/** The parts of the SDK's cloud recording client the engine uses. */
export type SdkRecording = Pick<
  FullRecording,
  | 'canStartRecording'
  | 'startCloudRecording'
  | 'pauseCloudRecording'
  | 'resumeCloudRecording'
  | 'stopCloudRecording'
  | 'getCloudRecordingStatus'
>;

/** The parts of the SDK's live transcription client the engine uses. */
export type SdkTranscription = Pick<FullTranscription, 'startLiveTranscription' | 'setTranslationLanguage' | 'setSpeakingLanguage' | 'getLiveTranscriptionStatus'>;

/** The parts of the SDK's client the engine uses. */
export type SdkClient = Pick<
  FullClient,
  | 'init' | 'join' | 'leave' | 'on' | 'off' | 'getAllUser' | 'getCurrentUserInfo' | 'getSessionInfo'
  // host controls (issue 13)
  | 'isHost' | 'isManager' | 'makeHost' | 'makeManager' | 'revokeManager' | 'removeUser'
> & {
  getMediaStream(): SdkStream;
  getChatClient(): SdkChat;
  getCommandClient(): SdkCommand;
  getRecordingClient(): SdkRecording;
  getLiveTranscriptionClient(): SdkTranscription;
};

/** The parts of the SDK's default export the engine uses. */
export type SdkModule = Pick<
  ZoomVideoSdk,
  'getDevices' | 'createLocalVideoTrack' | 'createLocalAudioTrack' | 'checkSystemRequirements'
> & {
  createClient(): SdkClient;
};

export type { AudioOption, CaptureVideoOption, LocalAudioTrack, LocalVideoTrack, Participant, SdkChatMessage, VideoPlayer, VideoQuality };

/** `active-share-change`: the share this browser receives became active or inactive. */
export type ActiveSharePayload = Parameters<typeof event_active_share_change>[0];
/** `peer-share-state-change`: someone started or stopped sharing. */
export type PeerSharePayload = Parameters<typeof event_peer_share_state_change>[0];
/** `share-content-change`: the share this browser receives switched to another sharer. */
export type ShareContentPayload = Parameters<typeof event_share_content_change>[0];
/** Why this browser's share was stopped from outside: `StopScreenCapture` (the browser's own bar), `PrivilegeChange` (the host), ... */
export type PassiveStopShareWhy = `${PassiveStopShareReason}`;
/**
 * `passively-stop-share`: this browser's share was stopped by the browser's own bar or the host.
 * The d.ts types the payload as the bare enum; the 2.5.0 bundle emits an object, `{reason}` (its
 * event table maps each cause to `() => ({reason: PassiveStopShareReason.X})`). Both are accepted.
 */
export type PassiveStopSharePayload = { reason: PassiveStopShareWhy } | PassiveStopShareWhy;

/** The reason of a `passively-stop-share` payload, in the bundle's object form or the d.ts's bare one. */
export function passiveStopReason(payload: PassiveStopSharePayload | undefined): string {
  return String(typeof payload === 'object' && payload !== null ? payload.reason : payload);
}

/** `VIDEO_RENDER_LIMIT_EXCEED`: `attachVideo` past `getMaxRenderableVideos()` rejects with this code. */
export const VIDEO_RENDER_LIMIT_EXCEED = 6111;

/** True when `error` is the SDK's refusal to render one more video (the render cap). */
export function isRenderLimit(error: unknown): boolean {
  return isFailure(error) && error.errorCode === VIDEO_RENDER_LIMIT_EXCEED;
}

/** `VideoQuality.Video_720P`: the SDK's enums exist only at run time in the lazy chunk. */
export const VIDEO_QUALITY_720P = 3 as VideoQuality;

/** The default loader: the SDK's own module, fetched on first use. */
export const loadZoomVideoSdk: ClientLoader = async () => (await import('@zoom/videosdk')).default;

/** `init()`'s options: leave at once on unload, keep the screen awake in a call, Zoom's media fixes (the d.ts recommends it). */
export const INIT_OPTIONS = { leaveOnPageUnload: true, stayAwake: true, patchJsMedia: true } as const;
