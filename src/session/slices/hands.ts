/**
 * Raised hands (issue 13), carried on the Video SDK's command channel: the web SDK has no raise-hand
 * API. The wire format, the hand state and who may do what are `hand-protocol.ts` (pure, tested on
 * its own); this slice wires them to the SDK through the `ZoomClient`:
 *
 * - anyone raises or lowers their own hand (`hand` broadcast); a host or manager lowers one hand or
 *   all (`lower`), which receivers apply only when the sender is host or manager in their own list;
 * - a hand goes down when its owner leaves (`user-removed`) or is unmuted (`user-updated` with
 *   `muted: false`: given the floor), in every browser on its own, with no message;
 * - once the channel is up (`command-channel-status` `Connected`), this browser asks which hands
 *   are up (`ask`) and the designated responder answers it alone (`state`);
 * - a send refused because the channel is not up yet (7104) waits for `Connected`; other refusals
 *   (7105 the rate limit) undo the local change and say so in a notice.
 *
 * `no-hands` (`setOff(true)`): the page wants no hands at all, its own nor anyone else's. The slice
 * then sends nothing (no raise, no `ask`, no answer to another's `ask`), ignores every hand
 * message, forgets the hands it knew without firing `zoom-session-hand` (they are not lowered, only
 * no longer followed) and fires none. One exception, decided: a hand of this participant's that is
 * up when `no-hands` comes on is lowered with one last `hand` message, so that the others are not
 * left with a hand nobody can lower from here. Turned off again during the call, the slice asks
 * which hands are up, as a newcomer does.
 */
import { ZoomSessionHandEvent } from '../events.js';
import {
  NO_HANDS,
  actionFor,
  decodeHandMessage,
  encodeHandMessage,
  handChanges,
  handsReducer,
  isDesignatedResponder,
  raisedIds,
  type HandAction,
  type HandMessage,
  type HandState,
} from './hand-protocol.js';
import type { Notifier } from './notices.js';
import { Slice, type SdkListeners, type SliceCore } from './slice.js';

const NOT_READY = 7104;

export class HandsSlice extends Slice {
  private state: HandState = NO_HANDS;
  private asked = false;
  private ready = false;
  /** Sends refused with 7104 before the channel was up, sent again on `Connected`. */
  private waiting: Array<{ text: string; to: number | undefined }> = [];
  /** `no-hands`: nothing sent, nothing followed. */
  private off = false;

  constructor(
    core: SliceCore,
    private readonly notices: Pick<Notifier, 'notify'>,
  ) {
    super(core);
  }

  override sdkListeners(): SdkListeners {
    return {
      'command-channel-message': this.onMessage,
      'command-channel-status': this.onStatus,
      'user-removed': this.onRemoved,
      'user-updated': this.onUpdated,
    };
  }

  /** The user ids with a raised hand, oldest first. */
  get raised(): readonly number[] {
    return raisedIds(this.state);
  }

  /** True when this participant's hand is up. */
  get raisedSelf(): boolean {
    const self = this.selfId();
    return self !== undefined && this.raised.includes(self);
  }

  /** `no-hands` on or off (see the top of this file); the element calls it before each render. */
  setOff(off: boolean): void {
    if (off === this.off) return;
    if (off) {
      if (this.raisedSelf) void this.send({ t: 'hand', up: false });
      this.off = true;
      if (this.state === NO_HANDS) return;
      this.state = NO_HANDS;
      this.core.update();
      return;
    }
    this.off = false;
    this.asked = this.ready && this.core.joined !== undefined;
    if (this.asked) void this.send({ t: 'ask' });
  }

  /** Raises or lowers this participant's hand. */
  async setOwn(up: boolean): Promise<void> {
    const self = this.selfId();
    if (self === undefined || this.core.state !== 'joined' || this.off) return;
    if (up === this.raisedSelf) return;
    const before = this.state;
    this.apply(up ? { type: 'raise', userId: self, now: Date.now() } : { type: 'lower', userId: self }, false);
    if (!(await this.send({ t: 'hand', up }))) this.restore(before);
  }

  /** A host or manager lowers one participant's hand, or every hand (`'all'`). */
  async lower(target: number | 'all'): Promise<void> {
    const zoom = this.core.joined;
    if (!zoom || this.core.state !== 'joined' || this.off) return;
    const self = this.selfId();
    if (target === self) return this.setOwn(false);
    const role = zoom.role();
    if (!role.isHost && !role.isManager) return;
    const before = this.state;
    this.apply({ type: 'lower-by-host', target }, false);
    const ok = await this.send(target === 'all' ? { t: 'lower', all: true } : { t: 'lower', u: target });
    if (!ok) this.restore(before);
  }

