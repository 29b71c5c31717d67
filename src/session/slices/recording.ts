/**
 * Cloud recording: whether the session is recorded, told to everyone, and the host's controls.
 *
 * The SDK says so with `recording-change`, whose payload in the 2.5.0 bundle is a bare string,
 * `'Recording' | 'Paused' | 'Stopped'` (never an object; the server's `Init` is not emitted), and
 * `getCloudRecordingStatus()` says where it stands when this participant joins. Every change is
 * said once through the notices (a polite live region): "This session is being recorded", "...
 * paused", "... stopped"; the element also shows a persistent indicator while recording or paused
 * (`views/recording.ts`). Each change fires `zoom-session-recording` with the status.
 *
 * A host or manager whose account allows cloud recording (`canStartRecording()`) can start, pause,
 * resume and stop it; the SDK's refusal (5006 not host, 7200 account disabled, 7201 forbidden,
 * 7202 not started) becomes a notice in words (`recording-refused`, with the code).
 */
import { ZoomSessionRecordingEvent } from '../events.js';
import type { ZoomClient } from '../zoom-client.js';
import type { Notifier } from './notices.js';
import { Slice, type SdkListeners, type SliceCore } from './slice.js';

export type RecordingStatus = 'recording' | 'paused' | 'stopped';
export type RecordingAction = 'start' | 'pause' | 'resume' | 'stop';

export interface RecordingInfo {
  readonly status: RecordingStatus;
  /** This participant may start, pause, resume and stop (host or manager, account allows it). */
  readonly canControl: boolean;
  /** A start, pause, resume or stop is under way. */
  readonly busy: boolean;
}

/** The SDK's status string (`'Recording'`, ...) as this engine names it; anything else is stopped. */
export function recordingStatusOf(payload: unknown): RecordingStatus {
  const value = String(payload).toLowerCase();
  return value === 'recording' || value === 'paused' ? value : 'stopped';
}

/** Which actions make sense in a status, in the order the controls show them. */
export function recordingActions(status: RecordingStatus): readonly RecordingAction[] {
  return status === 'recording' ? ['pause', 'stop'] : status === 'paused' ? ['resume', 'stop'] : ['start'];
}

export class RecordingSlice extends Slice {
  private current: RecordingStatus = 'stopped';
  private allowed = false;
  private busy = false;

  constructor(
    core: SliceCore,
    private readonly notices: Notifier,
  ) {
    super(core);
  }

  /** This participant is a host or a manager now (the SDK's own user record: the roster keeps no `isManager`). */
  private isHostOrManager(): boolean {
    try {
      const self = this.core.joined?.users().self;
      return self?.isHost === true || self?.isManager === true;
    } catch {
      return false;
    }
  }

  get info(): RecordingInfo {
    return { status: this.current, canControl: this.allowed && this.isHostOrManager(), busy: this.busy };
  }

  override sdkListeners(): SdkListeners {
    return { 'recording-change': this.onChange };
  }

  override joined(zoom: ZoomClient): void {
    try {
      this.allowed = zoom.canStartRecording();
      this.change(recordingStatusOf(zoom.recordingStatus()), false);
    } catch {
      // An SDK without the recording client: nothing is recorded that this element can know of.
    }
  }

  private readonly onChange = (payload: string) => this.change(recordingStatusOf(payload), true);

  private change(status: RecordingStatus, saidIfStopped: boolean): void {
    if (status === this.current) return;
    this.current = status;
    this.notices.withdraw('recording');
    // Joining a session that is not recorded says nothing; every later change is said once.
    if (status !== 'stopped' || saidIfStopped) this.notices.notify('recording', { params: { status } });
    this.core.dispatch(new ZoomSessionRecordingEvent(status));
    this.core.update();
  }

  /** Starts, pauses, resumes or stops cloud recording; a refusal is said in words. */
  control(action: RecordingAction): Promise<void> {
    return this.toggle('recording', async (zoom) => {
      this.busy = true;
      this.core.update();
      try {
        await zoom.recording(action);
        this.notices.withdraw('recording-refused');
      } catch (error) {
        const code = typeof (error as { errorCode?: unknown })?.errorCode === 'number' ? (error as { errorCode: number }).errorCode : 0;
        this.notices.notify('recording-refused', { params: { action, code } });
      } finally {
        this.busy = false;
      }
    });
  }

  override reset(): void {
    this.current = 'stopped';
    this.allowed = false;
    this.busy = false;
  }
}
