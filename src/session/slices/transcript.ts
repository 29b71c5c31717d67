/**
 * Live captions and the participant's transcript (issue 14): the lines shown over the stage, what
 * goes to screen readers and when, and the WebVTT / plain-text export. Pure: no SDK, no DOM, no
 * timers; time comes in as `now` (ms, the same clock throughout, e.g. `Date.now()`).
 *
 * SDK behaviour followed (wave-2 SDK notes, section 4 "Live transcription", "Surprises" 5):
 * `caption-message` payloads are `{msgId, userId, displayName, text, source, language, timestamp,
 * done?}`. Partial results re-emit **the same `msgId`** with `text` = the whole sentence so far, and
 * the last one has `done: true`: entries are replaced by `msgId`, never appended. An error variant
 * `{error, errorMessage, audioLanguage, translationLang}` has no `text` and is ignored, as is any
 * payload without a string `msgId` (numbers are accepted and turned into strings) or `text`.
 *
 * Choices and reasons:
 * - Times are the caller's `now` at receipt, not the payload's `timestamp` (also receiver clock,
 *   but absent on error variants and untyped in places): one clock for start and end of a line.
 * - Shown: the last `LIVE_LINES` = 2 entries, partial or final (a partial shows the words as they
 *   come, and is replaced in place by its final). A final line stops showing `LINGER_MS` = 8 s
 *   after its last update, so an old sentence does not sit on the stage through a silence.
 * - A new `msgId` from a speaker whose previous sentence never got `done` ends that sentence: the
 *   SDK starts a new message only after the old one is over, and otherwise it would be lost from
 *   the transcript. `finishAll(now)` does the same for everyone when the call ends.
 * - Screen readers get finals only (partials would be read word by word), at most one
 *   announcement every `ANNOUNCE_INTERVAL_MS` = 3 s (about one spoken sentence), holding the last
 *   `MAX_ANNOUNCED_LINES` = 3 lines; older pending lines are skipped, not queued, since a queue
 *   that grows faster than it is read falls ever further behind the room. The caller renders
 *   `takeAnnouncement(now)` into a polite live region, and calls again at `nextAnnouncementAt()`.
 * - WebVTT: `WEBVTT` header, numbered cues `HH:MM:SS.mmm --> HH:MM:SS.mmm` from the transcript's
 *   start, `<v Name>` voice tags; `&`, `<`, `>` escaped in names and text, and a space before the voice
 *   tag's `>` after a name ending in `-` (so no `-->` can appear),
 *   line breaks folded into spaces (a blank line would end a cue). A cue lasts at least 1 s.
 */

export const LIVE_LINES = 2;
export const LINGER_MS = 8_000;
export const ANNOUNCE_INTERVAL_MS = 3_000;
export const MAX_ANNOUNCED_LINES = 3;
const MIN_CUE_MS = 1_000;

export interface CaptionLine {
  readonly msgId: string;
  readonly userId: number | undefined;
  readonly name: string;
  /** The whole sentence so far. */
  readonly text: string;
  /** `now` when the first part arrived. */
  readonly start: number;
  /** `now` of the latest part. */
  readonly end: number;
  readonly done: boolean;
}

export class Transcript {
  private readonly lines: CaptionLine[] = [];
  private readonly indexOf = new Map<string, number>();
  private pending: number[] = [];
  private lastAnnouncedAt: number | undefined;
  private startedAt: number | undefined;

  /** `startedAt`: time zero of the exported cues (e.g. when captions were turned on). */
  constructor(options: { startedAt?: number } = {}) {
    this.startedAt = options.startedAt;
  }

  /** Takes one `caption-message` payload. Returns whether anything shown or stored changed. */
  receive(payload: unknown, now: number): boolean {
    if (typeof payload !== 'object' || payload === null) return false;
    const p = payload as Record<string, unknown>;
    const msgId = typeof p.msgId === 'number' ? String(p.msgId) : p.msgId;
    if (typeof msgId !== 'string' || msgId === '' || typeof p.text !== 'string') return false;
    const text = p.text.replace(/\s+/g, ' ').trim();
    const done = p.done === true;
    const at = this.indexOf.get(msgId);
    if (at === undefined) {
      if (text === '') return false;
      const userId = typeof p.userId === 'number' ? p.userId : undefined;
      const name = typeof p.displayName === 'string' ? p.displayName.replace(/\s+/g, ' ').trim() : '';
      if (userId !== undefined) this.endOpenLinesOf(userId, now);
      this.startedAt ??= now;
      this.indexOf.set(msgId, this.lines.length);
      this.lines.push({ msgId, userId, name, text, start: now, end: now, done });
      if (done) this.pending.push(this.lines.length - 1);
      return true;
    }
    const line = this.lines[at]!;
    const nextText = text === '' ? line.text : text;
    if (nextText === line.text && (line.done || !done)) return false;
    this.lines[at] = { ...line, text: nextText, end: Math.max(line.end, now), done: line.done || done };
    if (done && !line.done) this.pending.push(at);
    return true;
  }

