/**
 * The SDK calls of the features that came after the core of a call: cloud recording, live captions,
 * the command channel (raised hands) and the host's controls. They work on the SDK surface that
 * `zoom-sdk.ts` types (this module imports no SDK code and no SDK types of its own: the one SDK
 * door stays `zoom-sdk.ts`), and `ZoomClient` hands over to them, so slices keep calling
 * `zoom.recording(...)`, `zoom.hostAction(...)` and the like.
 *
 * The 2.5.0 bundle resolves some failures instead of rejecting (plain `{type, reason, errorCode}`
 * objects, though the d.ts says `Promise<'' | Error>`): every call here throws those too.
 */
import type { SdkClient, SdkTranscription } from './zoom-sdk.js';

/** An SDK failure as the bundle gives it: a plain object with a numeric `errorCode`. */
export function isFailure(value: unknown): value is { errorCode: number; reason?: string; type?: string } {
  return typeof value === 'object' && value !== null && typeof (value as { errorCode?: unknown }).errorCode === 'number';
}

/** Awaits an SDK call that may resolve a failure instead of rejecting: the failure is thrown. */
async function settle(result: unknown): Promise<void> {
  const value = await result;
  if (isFailure(value) || value instanceof Error) throw value;
}

// ----- cloud recording ----------------------------------------------------------------------------

export type RecordingStep = 'start' | 'pause' | 'resume' | 'stop';

/**
 * `getCloudRecordingStatus()`: `'Recording' | 'Paused' | 'Stopped'` (the same bare strings the
 * `recording-change` event carries in the 2.5.0 bundle).
 */
export function recordingStatus(client: SdkClient): string {
  return String(client.getRecordingClient().getCloudRecordingStatus());
}

/** `canStartRecording()`: the session's `recordingEnable` flag (the account's cloud recording setting). */
export function canStartRecording(client: SdkClient): boolean {
  return client.getRecordingClient().canStartRecording() === true;
}

/**
 * Starts, pauses, resumes or stops cloud recording (host or manager only): 5006 not host, 7200
 * account disabled, 7201 forbidden, 7202 not started.
 */
export function recording(client: SdkClient, action: RecordingStep): Promise<void> {
  const recorder = client.getRecordingClient();
  const calls: Record<RecordingStep, () => unknown> = {
    start: () => recorder.startCloudRecording(),
    pause: () => recorder.pauseCloudRecording(),
    resume: () => recorder.resumeCloudRecording(),
    stop: () => recorder.stopCloudRecording(),
  };
  return settle(calls[action]());
}

// ----- live captions ------------------------------------------------------------------------------

/**
 * `startLiveTranscription()`: any joined user; resolves `''` at once when already on, else when
 * the server's `caption-status` says so. Rejects `{errorCode: 7300}` when the account or session
 * has no live transcription, `7301` when the host disabled captions.
 */
export function startCaptions(client: SdkClient): Promise<void> {
  return settle(client.getLiveTranscriptionClient().startLiveTranscription());
}

/**
 * `setTranslationLanguage(lang)`: captions translated into `lang` (`undefined`: off). Needs the
 * transcription started (7303), the translation feature (7304) and a supported pair (7305).
 */
export function setCaptionLanguage(client: SdkClient, lang: string | undefined): Promise<void> {
  const language = lang as Parameters<SdkTranscription['setTranslationLanguage']>[0];
  return settle(client.getLiveTranscriptionClient().setTranslationLanguage(language));
}

/** The languages live captions offer in this session (`getLiveTranscriptionStatus()`). */
export interface CaptionLanguages {
  /** Languages that can be spoken (transcribed), as the SDK's codes (`'en'`, `'fr'`, ...). */
  readonly spoken: readonly string[];
  /** Per spoken language, the languages captions can be translated into; empty without translation. */
  readonly translations: Readonly<Record<string, readonly string[]>>;
  /** The account and session allow translated captions. */
  readonly translation: boolean;
}

const codes = (list: unknown): string[] =>
  typeof list === 'string' ? list.split(';').map((c) => c.trim()).filter(Boolean) : [];

