/**
 * Host controls (issue 13): what this participant's role is, as the SDK says, and what a host or
 * manager does to one participant or to everyone, through `ZoomClient.hostAction`.
 *
 * The role comes only from the SDK (`isHost()`, `isManager()`), never from an attribute: it is read
 * when the join resolves and again whenever `user-updated` carries `isHost` or `isManager` (2.5.0
 * has no host-change event). A change fires `zoom-session-role`; becoming host or manager during
 * the session is said in a notice. Zoom checks every call itself (5006 not host or manager, 5007
 * not host): a refusal becomes a notice in words (`host-action-refused`), never a thrown error.
 * Stopping someone else's video does not exist in the web SDK and is not offered.
 *
 * Privileges: who may chat and who may share follow the SDK, read at join (`getPrivilege()`,
 * `isShareLocked()`) and on `chat-privilege-change` (`{chatPrivilege}`: 4 NoOne and 0 NoAttendee
 * lock; 1 All and 5 EveryonePublicly, which still allows messages to everyone, do not) and
 * `share-privilege-change` (`{privilege}`, the raw server value: 1 Locked; 0, 2 and 3 do not). The
 * bundle lets hosts and managers chat and share whatever the privilege, so `restricted()` spares
 * them. A change that restricts or frees this participant is said once in a notice.
 */
import { ZoomSessionRoleEvent } from '../events.js';
import type { HostAction } from '../zoom-client.js';
import type { Notifier } from './notices.js';
import { Slice, type SdkListeners, type SliceCore } from './slice.js';

export type { HostAction };

/** What the element shows of the host controls. */
export interface ModerationInfo {
  readonly isHost: boolean;
  readonly isManager: boolean;
  /** Managers in the session (user ids). */
  readonly managers: readonly number[];
  /** Spotlighted videos (user ids), as `video-spotlight-change` says. */
  readonly spotlighted: readonly number[];
  /** Only hosts and managers may share (the SDK's share privilege). */
  readonly shareLocked: boolean;
  /** Nobody but hosts and managers may chat (the SDK's chat privilege). */
  readonly chatLocked: boolean;
}

/** What this participant may not do now: hosts and managers are never restricted. */
export function restricted(m: ModerationInfo): { chat: boolean; share: boolean } {
  const free = m.isHost || m.isManager;
  return { chat: m.chatLocked && !free, share: m.shareLocked && !free };
}

const chatLocks = (privilege: unknown) => privilege === 4 || privilege === 0;

const NONE: ModerationInfo = Object.freeze({
  isHost: false,
  isManager: false,
  managers: Object.freeze([]) as readonly number[],
  spotlighted: Object.freeze([]) as readonly number[],
  shareLocked: false,
  chatLocked: false,
});

export class ModerationSlice extends Slice {
  private state: ModerationInfo = NONE;

  constructor(
    core: SliceCore,
    private readonly notices: Pick<Notifier, 'notify'>,
  ) {
    super(core);
  }

  override sdkListeners(): SdkListeners {
    return {
      'user-updated': this.onUsersUpdated,
      'video-spotlight-change': this.onSpotlight,
      'chat-privilege-change': this.onChatPrivilege,
      'share-privilege-change': this.onSharePrivilege,
    };
  }

  get info(): ModerationInfo {
    return this.state;
  }

  override joined(): void {
    let shareLocked = false;
    let chatLocked = false;
    try {
      shareLocked = this.core.joined?.isShareLocked() === true;
      chatLocked = chatLocks(this.core.joined?.chatPrivilege());
    } catch {
      // not known yet: the privilege events will say
    }
    this.set({ ...this.state, shareLocked, chatLocked });
    this.readRole(false);
  }

  override reset(): void {
    this.state = NONE;
    this.core.update();
  }

  /**
   * Runs a host control. Resolves `true` when Zoom did it, `false` when it refused (said in a
   * notice) or when this participant is neither host nor manager (nothing is sent).
   */
  async act(action: HostAction, userId?: number): Promise<boolean> {
    const zoom = this.core.joined;
    if (!zoom || this.core.state !== 'joined' || (!this.state.isHost && !this.state.isManager)) return false;
    try {
      await zoom.hostAction(action, userId);
    } catch (error) {
      const code = (error as { errorCode?: unknown })?.errorCode;
      this.notices.notify('host-action-refused', { params: { code: typeof code === 'number' ? code : 0 } });
      return false;
    }
    if (action === 'lock-share' || action === 'unlock-share') this.setLock('shareLocked', action === 'lock-share');
    if (action === 'chat-everyone' || action === 'chat-no-one') this.setLock('chatLocked', action === 'chat-no-one');
    this.core.refresh();
    return true;
  }

  private readRole(tell: boolean): void {
    const zoom = this.core.joined;
    if (!zoom) return;
    let role: { isHost: boolean; isManager: boolean };
    let managers: number[];
    try {
      role = zoom.role();
      managers = zoom.users().all.filter((u) => u.isManager).map((u) => u.userId);
    } catch {
      return;
    }
    const was = this.state;
    const sameManagers = managers.length === was.managers.length && managers.every((id, i) => id === was.managers[i]);
    if (role.isHost === was.isHost && role.isManager === was.isManager && sameManagers) return;
    this.set({ ...was, ...role, managers: sameManagers ? was.managers : Object.freeze(managers) });
    if (role.isHost === was.isHost && role.isManager === was.isManager) return;
    this.core.dispatch(new ZoomSessionRoleEvent(role.isHost, role.isManager));
    if (tell && role.isHost && !was.isHost) this.notices.notify('role-given', { params: { role: 'host' } });
    else if (tell && role.isManager && !was.isManager) this.notices.notify('role-given', { params: { role: 'manager' } });
  }

  /** A privilege changed: says so when it restricts or frees this participant. */
  private setLock(key: 'chatLocked' | 'shareLocked', locked: boolean): void {
    const was = this.state;
    if (was[key] === locked) return;
    this.set({ ...was, [key]: locked });
    if (was.isHost || was.isManager) return;
    const change = key === 'chatLocked' ? (locked ? 'chat-off' : 'chat-on') : locked ? 'share-locked' : 'share-unlocked';
    this.notices.notify('privilege-changed', { params: { change } });
  }

  private set(state: ModerationInfo): void {
    this.state = Object.freeze(state);
    this.core.update();
  }

  private readonly onUsersUpdated = (payload: Array<Record<string, unknown>>) => {
    if ((payload ?? []).some((u) => 'isHost' in u || 'isManager' in u)) this.readRole(true);
  };

  private readonly onChatPrivilege = (payload: { chatPrivilege?: unknown }) => {
    if (typeof payload?.chatPrivilege === 'number') this.setLock('chatLocked', chatLocks(payload.chatPrivilege));
  };

  private readonly onSharePrivilege = (payload: { privilege?: unknown }) => {
    if (typeof payload?.privilege === 'number') this.setLock('shareLocked', payload.privilege === 1);
  };

  private readonly onSpotlight = (payload: { spotlightList?: Array<{ userId: number }> }) => {
    const ids = (payload?.spotlightList ?? []).map((u) => u.userId).filter((id) => typeof id === 'number');
    let selfId: number | undefined;
    try {
      selfId = this.core.joined?.users().self?.userId;
    } catch {
      selfId = undefined;
    }
    const before = this.state.spotlighted;
    this.set({ ...this.state, spotlighted: Object.freeze(ids) });
    if (selfId !== undefined && ids.includes(selfId) && !before.includes(selfId)) this.notices.notify('spotlighted');
  };
}