  /** The caption lines to show now: the last `LIVE_LINES`, finals gone `LINGER_MS` after they end. */
  live(now: number): CaptionLine[] {
    return this.lines.slice(-LIVE_LINES).filter((l) => !l.done || now - l.end < LINGER_MS);
  }

  /** When `live()` will next lose a line by lingering out, if ever without new input. */
  nextLiveChangeAt(): number | undefined {
    const ends = this.lines
      .slice(-LIVE_LINES)
      .filter((l) => l.done)
      .map((l) => l.end + LINGER_MS);
    return ends.length > 0 ? Math.min(...ends) : undefined;
  }

  /** Final lines, in the order they were first heard. */
  finals(): CaptionLine[] {
    return this.lines.filter((l) => l.done);
  }

  /** Ends every open sentence (the call is over, or captions were turned off). */
  finishAll(now: number): void {
    for (let i = 0; i < this.lines.length; i++) this.finish(i, now);
  }

  /**
   * The text for a polite live region, or `undefined` when there is nothing new or the last
   * announcement was under `ANNOUNCE_INTERVAL_MS` ago. Taking it marks those lines announced.
   */
  takeAnnouncement(now: number): string | undefined {
    const due = this.nextAnnouncementAt();
    if (due === undefined || now < due) return undefined;
    const lines = this.pending.slice(-MAX_ANNOUNCED_LINES).map((i) => this.lines[i]!);
    this.pending = [];
    this.lastAnnouncedAt = now;
    return lines
      .map((line, i) => (line.name && line.name !== lines[i - 1]?.name ? `${line.name}: ${line.text}` : line.text))
      .join(' ');
  }

  /** When `takeAnnouncement` will have something to say: `undefined` when nothing is pending. */
  nextAnnouncementAt(): number | undefined {
    if (this.pending.length === 0) return undefined;
    return this.lastAnnouncedAt === undefined ? -Infinity : this.lastAnnouncedAt + ANNOUNCE_INTERVAL_MS;
  }

  /** The final lines as a WebVTT file. */
  toWebVTT(): string {
    const zero = this.startedAt ?? 0;
    const cues = this.finals().map((line, i) => {
      const start = Math.max(0, line.start - zero);
      const end = Math.max(line.end - zero, start + MIN_CUE_MS);
      // A name ending in "--" would make "-->" with the tag's ">" (a timing line to a parser): a
      // space keeps them apart, and parsers trim it from the name.
      const name = escapeVtt(line.name);
      const voice = name ? `<v ${name}${name.endsWith('-') ? ' ' : ''}>` : '';
      return `${i + 1}\n${clock(start, true)} --> ${clock(end, true)}\n${voice}${escapeVtt(line.text)}\n`;
    });
    return ['WEBVTT\n', ...cues].join('\n');
  }

  /** The final lines as plain text, one per line: `HH:MM:SS Name: text`. */
  toText(): string {
    const zero = this.startedAt ?? 0;
    return this.finals()
      .map((l) => `${clock(Math.max(0, l.start - zero), false)} ${l.name ? `${l.name}: ` : ''}${l.text}\n`)
      .join('');
  }

  private endOpenLinesOf(userId: number, now: number): void {
    this.lines.forEach((line, i) => {
      if (line.userId === userId) this.finish(i, now);
    });
  }

  private finish(i: number, now: number): void {
    const line = this.lines[i]!;
    if (line.done) return;
    this.lines[i] = { ...line, end: Math.max(line.end, now), done: true };
    this.pending.push(i);
  }
}

/** Escapes cue text and voice names for WebVTT: `&`, `<`, `>` (which also rules out `-->`). */
export function escapeVtt(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** `HH:MM:SS.mmm` (with milliseconds) or `HH:MM:SS`; hours grow past two digits if needed. */
export function clock(ms: number, withMillis: boolean): string {
  const total = Math.max(0, Math.round(Number.isFinite(ms) ? ms : 0));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor(total / 60_000) % 60;
  const s = Math.floor(total / 1000) % 60;
  const base = `${two(h)}:${two(m)}:${two(s)}`;
  return withMillis ? `${base}.${String(total % 1000).padStart(3, '0')}` : base;
}
