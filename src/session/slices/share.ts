/**
 * Screen share: the share this browser receives (someone else's, the one the SDK makes active) and
 * its own, started and stopped here, or stopped from outside (`passively-stop-share`: the
 * browser's own "Stop sharing" bar, or the host). One `zoom-session-share` event per change, and
 * the share shown in the container the element gives (`attach`).
 */
import { ZoomSessionShareEvent } from '../events.js';
import { sessionError, toSessionError } from '../errors.js';
import type { ShareInfo } from '../types.js';
import {
  passiveStopReason,
  type ActiveSharePayload,
  type Participant,
  type PassiveStopSharePayload,
  type PeerSharePayload,
  type ShareContentPayload,
  type VideoPlayer,
} from '../zoom-sdk.js';
import type { ZoomClient } from '../zoom-client.js';
import { noop, quietly } from '../async.js';
import { Slice, type SdkListeners, type SliceCore, type TeardownStep } from './slice.js';
import type { RosterSlice } from './roster.js';
import type { Notifier } from './notices.js';

const NO_SHARE: ShareInfo = Object.freeze({ sharing: false, self: false });

export class ShareSlice extends Slice {
  /** This browser shares its screen (from `startShareScreen` resolving until it stops). */
  private selfSharing = false;
  /** The user whose share this browser receives (`active-share-change`, `share-content-change`). */
  private activeShareId: number | undefined;
  /** Others who share now, in the order they started (`peer-share-state-change`). */
  private readonly sharers: number[] = [];
  /** Where the element wants the share shown (`attach`). */
  private container: HTMLElement | undefined;
  /** The `<video-player>` showing someone's share, and whose. */
  private view: { userId: number; player: VideoPlayer } | undefined;
  /** A share view that failed to attach: not tried again until the share changes. */
  private viewFailed: number | undefined;
  /** The canvas or video `startShareScreen` renders this browser's own share into. */
  private ownElement: HTMLCanvasElement | HTMLVideoElement | undefined;
  /** Share views are attached and detached one change at a time. */
  private work: Promise<void> = Promise.resolve();
  /** What the last `zoom-session-share` event said, to fire one per change. */
  private announced = 'none';

  constructor(
    core: SliceCore,
    private readonly roster: Pick<RosterSlice, 'self' | 'nameOf' | 'isSelf'>,
    /** What the participant is told in passing (the notices slice); absent, nothing is said. */
    private readonly notices?: Notifier,
  ) {
    super(core);
  }

  override sdkListeners(): SdkListeners {
    return {
      'active-share-change': this.onActiveShare,
      'peer-share-state-change': this.onPeerShare,
      'share-content-change': this.onShareContent,
      'passively-stop-share': this.onPassiveStop,
      'user-removed': this.onUsersRemoved,
    };
  }

  /** The share shown now: this browser's own while it shares, else the one it receives. */
  get info(): ShareInfo {
    if (!this.core.joined) return NO_SHARE;
    if (this.selfSharing) {
      const self = this.roster.self;
      return { sharing: true, userId: self?.userId, userName: self?.name ?? '', self: true };
    }
    const id = this.activeShareId;
    if (id === undefined) return NO_SHARE;
    return { sharing: true, userId: id, userName: this.roster.nameOf(id), self: false };
  }

  /** The user whose share shows in the container now (`self` for this browser's own). */
  get attached(): number | 'self' | undefined {
    if (this.ownElement?.isConnected && this.selfSharing) return 'self';
    return this.view?.userId;
  }

  /** Shows the share in `container` (and keeps showing it there as it changes) until `detach()`. */
  attach(container: HTMLElement): Promise<void> {
    this.container = container;
    return this.sync();
  }

  /** Stops showing the share (the share itself goes on). */
  detach(): Promise<void> {
    this.container = undefined;
    return this.sync();
  }

  /** Starts sharing this browser's screen, or stops it. Refusals are reported, not thrown. */
  toggleShare(): Promise<void> {
    return this.toggle('share', async (zoom) => {
      if (this.selfSharing) {
        try {
          await zoom.stopShareScreen();
        } catch (error) {
          this.core.report(toSessionError(error, { stage: 'share' }));
          return;
        }
        this.selfSharing = false;
        this.dropOwnElement();
        this.changed();
        return;
      }
      if (!zoom.canShareScreen()) {
        this.core.report(sessionError('share-unsupported', { stage: 'share' }));
        return;
      }
      let locked = false;
      let self: Participant | undefined;
      try {
        locked = zoom.isShareLocked();
        self = zoom.users().self;
      } catch {
        // The SDK decides when sharing starts.
      }
      if (locked && !self?.isHost && !self?.isManager) {
        this.core.report(sessionError('share-locked', { stage: 'share' }));
        return;
      }
      const element = document.createElement(zoom.shareElementKind());
      element.className = 'own-share';
      if (element instanceof HTMLVideoElement) {
        element.muted = true;
        element.playsInline = true;
        element.autoplay = true;
      }
      this.ownElement = element;
      if (this.container?.isConnected) this.container.append(element);
      try {
        await zoom.startShareScreen(element);
      } catch (error) {
        if (this.ownElement === element) this.dropOwnElement();
        this.core.report(toSessionError(error, { stage: 'share' }));
        return;
      }
      if (this.core.joined !== zoom || this.ownElement !== element) {
        element.remove(); // the session ended while the browser's picker was open
        return;
      }
      this.selfSharing = true;
      this.core.clearError('share-');
      this.changed();
    });
  }