/**
 * `getLiveTranscriptionStatus()`: the bundle joins the language codes with `;`
 * (`transcriptionLanguage`) and lists `{speakingLanguage, translatedToLanguage}` pairs, the
 * targets `;`-joined too; `translationLanguage` is undefined without translation.
 */
export function captionLanguages(client: SdkClient): CaptionLanguages {
  const status = client.getLiveTranscriptionClient().getLiveTranscriptionStatus();
  const translations: Record<string, string[]> = {};
  for (const pair of Array.isArray(status?.translationLanguage) ? status.translationLanguage : []) {
    const from = String(pair?.speakingLanguage ?? '').trim();
    if (from) translations[from] = codes(pair.translatedToLanguage);
  }
  return { spoken: codes(status?.transcriptionLanguage), translations, translation: status?.isLiveTranslationEnabled === true };
}

/**
 * `setSpeakingLanguage(lang)` for this participant (mode `individual`, the SDK's default): 7310
 * when the host locked the language, 7302 when it is not supported.
 */
export function setSpokenLanguage(client: SdkClient, lang: string): Promise<void> {
  const language = lang as Parameters<SdkTranscription['setSpeakingLanguage']>[0];
  return settle(client.getLiveTranscriptionClient().setSpeakingLanguage(language));
}

// ----- command channel and host controls ----------------------------------------------------------

/**
 * Sends a command-channel text to everyone, or to one user. The SDK rejects (7103 too long, 7104
 * not connected yet, 7105 rate limit): thrown as it came.
 */
export function sendCommand(client: SdkClient, text: string, userId?: number): Promise<void> {
  const command = client.getCommandClient();
  return settle(userId === undefined ? command.send(text) : command.send(text, userId));
}

/** What the SDK says of this participant's role now (there is no role-change event). */
export function role(client: SdkClient): { isHost: boolean; isManager: boolean } {
  return { isHost: client.isHost() === true, isManager: client.isManager() === true };
}

/** The chat privilege now (`ChatPrivilege`: 1 All, 4 NoOne, 5 EveryonePublicly; 0 no attendee chat). */
export function chatPrivilege(client: SdkClient): number | undefined {
  const privilege: unknown = client.getChatClient().getPrivilege();
  return typeof privilege === 'number' ? privilege : undefined;
}

/** What a host or manager can do through `hostAction` (stopping someone's video is not in the web SDK). */
export type HostAction =
  // on one participant
  | 'mute' | 'ask-unmute' | 'spotlight' | 'unspotlight' | 'make-host' | 'make-manager' | 'revoke-manager' | 'remove'
  // on everyone
  | 'mute-all' | 'ask-all-unmute' | 'lock-share' | 'unlock-share' | 'chat-everyone' | 'chat-no-one' | 'end-for-all';

/**
 * A host or manager's action on the session or on one participant. The SDK checks the role
 * (5006 not host or manager, 5007 not host) and resolves or rejects a failure: thrown.
 */
export function hostAction(client: SdkClient, action: HostAction, userId = 0): Promise<void> {
  const stream = client.getMediaStream();
  const run: Record<HostAction, () => unknown> = {
    mute: () => stream.muteAudio(userId),
    'ask-unmute': () => stream.unmuteAudio(userId),
    spotlight: () => stream.spotlightVideo(userId, false),
    unspotlight: () => stream.removeSpotlightedVideo(userId),
    'make-host': () => client.makeHost(userId),
    'make-manager': () => client.makeManager(userId),
    'revoke-manager': () => client.revokeManager(userId),
    remove: () => client.removeUser(userId),
    'mute-all': () => stream.muteAllAudio(),
    'ask-all-unmute': () => stream.unmuteAllAudio(),
    'lock-share': () => stream.lockShare(true),
    'unlock-share': () => stream.lockShare(false),
    // ChatPrivilege: 1 All, 5 EveryonePublicly, 4 NoOne (enums exist only at run time).
    'chat-everyone': () => client.getChatClient().setPrivilege(1 as never),
    'chat-no-one': () => client.getChatClient().setPrivilege(4 as never),
    'end-for-all': () => client.leave(true),
  };
  return settle(run[action]());
}
