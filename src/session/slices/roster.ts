/**
 * The roster: who is in the session (this browser's participant first), who has video on, who
 * speaks, who spoke lately and who is spotlighted. One `zoom-session-participants` event per real
 * change.
 *
 * Crowds (issue 12): the users are indexed by user id (`ParticipantIndex`), and the SDK's partial
 * `user-updated` payloads (only the keys the server sent) are merged into the records held, in
 * O(payload); `user-added` names newcomers (the fake and some server paths send only a few keys for
 * one), whose full records come from one `getAllUser()` read per burst, the rest of the index kept
 * (not rebuilt: a plenary arriving in batches of 20 would rebuild 1,000 records 50 times). The list the views see is rebuilt lazily:
 * once per burst of events (a microtask, or the first read), not once per event, so 1,000
 * `user-updated` events in one task cost one rebuild, one event and one render.
 */
import { ZoomSessionParticipantsEvent } from '../events.js';
import type { ParticipantInfo } from '../types.js';
import type { Participant } from '../zoom-sdk.js';
import { ParticipantIndex, type PartialRecord } from './participant-index.js';
import { Slice, type SdkListeners, type SliceCore } from './slice.js';

/** This browser's own audio and video, which the roster shows for its own participant. */
export interface OwnMedia {
  readonly audioMuted: boolean;
  readonly videoOn: boolean;
}

function sameParticipants(a: readonly ParticipantInfo[], b: readonly ParticipantInfo[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i]!;
      return (
        p.userId === q.userId &&
        p.name === q.name &&
        p.audioMuted === q.audioMuted &&
        p.videoOn === q.videoOn &&
        p.isHost === q.isHost &&
        p.isSelf === q.isSelf
      );
    })
  );
}

export class RosterSlice extends Slice {
  private list: readonly ParticipantInfo[] = [];
  private byId = new Map<number, ParticipantInfo>();
  private speakerId: number | undefined;
  /** Video state from `peer-video-state-change`, ahead of the SDK's user list. */
  private readonly videoStates = new Map<number, boolean>();
  private readonly index = new ParticipantIndex<Participant>();
  /** The index must be read again from `getAllUser()` (joined, a reconnect). */
  private stale = false;
  /** Newcomers (`user-added`, an update for an unknown id) whose full records are read at the next build. */
  private readonly arrivals = new Set<number>();
  /** Something changed since the list was built; a rebuild is scheduled. */
  private dirty = false;
  private spotlight: readonly number[] = [];
  /** When each participant last spoke (`active-speaker`), ms since the page loaded. */
  private readonly spoke = new Map<number, number>();
  private activeVideo: number | undefined;

  /**
   * @param own this browser's audio and video (the media slice)
   * @param refreshed called after every rebuild, changed or not (the video slice drops what no longer shows)
   * @param cameraChanged called when a participant's camera starts or stops (a failed attach may try again)
   */
  constructor(
    core: SliceCore,
    private readonly own: OwnMedia,
    private readonly refreshed: (list: readonly ParticipantInfo[]) => void,
    private readonly cameraChanged: (userId: number) => void = () => undefined,
  ) {
    super(core);
  }

  override sdkListeners(): SdkListeners {
    return {
      'user-added': this.onUsers,
      'user-updated': this.onUsersUpdated,
      'user-removed': this.onUsersRemoved,
      'peer-video-state-change': this.onPeerVideo,
      'active-speaker': this.onActiveSpeaker,
      'video-active-change': this.onActiveVideo,
      'video-spotlight-change': this.onSpotlight,
    };
  }

  /** The people in the session, this browser's participant first. Empty when not in a session. */
  get participants(): readonly ParticipantInfo[] {
    this.flush();
    return this.list;
  }

  /** This browser's participant while in a session. */
  get self(): ParticipantInfo | undefined {
    this.flush();
    return this.list[0]?.isSelf ? this.list[0] : undefined;
  }

  /** A participant by user id, in O(1). */
  get(userId: number): ParticipantInfo | undefined {
    this.flush();
    return this.byId.get(userId);
  }

  /** The spotlighted users (`video-spotlight-change`), in the SDK's order. */
  get spotlighted(): readonly number[] {
    return this.spotlight;
  }

  /** When each participant last spoke (`performance.now()` of the `active-speaker` event). */
  get lastSpoke(): ReadonlyMap<number, number> {
    return this.spoke;
  }

  /** The user the SDK says has the active video (`video-active-change`), if any. */
  get activeVideoId(): number | undefined {
    return this.activeVideo;
  }

  /** Who speaks now, as the SDK says (`active-speaker`). */
  get activeSpeakerId(): number | undefined {
    return this.speakerId;
  }

  /** A participant's name, or '' when not (yet) in the list. */
  nameOf(userId: number): string {
    return this.get(userId)?.name ?? '';
  }

  /** True when this participant is in the list with video on. */
  hasVideo(userId: number): boolean {
    return this.get(userId)?.videoOn === true;
  }

  isSelf(userId: number): boolean {
    return userId === this.self?.userId;
  }

