/**
 * The fake SDK's host controls and command channel (issue 13), kept apart from `fake-zoom.ts` so
 * that file only wires them in. Follows the 2.5.0 bundle (wave-2 SDK notes, section 3):
 *
 * - `getCommandClient().send(text, target?)` rejects `{INVALID_PARAMETERS, 'Text is empty', 7100}`,
 *   7102 for a non-string, `{INVALID_PARAMETERS, 'Text exceeds the max length(1024).', 7103}` past
 *   1,024 characters, `{INVALID_OPERATION, 'Command channel is not ready', 7104}` before the
 *   channel is up and 7105 past the rate limit; it resolves `{timestamp, text, receiverId, senderId}`.
 *   Receivers get `command-channel-message` with `senderId` as a string, and `timestamp` their own
 *   clock. Linked fakes (`link`) stand for the other browsers of one session.
 * - Host calls check the role: 5006 `INSUFFICIENT_PRIVILEGES` when not host or manager, 5007 for what
 *   only the host may do (`makeHost`, `makeManager`, `revokeManager`, `leave(true)`).
 * - Privileges, as the server broadcasts them to every browser of the session (the caller's too):
 *   `lockShare(b)` / `setSharePrivilege(p)` fire `share-privilege-change {privilege}` (the raw value:
 *   0 Unlocked, 1 Locked, 3 MultipleShare; others 6208), `chat.setPrivilege(p)` fires
 *   `chat-privilege-change {chatPrivilege}` (1, 3, 4, 5; others 7003) and resolves at once when it
 *   is already so. The bundle lets hosts and managers chat and share whatever the privilege.
 */
import type { Participant } from '../../src/session/zoom-sdk.js';

type Failure = { type: string; reason: string; errorCode: number };
const fail = (errorCode: number, reason: string, type = 'INVALID_OPERATION'): Failure => ({ type, reason, errorCode });

/** What the fake host side needs of its `FakeZoom`. */
export interface HostSideOf {
  readonly selfId: number;
  users: Participant[];
  inSession: boolean;
  emit(event: string, payload: unknown): void;
  updateUser(userId: number, change: Partial<Participant>): void;
  removeUser(userId: number): void;
}

export interface HostScript {
  /** The command channel is not connected yet: `send` rejects 7104. */
  commandNotReady?: boolean;
  /** The session's rate limit is reached: `send` rejects 7105. */
  commandRateLimited?: boolean;
}

export class FakeHostSide {
  readonly script: HostScript = {};
  /** What this browser sent on the command channel: `[text, target]`. */
  readonly sent: Array<[string, number | undefined]> = [];
  /** Every host call, `name` or `name:userId`. */
  readonly calls: string[] = [];
  /** The other browsers of the session, whose command channels this one reaches. */
  readonly peers = new Set<FakeHostSide>();
  shareLocked = false;
  sharePrivilege = 0;
  chatPrivilege = 1;
  readonly spotlighted = new Set<number>();

  constructor(private readonly zoom: HostSideOf) {}

  /** Links two fakes as two browsers of one session (both ways). */
  link(other: FakeHostSide): void {
    this.peers.add(other);
    other.peers.add(this);
  }

  private get self(): Participant | undefined {
    return this.zoom.users.find((u) => u.userId === this.zoom.selfId);
  }

  isHost = (): boolean => this.self?.isHost === true;
  isManager = (): boolean => this.self?.isManager === true;

  readonly command = {
    send: async (text: string, target?: number | object) => {
      if (!this.zoom.inSession) throw fail(1, 'not joined'); // the joined guard
      if (typeof text !== 'string') throw fail(7102, 'Text should be string', 'INVALID_PARAMETERS');
      if (text === '') throw fail(7100, 'Text is empty', 'INVALID_PARAMETERS');
      if (text.length > 1024) throw fail(7103, 'Text exceeds the max length(1024).', 'INVALID_PARAMETERS');
      if (this.script.commandNotReady) throw fail(7104, 'Command channel is not ready');
      if (this.script.commandRateLimited) throw fail(7105, 'Exceed the rate limit for command channel message');
      const to = typeof target === 'number' ? target : undefined;
      this.sent.push([text, to]);
      const name = this.self?.displayName ?? '';
      for (const peer of this.peers) {
        if (!peer.zoom.inSession || (to !== undefined && peer.zoom.selfId !== to)) continue;
        peer.receive({ senderId: this.zoom.selfId, senderName: name }, text);
      }
      return { timestamp: Date.now(), text, receiverId: to ?? 0, senderId: this.zoom.selfId };
    },
  };