  override reset(): void {
    this.asked = false;
    this.ready = false;
    this.waiting = [];
    this.restore(NO_HANDS);
  }

  private selfId(): number | undefined {
    try {
      return this.core.joined?.users().self?.userId;
    } catch {
      return undefined;
    }
  }

  /** Sends a message; `false` when Zoom refused it for good (a notice says so). */
  private async send(message: HandMessage, to?: number): Promise<boolean> {
    const zoom = this.core.joined;
    if (!zoom) return false;
    const text = encodeHandMessage(message);
    if (!this.ready && this.waiting.length > 0) {
      this.waiting.push({ text, to });
      return true;
    }
    try {
      await zoom.sendCommand(text, to);
      return true;
    } catch (error) {
      if ((error as { errorCode?: unknown })?.errorCode === NOT_READY && !this.ready) {
        this.waiting.push({ text, to });
        return true;
      }
      this.notices.notify('hand-not-sent');
      return false;
    }
  }

  /** Applies an action; fires one `zoom-session-hand` per hand that went up or down. */
  private apply(action: HandAction, byHost: boolean, senderId?: number): void {
    const before = this.state;
    const after = handsReducer(before, action);
    if (after === before) return;
    this.state = after;
    this.core.update();
    const self = this.selfId();
    const { raised, lowered } = handChanges(before, after);
    for (const id of raised) this.core.dispatch(new ZoomSessionHandEvent(id, true, id === self, false));
    for (const id of lowered) {
      this.core.dispatch(new ZoomSessionHandEvent(id, false, id === self, byHost));
      if (byHost && id === self && senderId !== undefined) this.notices.notify('hand-lowered-by-host');
    }
  }

  private restore(state: HandState): void {
    const before = this.state;
    if (before === state) return;
    this.state = state;
    this.core.update();
    const self = this.selfId();
    const { raised, lowered } = handChanges(before, state);
    for (const id of raised) this.core.dispatch(new ZoomSessionHandEvent(id, true, id === self, false));
    for (const id of lowered) this.core.dispatch(new ZoomSessionHandEvent(id, false, id === self, false));
  }

  private readonly onMessage = (payload: unknown) => {
    const zoom = this.core.joined;
    if (!zoom || this.off) return;
    let users;
    try {
      users = zoom.users();
    } catch {
      return;
    }
    const selfId = users.self?.userId;
    const received = decodeHandMessage(payload, selfId);
    if (!received || selfId === undefined) return;
    const all = users.self && !users.all.some((u) => u.userId === selfId) ? [users.self, ...users.all] : users.all;
    const sender = all.find((u) => u.userId === received.senderId);
    const hostId = all.find((u) => u.isHost)?.userId;
    const { message } = received;
    if (message.t === 'ask') {
      const answer = isDesignatedResponder(selfId, { hostId, askerId: received.senderId, userIds: all.map((u) => u.userId) });
      if (answer) void this.send({ t: 'state', up: this.raised }, received.senderId);
      return;
    }
    let trusted = sender?.isHost === true || sender?.isManager === true;
    if (message.t === 'state' && !trusted) {
      // The designated responder for this browser's own `ask`.
      trusted = isDesignatedResponder(received.senderId, { hostId, askerId: selfId, userIds: all.map((u) => u.userId) });
    }
    const action = actionFor(received, Date.now(), trusted);
    if (action) this.apply(action, action.type === 'lower-by-host', received.senderId);
  };

  private readonly onStatus = (status: unknown) => {
    if (status !== 'Connected' || !this.core.joined) return;
    this.ready = true;
    for (const { text, to } of this.waiting.splice(0)) {
      void this.core.joined.sendCommand(text, to).catch(() => this.notices.notify('hand-not-sent'));
    }
    if (!this.asked && !this.off) {
      this.asked = true;
      void this.send({ t: 'ask' });
    }
  };

  private readonly onRemoved = (payload: Array<{ userId: number }>) => {
    if (this.off) return;
    for (const user of payload ?? []) this.apply({ type: 'left', userId: user.userId }, false);
  };

  private readonly onUpdated = (payload: Array<{ userId: number; muted?: boolean }>) => {
    if (this.off) return;
    for (const user of payload ?? []) if (user.muted === false) this.apply({ type: 'unmuted', userId: user.userId }, false);
  };
}