  /** The share under way when joining (someone shared before this browser came in). */
  override joined(zoom: ZoomClient): void {
    try {
      const id = zoom.activeShareUserId();
      if (id === undefined || this.roster.isSelf(id)) return;
      this.addSharer(id);
      this.activeShareId = id;
    } catch {
      return; // the SDK says so with `active-share-change` instead
    }
    this.changed();
  }

  /** Every share forgotten and off the screen; the shown share detached, the own share stopped. */
  override release(): TeardownStep[] {
    const view = this.view;
    const wasSharing = this.selfSharing;
    this.selfSharing = false;
    this.dropOwnElement();
    this.activeShareId = undefined;
    this.sharers.length = 0;
    this.view = undefined;
    this.viewFailed = undefined;
    this.container = undefined;
    view?.player.remove();
    const steps: TeardownStep[] = [];
    if (view) steps.push((zoom) => zoom.detachShareView(view.userId, view.player));
    if (wasSharing) steps.push((zoom) => zoom.stopShareScreen());
    return steps;
  }

  override reset(): void {
    this.announce();
  }

  private addSharer(userId: number): void {
    if (!this.sharers.includes(userId)) this.sharers.push(userId);
  }

  /** Someone's share stopped: the last of the others who still share becomes the active one. */
  private stopped(userId: number): void {
    const index = this.sharers.indexOf(userId);
    if (index >= 0) this.sharers.splice(index, 1);
    if (this.activeShareId === userId) this.activeShareId = this.sharers.at(-1);
  }

  // This browser's own share is followed by toggleShare and passively-stop-share, not these.
  private readonly onActiveShare = (payload: ActiveSharePayload) => {
    if (!payload || this.roster.isSelf(payload.userId)) return;
    if (payload.state === 'Active') {
      this.addSharer(payload.userId);
      this.activeShareId = payload.userId;
    } else if (this.activeShareId === payload.userId) {
      this.activeShareId = this.sharers.filter((id) => id !== payload.userId).at(-1);
    }
    this.changed();
  };

  private readonly onPeerShare = (payload: PeerSharePayload) => {
    if (!payload || this.roster.isSelf(payload.userId)) return;
    if (payload.action === 'Start') {
      this.addSharer(payload.userId);
      this.activeShareId ??= payload.userId;
    } else {
      this.stopped(payload.userId);
    }
    this.changed();
  };

  private readonly onShareContent = (payload: ShareContentPayload) => {
    if (!payload || !(payload.userId > 0) || this.roster.isSelf(payload.userId)) return;
    this.addSharer(payload.userId);
    this.activeShareId = payload.userId;
    this.changed();
  };

  /**
   * This browser's share was stopped from outside: the browser's own "Stop sharing" bar (nothing to
   * say) or the host (`PrivilegeChange`: the host locked sharing or took it over), said in a polite
   * notice ("The host stopped your screen share"), not as an error: nothing failed. The bundle sends
   * `{reason}`; `passiveStopReason` reads either form.
   */
  private readonly onPassiveStop = (payload: PassiveStopSharePayload) => {
    if (!this.selfSharing) return;
    this.selfSharing = false;
    this.dropOwnElement();
    if (passiveStopReason(payload) === 'PrivilegeChange') {
      this.notices?.notify('share-stopped-by-host');
    }
    this.changed();
  };

  /** A sharer left the session: their share goes. */
  private readonly onUsersRemoved = (payload: Array<{ userId: number }>) => {
    let sharerLeft = false;
    for (const { userId } of payload ?? []) {
      if (this.sharers.includes(userId) || this.activeShareId === userId) {
        this.stopped(userId);
        sharerLeft = true;
      }
    }
    if (sharerLeft) this.changed();
  };

  private dropOwnElement(): void {
    this.ownElement?.remove();
    this.ownElement = undefined;
  }

  /** The share may have changed: render, fire `zoom-session-share`, fix what shows. */
  private changed(): void {
    this.core.update();
    this.announce();
    void this.sync();
  }

  private announce(): void {
    const share = this.info;
    const key = share.sharing ? `${share.self ? 'self' : 'peer'}:${share.userId}` : 'none';
    if (key === this.announced) return;
    this.announced = key;
    this.viewFailed = undefined;
    this.core.dispatch(new ZoomSessionShareEvent(share.sharing, share.userId, share.self));
  }

  private sync(): Promise<void> {
    const run = this.work.then(() => this.apply());
    this.work = run.catch(noop);
    return run;
  }

  /** Makes the container show what `info` says: the own share's element, or someone's `<video-player>`. */
  private async apply(): Promise<void> {
    const zoom = this.core.joined;
    const container = this.container?.isConnected ? this.container : undefined;
    const own = this.ownElement;
    if (own) {
      if (container && own.parentElement !== container) container.append(own);
      else if (!container) own.remove();
    }
    const target = zoom && !this.selfSharing && container ? this.activeShareId : undefined;
    const current = this.view;
    if (current && current.userId === target && current.player.parentElement === container) return;
    if (current) {
      this.view = undefined;
      current.player.remove();
      if (zoom) await quietly(() => zoom.detachShareView(current.userId, current.player));
    }
    if (target === undefined || !zoom || !container || this.viewFailed === target) return;
    let player: VideoPlayer;
    try {
      player = await zoom.attachShareView(target);
    } catch (error) {
      this.viewFailed = target;
      this.core.report(toSessionError(error, { stage: 'share-view' }));
      return;
    }
    const stillWanted =
      this.core.joined === zoom &&
      !this.selfSharing &&
      this.activeShareId === target &&
      this.container === container &&
      container.isConnected;
    if (!stillWanted) {
      player.remove();
      await quietly(() => zoom.detachShareView(target, player));
      return;
    }
    container.append(player);
    this.view = { userId: target, player };
  }
}
