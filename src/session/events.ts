/**
 * The DOM events of `<zoom-session>`: one class each, bubbling and composed (they cross the shadow
 * boundary), with typed fields and `GlobalEventHandlersEventMap` entries so that
 * `el.addEventListener('zoom-session-joined', (e) => e.userId)` is typed in the host page.
 */
import type { SessionError } from './errors.js';
import type { ChatMessage, JoinStep, ParticipantInfo, SessionSettings, SessionState } from './types.js';

const init: EventInit = { bubbles: true, composed: true };

/** The session's state or step changed. */
export class ZoomSessionStateEvent extends Event {
  static readonly eventName = 'zoom-session-state';
  constructor(
    readonly state: SessionState,
    /** The step in progress while `preparing` or `joining`, else undefined. */
    readonly step: JoinStep | undefined,
  ) {
    super(ZoomSessionStateEvent.eventName, init);
  }
}

/** This browser joined the session. */
export class ZoomSessionJoinedEvent extends Event {
  static readonly eventName = 'zoom-session-joined';
  constructor(
    readonly sessionName: string,
    /** This participant's user id in the session. */
    readonly userId: number | undefined,
  ) {
    super(ZoomSessionJoinedEvent.eventName, init);
  }
}

/**
 * Why a session was left: the participant left (`user`), a join was cancelled (`cancelled`), the
 * host ended the session (`ended-by-host`) or removed this participant (`removed-by-host`), or the
 * element was removed from the page (`disconnected`).
 */
export type LeaveReason = 'user' | 'cancelled' | 'ended-by-host' | 'removed-by-host' | 'disconnected';

/** The session was left (or a join was cancelled). */
export class ZoomSessionLeftEvent extends Event {
  static readonly eventName = 'zoom-session-left';
  constructor(readonly reason: LeaveReason) {
    super(ZoomSessionLeftEvent.eventName, init);
  }
}

/**
 * Something failed. When the state is `failed` the join or the session failed; otherwise (a camera
 * refused during a call or a preview) the session goes on without it.
 */
export class ZoomSessionErrorEvent extends Event {
  static readonly eventName = 'zoom-session-error';
  constructor(readonly error: SessionError) {
    super(ZoomSessionErrorEvent.eventName, init);
  }
}

/** The list of participants changed (someone came, left, muted, started or stopped video). */
export class ZoomSessionParticipantsEvent extends Event {
  static readonly eventName = 'zoom-session-participants';
  constructor(readonly participants: readonly ParticipantInfo[]) {
    super(ZoomSessionParticipantsEvent.eventName, init);
  }
}

/**
 * A screen share started, stopped or changed hands: someone else's share this browser shows, or
 * its own. Not fired for a share this browser cannot see (another one than the active share).
 */
export class ZoomSessionShareEvent extends Event {
  static readonly eventName = 'zoom-session-share';
  constructor(
    readonly sharing: boolean,
    /** The sharer's user id while `sharing`, else undefined. */
    readonly userId: number | undefined,
    /** True when this browser shares its own screen. */
    readonly self: boolean,
  ) {
    super(ZoomSessionShareEvent.eventName, init);
  }
}

/** A chat message arrived, or this browser sent one (`message.self`). */
export class ZoomSessionChatEvent extends Event {
  static readonly eventName = 'zoom-session-chat';
  constructor(readonly message: ChatMessage) {
    super(ZoomSessionChatEvent.eventName, init);
  }
}

/** Cloud recording started, paused or stopped (`status`: `recording`, `paused`, `stopped`). */
export class ZoomSessionRecordingEvent extends Event {
  static readonly eventName = 'zoom-session-recording';
  constructor(readonly status: 'recording' | 'paused' | 'stopped') {
    super(ZoomSessionRecordingEvent.eventName, init);
  }
}

/** A hand went up or down (issue 13): raised or lowered by its owner, lowered by a host, or on leaving or unmuting. */
export class ZoomSessionHandEvent extends Event {
  static readonly eventName = 'zoom-session-hand';
  constructor(
    readonly userId: number,
    readonly raised: boolean,
    /** This browser's own participant. */
    readonly self: boolean,
    /** A host or manager lowered it. */
    readonly byHost: boolean,
  ) {
    super(ZoomSessionHandEvent.eventName, init);
  }
}

/** This participant's role changed (issue 13), as the SDK says (`isHost()`, `isManager()`). */
export class ZoomSessionRoleEvent extends Event {
  static readonly eventName = 'zoom-session-role';
  constructor(
    readonly isHost: boolean,
    readonly isManager: boolean,
  ) {
    super(ZoomSessionRoleEvent.eventName, init);
  }
}

/** The participant changed a setting (issue 17): devices, background, noise suppression, ... */
export class ZoomSessionSettingsEvent extends Event {
  static readonly eventName = 'zoom-session-settings';
  constructor(readonly settings: SessionSettings) {
    super(ZoomSessionSettingsEvent.eventName, init);
  }
}

/** The element's events by name: the one map, which `GlobalEventHandlersEventMap` and the framework types take. */
export interface ZoomSessionEventMap {
  'zoom-session-state': ZoomSessionStateEvent;
  'zoom-session-joined': ZoomSessionJoinedEvent;
  'zoom-session-left': ZoomSessionLeftEvent;
  'zoom-session-error': ZoomSessionErrorEvent;
  'zoom-session-participants': ZoomSessionParticipantsEvent;
  'zoom-session-share': ZoomSessionShareEvent;
  'zoom-session-chat': ZoomSessionChatEvent;
  'zoom-session-recording': ZoomSessionRecordingEvent;
  'zoom-session-hand': ZoomSessionHandEvent;
  'zoom-session-role': ZoomSessionRoleEvent;
  'zoom-session-settings': ZoomSessionSettingsEvent;
}

declare global {
  // Merged into the DOM's own map (so `addEventListener` knows each event), not restated.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends ZoomSessionEventMap {}
}
