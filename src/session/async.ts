/** Small promise helpers of the session engine: cancel, time out, give up quietly. */

/** How long a teardown step (stop video, stop audio, leave) may take before it is given up. */
const TEARDOWN_STEP_MS = 3000;

export const noop = (): void => {};

export function abortError(): DOMException {
  return new DOMException('The join was cancelled.', 'AbortError');
}

/** Settles with `promise`, or rejects with an AbortError as soon as `signal` aborts. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Settles with `promise`, or rejects with `onTimeout()` after `ms` milliseconds. */
export function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => unknown): Promise<T> {
  if (!(ms > 0) || !Number.isFinite(ms)) return promise;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Runs a teardown step, ignoring its failure and giving up on it after a while. */
export async function quietly(step: () => Promise<unknown>): Promise<void> {
  try {
    await withTimeout(step(), TEARDOWN_STEP_MS, () => new Error('timeout'));
  } catch {
    // Teardown goes on: the session is being left either way.
  }
}
