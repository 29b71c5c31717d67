/**
 * The fake SDK's live transcription client (`client.getLiveTranscriptionClient()`), as the 2.5.0
 * bundle does it: `startLiveTranscription()` resolves `''` (at once when already on) or rejects
 * with the plain `{type, reason, errorCode}` objects, 7300 when the account or session has no live
 * transcription and 7301 when the host disabled captions; `setTranslationLanguage()` rejects with
 * 7303 before the transcription started. `speak()` emits `caption-message` the way the bundle
 * does (`setSpeakingLanguage()` resolves `''` or rejects 7310 when the host locked the language
 * and 7302 for a code not in the list; `getLiveTranscriptionStatus()` joins codes with `;` as the
 * bundle does; `setTranslationLanguage()` rejects 7304 when translation is off). `speak()` emits
 * `caption-message` the way the bundle does: the first chunk `{msgId, userId, displayName, avatar, text, source, language, timestamp,
 * done}`, later chunks **the same `msgId`** with the whole sentence so far and a `msgType`.
 */
import type { SdkTranscription } from '../../src/session/zoom-sdk.js';

export interface FakeCaptionsHost {
  emit(event: string, payload: unknown): void;
}

export class FakeCaptions {
  /** `startLiveTranscription()` rejects with this (e.g. `failure(7300, 'Live transcription is not enabled.')`). */
  startError: unknown;
  started = false;
  /** What `getLiveTranscriptionStatus()` reports (the bundle's shape). */
  status = {
    isLiveTranscriptionEnabled: true,
    isLiveTranslationEnabled: true,
    isHostDisableCaptions: false,
    isManualCaptionerEnabled: false,
    isHostLockTranscriptionLanguage: false,
    transcriptionLanguage: 'en;fr;de',
    translationLanguage: [
      { speakingLanguage: 'en', translatedToLanguage: 'fr;de' },
      { speakingLanguage: 'fr', translatedToLanguage: 'en' },
    ] as Array<{ speakingLanguage: string; translatedToLanguage: string }> | undefined,
  };
  /** Every call, in order. */
  readonly calls: string[] = [];
  private chunks = new Map<string, number>();

  constructor(private readonly host: FakeCaptionsHost) {}

  /** Someone says `text` (the whole sentence so far) in message `msgId`; `done` ends it. */
  speak(msgId: string, userId: number, displayName: string, text: string, done = false): void {
    const chunk = this.chunks.get(msgId) ?? 0;
    this.chunks.set(msgId, chunk + 1);
    this.host.emit('caption-message', {
      msgId,
      userId,
      displayName,
      avatar: '',
      text,
      source: 4,
      language: 0,
      timestamp: Date.now(),
      done,
      ...(chunk > 0 ? { msgType: 1 } : {}),
    });
  }

  readonly client: SdkTranscription = {
    startLiveTranscription: async () => {
      this.calls.push('start');
      if (this.startError) throw this.startError;
      this.started = true;
      return '';
    },
    setTranslationLanguage: async (lang?: unknown) => {
      this.calls.push(`translate:${String(lang)}`);
      if (!this.started) throw { type: 'INVALID_OPERATION', reason: 'Cannot set translation language before starting live transcription', errorCode: 7303 };
      if (lang !== undefined && !this.status.isLiveTranslationEnabled) throw { type: 'INVALID_OPERATION', reason: 'Live translation is not enabled.', errorCode: 7304 };
      return '';
    },
    setSpeakingLanguage: async (lang: unknown) => {
      this.calls.push(`speak:${String(lang)}`);
      if (this.status.isHostLockTranscriptionLanguage) throw { type: 'INVALID_OPERATION', reason: 'Transcription language has been locked, only host can set the language.', errorCode: 7310 };
      if (!this.status.transcriptionLanguage.split(';').includes(String(lang))) throw { type: 'INVALID_PARAMETERS', reason: 'Unsupported transcription language', errorCode: 7302 };
      return '';
    },
    getLiveTranscriptionStatus: () => this.status as unknown as ReturnType<SdkTranscription['getLiveTranscriptionStatus']>,
  };
}