  /** A command-channel text arrives, as the bundle delivers it (`senderId` a string). */
  receive(from: { senderId: number | string; senderName: string }, text: unknown): void {
    this.zoom.emit('command-channel-message', {
      senderId: String(from.senderId),
      senderName: from.senderName,
      senderGuid: '',
      senderUserKey: '',
      text,
      timestamp: Date.now(),
      msgid: `msg-${Math.random().toString(36).slice(2)}`,
    });
  }

  /** Runs a host call: 5006 unless host or manager, 5007 unless host when `hostOnly`. */
  async run(name: string, userId: number | undefined, hostOnly: boolean, effect: () => void = () => {}): Promise<''> {
    this.calls.push(userId === undefined ? name : `${name}:${userId}`);
    if (hostOnly ? !this.isHost() : !this.isHost() && !this.isManager()) {
      throw fail(hostOnly ? 5007 : 5006, '', 'INSUFFICIENT_PRIVILEGES');
    }
    if (userId !== undefined && !this.zoom.users.some((u) => u.userId === userId)) {
      throw fail(6001, 'no matching user', 'INVALID_PARAMETERS');
    }
    effect();
    return '';
  }

  /**
   * Spotlights a video or takes the spotlight off, as the bundle checks it (6001 video off, 6117
   * already or not spotlighted), and fires `video-spotlight-change` with the whole list.
   */
  spotlight(userId: number, on: boolean): void {
    const user = this.zoom.users.find((u) => u.userId === userId);
    if (on && !user?.bVideoOn) throw fail(6001, `userId:${userId} has not started video`, 'INVALID_PARAMETERS');
    if (on === this.spotlighted.has(userId)) {
      throw fail(6117, `userId:${userId} ${on ? 'has already spotlighted' : 'is not spotlighted'}`, 'INVALID_PARAMETERS');
    }
    if (on) this.spotlighted.add(userId);
    else this.spotlighted.delete(userId);
    this.zoom.emit('video-spotlight-change', { spotlightList: [...this.spotlighted].map((id) => ({ userId: id })) });
  }

  /** What the server does on `setSharePrivilege(privilege)` (and `lockShare`): every browser is told. */
  setSharePrivilege(privilege: number): void {
    if (![0, 1, 3].includes(privilege)) throw fail(6208, 'Invalid share privilege', 'INVALID_PARAMETERS');
    for (const side of [this, ...this.peers]) {
      if (side.sharePrivilege === privilege) continue;
      side.sharePrivilege = privilege;
      side.shareLocked = privilege === 1;
      if (side.zoom.inSession) side.zoom.emit('share-privilege-change', { privilege });
    }
  }

  /** What the server does on `chat.setPrivilege(privilege)`: every browser is told. */
  setChatPrivilege(privilege: number): void {
    if (![1, 3, 4, 5].includes(privilege)) throw fail(7003, 'Invalid chat privilege', 'INVALID_PARAMETERS');
    for (const side of [this, ...this.peers]) {
      if (side.chatPrivilege === privilege) continue;
      side.chatPrivilege = privilege;
      if (side.zoom.inSession) side.zoom.emit('chat-privilege-change', { chatPrivilege: privilege });
    }
  }

  /** The host ends the session for everyone: each linked browser is told `ended by host`. */
  endForAll(): void {
    for (const peer of this.peers) peer.zoom.emit('connection-change', { state: 'Closed', reason: 'ended by host' });
  }
}
