/**
 * Live captions for this participant (issue 14): turning them on starts the SDK's live
 * transcription (`startLiveTranscription()`, any joined user; it refuses with 7300 when the account
 * or session has no live transcription, 7301 when the host disabled captions: said as a
 * `captions-refused` notice with the code), an optional caption language (translation,
 * `setTranslationLanguage`), and `caption-message` followed into the pure `Transcript`
 * (`transcript.ts`): partials replaced by `msgId`, two live lines, throttled announcements for
 * screen readers, and the participant's transcript as WebVTT or plain text at any time.
 *
 * Captions are heard only while on: turning them off ends open sentences and hides the lines, and
 * the transcript stays downloadable until the next join. Time: `clock()` (Date.now unless a test
 * sets it) and one timer for lines lingering out and the next announcement.
 */
import type { CaptionLanguages } from '../zoom-features.js';
import { Transcript, type CaptionLine } from './transcript.js';
import type { Notifier } from './notices.js';
import { Slice, type SdkListeners, type SliceCore } from './slice.js';

export interface CaptionsInfo {
  readonly on: boolean;
  /** The lines to show now (at most two), oldest first. */
  readonly lines: readonly CaptionLine[];
  /** What the polite live region says now (finals only, throttled). */
  readonly announcement: string;
  /** Whether there is a transcript to download. */
  readonly hasTranscript: boolean;
  /** The languages the session offers (read when captions turn on); none before. */
  readonly languages: CaptionLanguages;
  /** The spoken language this participant chose, if any (else the session's). */
  readonly spoken: string | undefined;
  /** The caption (translation) language chosen, if any (else captions are in the spoken language). */
  readonly language: string | undefined;
}

const NO_LANGUAGES: CaptionLanguages = { spoken: [], translations: {}, translation: false };

/** The SDK's refusal code (plain `{errorCode}` objects), or 0. */
const codeOf = (error: unknown): number => {
  const code = (error as { errorCode?: unknown } | undefined)?.errorCode;
  return typeof code === 'number' ? code : 0;
};

export class CaptionsSlice extends Slice {
  /** The time source (ms); a test may replace it. */
  clock: () => number = () => Date.now();
  private on = false;
  private transcript = new Transcript();
  private announcement = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The caption language asked for (translation), if any: the `caption-lang` attribute or the picker. */
  language: string | undefined;
  private spoken: string | undefined;
  private languages = NO_LANGUAGES;

  constructor(
    core: SliceCore,
    private readonly notices: Notifier,
  ) {
    super(core);
  }

  override sdkListeners(): SdkListeners {
    return { 'caption-message': this.onMessage };
  }

  get info(): CaptionsInfo {
    const now = this.clock();
    return {
      on: this.on,
      lines: this.on ? this.transcript.live(now) : [],
      announcement: this.on ? this.announcement : '',
      hasTranscript: this.transcript.finals().length > 0,
      languages: this.languages,
      spoken: this.spoken,
      language: this.language,
    };
  }

  /** The participant's transcript so far, as a WebVTT file or plain text. */
  transcriptFile(format: 'vtt' | 'text'): string {
    return format === 'vtt' ? this.transcript.toWebVTT() : this.transcript.toText();
  }

  /** Turns captions on or off for this participant. */
  setOn(on: boolean): Promise<void> {
    if (on === this.on) return Promise.resolve();
    if (!on) {
      this.on = false;
      this.transcript.finishAll(this.clock());
      this.schedule();
      this.core.update();
      return Promise.resolve();
    }
    return this.toggle('captions', async (zoom) => {
      try {
        await zoom.startCaptions();
        this.on = true;
        this.notices.withdraw('captions-refused');
      } catch (error) {
        this.notices.notify('captions-refused', { params: { code: codeOf(error) } });
        return;
      }
      try {
        this.languages = zoom.captionLanguages();
      } catch {
        this.languages = NO_LANGUAGES;
      }
      // A translation the session cannot give (7304 off, 7305 unsupported) leaves captions on, untranslated.
      if (this.language) await this.translate(zoom, this.language);
    });
  }

  /** Captions in `lang` (translated), or in the spoken language (`undefined`); said in a notice if refused. */
  setLanguage(lang: string | undefined): Promise<void> {
    const wanted = lang || undefined;
    if (!this.on) {
      // Used when captions turn on; nothing shows it before.
      this.language = wanted;
      return Promise.resolve();
    }
    return this.toggle('caption-language', (zoom) => this.translate(zoom, wanted));
  }

  /** The language this participant speaks, for the transcription (7310 locked by the host, 7302 unsupported). */
  setSpokenLanguage(lang: string): Promise<void> {
    return this.toggle('spoken-language', async (zoom) => {
      try {
        await zoom.setSpokenLanguage(lang);
        this.spoken = lang;
        // Captions translated into the new spoken language would be the same words.
        if (this.language === lang) await this.translate(zoom, undefined);
      } catch (error) {
        this.notices.notify('captions-refused', { params: { code: codeOf(error) } });
      }
    });
  }

  private async translate(zoom: { setCaptionLanguage(lang: string | undefined): Promise<void> }, lang: string | undefined) {
    try {
      await zoom.setCaptionLanguage(lang);
      this.language = lang;
    } catch (error) {
      this.language = undefined;
      this.notices.notify('captions-refused', { params: { code: codeOf(error) } });
    }
    this.core.update();
  }

  private readonly onMessage = (payload: unknown) => {
    if (!this.on) return;
    if (this.transcript.receive(payload, this.clock())) this.schedule();
  };

  /** Takes what is due (an announcement), sets the timer for the next change, renders. */
  private schedule(): void {
    const now = this.clock();
    const said = this.transcript.takeAnnouncement(now);
    if (said !== undefined) this.announcement = said;
    clearTimeout(this.timer);
    this.timer = undefined;
    const next = [this.transcript.nextLiveChangeAt(), this.transcript.nextAnnouncementAt()].filter((t): t is number => t !== undefined);
    if (this.on && next.length > 0) this.timer = setTimeout(() => this.schedule(), Math.max(0, Math.min(...next) - now));
    this.core.update();
  }

  /** Runs what the timer would (for tests that move the clock). */
  tick(): void {
    this.schedule();
  }

  override release(): [] {
    this.transcript.finishAll(this.clock());
    return [];
  }

  override reset(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.on = false;
    this.announcement = '';
    this.spoken = undefined;
    this.languages = NO_LANGUAGES;
  }

  /** A new join starts a new transcript (the last one stays downloadable until then). */
  override joined(): void {
    this.transcript = new Transcript({ startedAt: this.clock() });
    this.announcement = '';
  }
}