  override joined(): void {
    this.refresh();
    this.onSpotlight();
  }

  /** Reads the SDK's users again and rebuilds the list now. */
  refresh(): void {
    this.stale = true;
    this.dirty = true;
    this.flush();
  }

  /** Something changed: rebuild once, at the end of this burst of events (or at the first read). */
  private schedule(): void {
    if (this.dirty) return;
    this.dirty = true;
    queueMicrotask(() => this.flush());
  }

  private selfId: number | undefined;

  /** Rebuilds the list if anything changed since the last build. */
  private flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const zoom = this.core.joined;
    if (!zoom) return;
    if (this.stale || this.arrivals.size > 0) {
      let all: Participant[];
      let self: Participant | undefined;
      try {
        ({ all, self } = zoom.users());
      } catch {
        return;
      }
      this.selfId = self?.userId;
      const records = self && !all.some((u) => u.userId === self.userId) ? [self, ...all] : all;
      // A full rebuild after a join or a reconnect; newcomers alone otherwise (a plenary's arrival
      // in batches of 20 would rebuild 1,000 records 50 times).
      if (this.stale) this.index.reset(records);
      else this.index.add(records, this.arrivals);
      this.stale = false;
      this.arrivals.clear();
    }
    const selfId = this.selfId;
    const users = this.index.values();
    const list = users.map((user): ParticipantInfo => {
      const isSelf = user.userId === selfId;
      return {
        userId: user.userId,
        name: user.displayName ?? '',
        audioMuted: isSelf ? this.own.audioMuted : user.audio === '' || user.muted !== false,
        videoOn: isSelf ? this.own.videoOn : (this.videoStates.get(user.userId) ?? user.bVideoOn),
        isHost: user.isHost,
        isSelf,
      };
    });
    // Ordering: this browser's participant first, then the SDK's order.
    const at = list.findIndex((p) => p.isSelf);
    if (at > 0) list.unshift(...list.splice(at, 1));
    this.set(list);
    this.refreshed(list);
  }

  override release(): [] {
    this.videoStates.clear();
    return [];
  }

  override reset(): void {
    this.speakerId = undefined;
    this.activeVideo = undefined;
    this.spotlight = [];
    this.spoke.clear();
    this.index.reset([]);
    this.dirty = false;
    this.stale = false;
    this.arrivals.clear();
    this.set([]);
  }

  private set(list: readonly ParticipantInfo[]): void {
    if (sameParticipants(list, this.list)) return;
    this.list = list;
    this.byId = new Map(list.map((p) => [p.userId, p]));
    this.core.update();
    this.core.dispatch(new ZoomSessionParticipantsEvent(list));
  }

  private readonly onUsers = (payload: Array<{ userId: number }>) => {
    for (const user of Array.isArray(payload) ? payload : []) if (user) this.arrivals.add(user.userId);
    this.schedule();
  };

  private readonly onUsersUpdated = (payload: Array<PartialRecord<Participant>>) => {
    const list = Array.isArray(payload) ? payload : [];
    for (const user of list) {
      if (user?.bVideoOn !== undefined) {
        this.videoStates.delete(user.userId);
        this.cameraChanged(user.userId);
      }
      if (user && !this.index.has(user.userId)) this.arrivals.add(user.userId);
    }
    if (this.index.merge(list).length > 0 || this.arrivals.size > 0) this.schedule();
  };

  private readonly onUsersRemoved = (payload: Array<{ userId: number }>) => {
    const list = Array.isArray(payload) ? payload : [];
    for (const user of list) {
      this.videoStates.delete(user?.userId);
      this.spoke.delete(user?.userId);
    }
    if (this.index.remove(list).length > 0) this.schedule();
  };

  private readonly onPeerVideo = (payload: { action: 'Start' | 'Stop'; userId: number }) => {
    this.videoStates.set(payload.userId, payload.action === 'Start');
    this.cameraChanged(payload.userId);
    this.schedule();
  };

  private readonly onActiveSpeaker = (payload: Array<{ userId: number }>) => {
    const id = payload?.[0]?.userId;
    if (id !== undefined) this.spoke.set(id, performance.now());
    if (id !== this.speakerId) {
      this.speakerId = id;
      this.core.update();
    }
  };

  /** `video-active-change`: the server's active video (spotlighted users stay active). */
  private readonly onActiveVideo = (payload: { state: 'Active' | 'Inactive'; userId: number }) => {
    const id = payload?.state === 'Active' ? payload.userId : undefined;
    if (id === undefined && payload?.userId !== this.activeVideo) return;
    if (id === this.activeVideo) return;
    this.activeVideo = id;
    this.core.update();
  };

  /**
   * `video-spotlight-change` comes from two sources and may repeat or send `[]` as a fallback: the
   * payload is not trusted, the SDK's list is read again (as Zoom's sample does).
   */
  private readonly onSpotlight = () => {
    let ids: number[];
    try {
      ids = this.core.joined?.spotlightedUsers() ?? [];
    } catch {
      return;
    }
    if (ids.join() === this.spotlight.join()) return;
    this.spotlight = ids;
    this.core.update();
  };
}
