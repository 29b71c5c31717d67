/**
 * The fake SDK's cloud recording client (`client.getRecordingClient()`), doing what the 2.5.0
 * bundle does: only a host or a manager may start, pause, resume or stop (else it rejects with
 * 5006); `startCloudRecording()` rejects with 7200 when the account disabled cloud recording
 * (`canStartRecording()` false), resolves at once when already recording, and otherwise resolves
 * when the server reports the start, which the client announces as `recording-change` with a
 * **bare string** (`'Recording'`, `'Paused'`, `'Stopped'`, never an object). `pauseCloudRecording()`
 * rejects with 7202 when nothing records; `resumeCloudRecording()` calls the start internally (same
 * errors); `stopCloudRecording()` resolves `''` when already stopped. Rejections are the SDK's plain
 * `{type, reason, errorCode}` objects.
 */
import type { Participant, SdkRecording } from '../../src/session/zoom-sdk.js';

type Status = ReturnType<SdkRecording['getCloudRecordingStatus']>;

export interface FakeRecordingHost {
  emit(event: string, payload: unknown): void;
  readonly selfId: number;
  users: Participant[];
}

const refusal = (errorCode: number, reason: string) => ({ type: 'INVALID_OPERATION', reason, errorCode });

export class FakeRecording {
  /** `canStartRecording()`: the account allows cloud recording (default true). */
  allowed = true;
  /** Every recording call, in order. */
  readonly calls: string[] = [];
  private status = 'Stopped' as Status;

  constructor(private readonly host: FakeRecordingHost) {}

  /** The server says the recording changed (another host started it, say): `recording-change`. */
  serverChange(status: 'Recording' | 'Paused' | 'Stopped'): void {
    this.status = status as Status;
    this.host.emit('recording-change', status);
  }

  private guard(): void {
    const self = this.host.users.find((u) => u.userId === this.host.selfId);
    if (!self?.isHost && !self?.isManager) throw refusal(5006, 'Only host or manager can do this operation.');
  }

  private start(): '' {
    this.guard();
    if (!this.allowed) throw refusal(7200, 'The account of the meeting disabled the cloud recording');
    if (this.status !== 'Recording') this.serverChange('Recording');
    return '';
  }

  readonly client: SdkRecording = {
    canStartRecording: () => this.allowed,
    getCloudRecordingStatus: () => this.status,
    startCloudRecording: async () => {
      this.calls.push('start');
      return this.start();
    },
    resumeCloudRecording: async () => {
      this.calls.push('resume');
      return this.start();
    },
    pauseCloudRecording: async () => {
      this.calls.push('pause');
      this.guard();
      if (this.status !== 'Recording') throw refusal(7202, 'Recording is not started');
      this.serverChange('Paused');
      return '';
    },
    stopCloudRecording: async () => {
      this.calls.push('stop');
      this.guard();
      if (this.status !== 'Stopped') this.serverChange('Stopped');
      return '';
    },
  };
}
