/**
 * The one shape of every failure. Kept apart from the catalog in `errors.ts` so the element's first
 * chunk can name it without carrying the catalog, which loads with the call.
 */

/** Where a failure came from. */
export type SessionErrorSource = 'input' | 'token' | 'sdk' | 'network' | 'media';

/**
 * Every failure of the session engine, in one shape: a stable `code` for pages and tests, a plain
 * `message` for participants, whether trying again may help, and the raw object as `cause` for
 * developers. The mapping from SDK errors to these lives below (the catalog).
 */
export class SessionError extends Error {
  override readonly name = 'SessionError';
  readonly code: string;
  readonly source: SessionErrorSource;
  /** The input field at fault, when the problem is an input. */
  readonly field: string | undefined;
  readonly retryable: boolean;

  constructor(init: {
    code: string;
    message: string;
    source: SessionErrorSource;
    retryable?: boolean;
    field?: string | undefined;
    cause?: unknown;
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.source = init.source;
    this.field = init.field;
    this.retryable = init.retryable ?? false;
  }
}
