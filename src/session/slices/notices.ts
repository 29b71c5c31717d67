/**
 * Notices: what the session tells the participant in passing ("The host muted you", "Turn on
 * sound", "Your connection is poor"), as opposed to an error (`SessionError`, which is a failure).
 * Other slices say things through this one (handed to them in `slices/index.ts`); the element shows
 * the notices in one polite live region (`views/notices.ts`) and words them from their code
 * (`element/notice-strings.ts`), English and French.
 *
 * A notice is said once: a notice with the same code and parameters as one on screen is not added
 * again. A plain notice goes after `NOTICE_MS`; a sticky one (a prompt waiting for an answer, a
 * state such as "Recording") stays until withdrawn, dismissed or answered. A notice may offer
 * actions (buttons): answering one runs its handler and removes the notice. At most
 * `MAX_NOTICES` show; the oldest goes first. Never a modal, never a focus move: the participant
 * reaches a notice's buttons with Tab when they want to.
 */
import { Slice } from './slice.js';

/** What a notice is about; each code has its words in `element/notice-strings.ts`. */
export type NoticeCode =
  /** The host muted this participant (`current-audio-change`, passive). */
  | 'host-muted-you'
  /** The host asks this participant to unmute (a prompt: unmute / stay-muted). */
  | 'host-asks-unmute'
  /** The browser blocked sound until the participant acts (a prompt: enable-sound). */
  | 'sound-blocked'
  /** The microphone stopped (unplugged, taken, ended by the system); `reason` says why. */
  | 'microphone-stopped'
  /** The camera stopped from outside the element; `reason` says why. */
  | 'camera-stopped'
  /** The host stopped this participant's screen share. */
  | 'share-stopped-by-host'
  /** A chosen device is gone; the default one is used. `kind`: camera, microphone or speaker. */
  | 'device-fell-back'
  /** Cloud recording started, paused or stopped (`status`); said once per change (`slices/recording.ts`). */
  | 'recording'
  /** The SDK refused a recording `action`; `code` is its error code (0: unknown). */
  | 'recording-refused'
  /** This participant's connection stayed poor (`slices/quality.ts`; a prompt: camera-off / dismiss). */
  | 'connection-poor'
  /** The SDK refused to start captions; `code` is its error code (7300 off for the account, 7301 host disabled). */
  | 'captions-refused'
  // host controls and raised hands (issue 13)
  /** A host or manager lowered this participant's hand. */
  | 'hand-lowered-by-host'
  /** Zoom did not take a raise or lower of a hand (the command channel's rate limit, say). */
  | 'hand-not-sent'
  /** A host or manager spotlighted this participant's video. */
  | 'spotlighted'
  /** This participant is now the host (`role`: host) or a manager (`role`: manager). */
  | 'role-given'
  /** Zoom refused a host control; `code` is its error code (5006, 5007, 6001, ...). */
  | 'host-action-refused'
  /** Who may chat or share changed for this participant (`change`: chat-off, chat-on, share-locked, share-unlocked). */
  | 'privilege-changed'
  // media failing under the participant (issue 11, `active-media-failed`)
  /** The camera, microphone or share failed (`kind`), `code` the SDK's ActiveMediaFailedCode: it is off now. */
  | 'media-failed'
  /** The SDK paused the camera or microphone (`kind`, `code` 105/106/107/207); the next click resumes it. */
  | 'media-paused';

/** The buttons a notice can offer; each has its words in `element/notice-strings.ts`. */
export type NoticeAction = 'unmute' | 'stay-muted' | 'enable-sound' | 'dismiss' | 'camera-off';

/** Values a notice's words may use (a name, a device kind, a reason code). */
export type NoticeParams = Readonly<Record<string, string | number>>;

export interface Notice {
  /** Unique for the element's life: the key the view and the actions use. */
  readonly id: number;
  readonly code: NoticeCode;
  readonly params: NoticeParams;
  /** Stays until withdrawn, dismissed or answered. */
  readonly sticky: boolean;
  /** The buttons it offers, in order (none: it can only be dismissed). */
  readonly actions: readonly NoticeAction[];
}

export interface NotifyOptions {
  params?: NoticeParams;
  sticky?: boolean;
  /** The buttons and what each does; the notice goes once one is pressed. */
  actions?: Partial<Record<NoticeAction, () => unknown>>;
}

/** What other slices may use of this one. */
export type Notifier = Pick<NoticesSlice, 'notify' | 'withdraw'>;

/** How long a plain notice shows. */
export const NOTICE_MS = 8000;
/** How many notices show at once. */
export const MAX_NOTICES = 3;

const NONE: readonly Notice[] = Object.freeze([]);

function sameParams(a: NoticeParams, b: NoticeParams): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

export class NoticesSlice extends Slice {
  private list: readonly Notice[] = NONE;
  private nextId = 1;
  private readonly handlers = new Map<number, Partial<Record<NoticeAction, () => unknown>>>();
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();

  /** The notices on screen, oldest first. */
  get notices(): readonly Notice[] {
    return this.list;
  }

  /** Says something to the participant once; returns the notice's id (the one on screen if already said). */
  notify(code: NoticeCode, options: NotifyOptions = {}): number {
    const params = options.params ?? {};
    const same = this.list.find((n) => n.code === code && sameParams(n.params, params));
    if (same) return same.id;
    const actions = options.actions ?? {};
    const notice: Notice = Object.freeze({
      id: this.nextId++,
      code,
      params: Object.freeze({ ...params }),
      sticky: options.sticky ?? false,
      actions: Object.freeze(Object.keys(actions) as NoticeAction[]),
    });
    this.handlers.set(notice.id, actions);
    if (!notice.sticky) this.timers.set(notice.id, setTimeout(() => this.remove(notice.id), NOTICE_MS));
    const kept = [...this.list, notice];
    while (kept.length > MAX_NOTICES) this.forget(kept.shift()!.id);
    this.set(kept);
    return notice.id;
  }

  /** Takes back every notice of a code (the host's request was answered elsewhere, sound plays now). */
  withdraw(code: NoticeCode): void {
    const gone = this.list.filter((n) => n.code === code);
    if (gone.length === 0) return;
    for (const n of gone) this.forget(n.id);
    this.set(this.list.filter((n) => n.code !== code));
  }

  /** The participant pressed one of a notice's buttons: its handler runs and the notice goes. */
  answer(id: number, action: NoticeAction): void {
    const handler = this.handlers.get(id)?.[action];
    if (!this.list.some((n) => n.id === id)) return;
    this.remove(id);
    if (handler) void Promise.resolve().then(handler);
  }

  /** The participant closed a notice without answering it. */
  dismiss(id: number): void {
    this.remove(id);
  }

  /** Nothing said in a session outlives it. */
  override reset(): void {
    for (const n of this.list) this.forget(n.id);
    this.set(NONE);
  }

  private remove(id: number): void {
    if (!this.list.some((n) => n.id === id)) return;
    this.forget(id);
    this.set(this.list.filter((n) => n.id !== id));
  }

  private forget(id: number): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.handlers.delete(id);
  }

  private set(list: readonly Notice[]): void {
    if (list === this.list) return;
    this.list = list.length === 0 ? NONE : Object.freeze(list);
    this.core.update();
  }
}
