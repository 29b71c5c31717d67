/**
 * The roster: who is in the session (this browser's participant first), who has video on, and who
 * speaks. Rebuilt from the SDK's user list on every change (the robust way: the SDK's events only
 * say that something changed), with one `zoom-session-participants` event per real change.
 */
import { ZoomSessionParticipantsEvent } from '../events.js';
import type { ParticipantInfo } from '../types.js';
import type { Participant } from '../zoom-client.js';
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
  private speakerId: number | undefined;
  /** Video state from `peer-video-state-change`, ahead of the SDK's user list. */
  private readonly videoStates = new Map<number, boolean>();

  /**
   * @param own this browser's audio and video (the media slice)
   * @param refreshed called after every rebuild, changed or not (the video slice drops what no longer shows)
   */
  constructor(
    core: SliceCore,
    private readonly own: OwnMedia,
    private readonly refreshed: (list: readonly ParticipantInfo[]) => void,
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
    };
  }

  /** The people in the session, this browser's participant first. Empty when not in a session. */
  get participants(): readonly ParticipantInfo[] {
    return this.list;
  }

  /** This browser's participant while in a session. */
  get self(): ParticipantInfo | undefined {
    return this.list.find((p) => p.isSelf);
  }

  /** Who speaks now, as the SDK says (`active-speaker`). */
  get activeSpeakerId(): number | undefined {
    return this.speakerId;
  }

  /** A participant's name, or '' when not (yet) in the list. */
  nameOf(userId: number): string {
    return this.list.find((p) => p.userId === userId)?.name ?? '';
  }

  /** True when this participant is in the list with video on. */
  hasVideo(userId: number): boolean {
    return this.list.some((p) => p.userId === userId && p.videoOn);
  }

  isSelf(userId: number): boolean {
    return userId === this.self?.userId;
  }

  override joined(): void {
    this.refresh();
  }

  /** Rebuilds the list from the SDK's users. */
  refresh(): void {
    const zoom = this.core.joined;
    if (!zoom) return;
    let all: Participant[];
    let self: Participant | undefined;
    try {
      ({ all, self } = zoom.users());
    } catch {
      return;
    }
    const selfId = self?.userId;
    const users = self && !all.some((u) => u.userId === selfId) ? [self, ...all] : all;
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
    list.sort((a, b) => Number(b.isSelf) - Number(a.isSelf));
    this.set(list);
    this.refreshed(list);
  }

  override release(): [] {
    this.videoStates.clear();
    return [];
  }

  override reset(): void {
    this.speakerId = undefined;
    this.set([]);
  }

  private set(list: readonly ParticipantInfo[]): void {
    if (sameParticipants(list, this.list)) return;
    this.list = list;
    this.core.update();
    this.core.dispatch(new ZoomSessionParticipantsEvent(list));
  }

  private readonly onUsers = () => this.refresh();

  private readonly onUsersUpdated = (payload: Array<{ userId: number; bVideoOn?: boolean }>) => {
    for (const user of payload ?? []) if (user.bVideoOn !== undefined) this.videoStates.delete(user.userId);
    this.refresh();
  };

  private readonly onUsersRemoved = (payload: Array<{ userId: number }>) => {
    for (const user of payload ?? []) this.videoStates.delete(user.userId);
    this.refresh();
  };

  private readonly onPeerVideo = (payload: { action: 'Start' | 'Stop'; userId: number }) => {
    this.videoStates.set(payload.userId, payload.action === 'Start');
    this.refresh();
  };

  private readonly onActiveSpeaker = (payload: Array<{ userId: number }>) => {
    const id = payload?.[0]?.userId;
    if (id !== this.speakerId) {
      this.speakerId = id;
      this.core.update();
    }
  };
}
