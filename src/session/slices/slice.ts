/**
 * What a feature slice of the session engine is, and what it may use of the core. A slice owns one
 * job (the roster, own media, videos, share, chat, preview): its state, its SDK listeners and its
 * teardown. It reaches the SDK only through the `ZoomClient` the core gives it (`zoom-sdk.ts`
 * is the only importer of `@zoom/videosdk`) and the element only through the core (`update`,
 * `dispatch`, `report`): a slice never holds the element.
 *
 * Lifecycle, driven by the core for every slice in its order (see `SessionController.slices`):
 *   listen(zoom)   a join starts: the slice's `sdkListeners()` are added on the SDK client
 *   joined(zoom)   the SDK join resolved: read what is there already (the users, a share under way)
 *   unlisten()     the session ends: exactly this slice's listeners are removed
 *   release()      then, in reverse order: forget what shows (synchronously) and return the SDK
 *                  steps that undo what the slice started; the core runs them, then leaves the SDK
 *   reset()        the session is over: back to the state outside a session (events fired here)
 */
import type { SessionError } from '../errors.js';
import type { SessionState } from '../types.js';
import type { ZoomClient } from '../zoom-client.js';

/** What a slice may use of the core. */
export interface SliceCore {
  /** Where the session stands. */
  readonly state: SessionState;
  /** True while joined or reconnecting. */
  readonly inSession: boolean;
  /** True while a join or a session is under way (preparing, joining, joined, reconnecting). */
  readonly underWay: boolean;
  /** The SDK adapter while the SDK is joined (from its join resolving to the teardown); else undefined. */
  readonly joined: ZoomClient | undefined;
  /** The SDK adapter, joined or not: for what works before a join (the preview, the devices). */
  client(): ZoomClient;
  /** Asks the element to render again, at the next animation frame: one render for every change before it. */
  update(): void;
  /** Reads the participant list from the SDK again, then renders at once (after this browser's own toggle, say). */
  refresh(): void;
  /** Fires one of the `zoom-session-*` events from the element. */
  dispatch(event: Event): void;
  /** A problem that does not end the session: becomes `error` and a `zoom-session-error` event. */
  report(error: SessionError): void;
  /** Clears `error` when its code starts with `prefix` (`camera-`): that thing works now. */
  clearError(prefix: string): void;
}

/** SDK event names and the handlers a slice listens with (stable functions, so they can be removed). */
export type SdkListeners = Readonly<Record<string, (payload: never) => void>>;

/** An SDK step of a teardown: run in order, each given up on after a while, failures ignored. */
export type TeardownStep = (zoom: ZoomClient) => Promise<unknown>;

export abstract class Slice {
  private offs: Array<() => void> = [];
  private readonly toggling = new Map<string, Promise<void>>();

  constructor(protected readonly core: SliceCore) {}

  /** The SDK events this slice follows. The same functions every time: they are removed by identity. */
  sdkListeners(): SdkListeners {
    return {};
  }

  /** Adds this slice's SDK listeners (a join starts). */
  listen(zoom: ZoomClient): void {
    this.unlisten();
    for (const [event, listener] of Object.entries(this.sdkListeners())) this.offs.push(zoom.on(event, listener));
  }

  /** Removes exactly the listeners `listen` added. */
  unlisten(): void {
    for (const off of this.offs.splice(0)) off();
  }

  /** How many SDK listeners this slice has now. */
  get listening(): number {
    return this.offs.length;
  }

  /** The SDK join resolved. */
  joined(_zoom: ZoomClient): void {}

  /** The session ends: forget what shows now, and say which SDK steps undo what this slice started. */
  release(): TeardownStep[] {
    return [];
  }

  /** The session is over: back to the state outside a session. */
  reset(): void {}

  /**
   * Runs a participant's toggle while joined, one of a kind at a time (a second call returns the
   * first one's promise); afterwards the participant list is read again and the element renders.
   */
  protected toggle(kind: string, work: (zoom: ZoomClient) => Promise<void>): Promise<void> {
    const zoom = this.core.joined;
    if (this.core.state !== 'joined' || !zoom) return Promise.resolve();
    const pending = this.toggling.get(kind);
    if (pending) return pending;
    const run = work(zoom).finally(() => {
      this.toggling.delete(kind);
      this.core.refresh();
    });
    this.toggling.set(kind, run);
    return run;
  }
}
