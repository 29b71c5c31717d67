/** Deadlines, waiting, and the smoke test's table of results. */

export type CheckStatus = 'pass' | 'fail' | 'skip';

export interface CheckResult {
  id: number;
  title: string;
  status: CheckStatus;
  /** One line: what was seen, or what was not. */
  detail: string;
  /** Parts of the check that did not run, and why (one line each). */
  skipped: string[];
  ms: number;
}

/** A point in time a check must finish by; every wait inside it takes what is `left()`. */
export class Deadline {
  private readonly end: number;
  constructor(readonly ms: number) {
    this.end = Date.now() + ms;
  }
  /** Milliseconds left, at least 1 (Playwright treats 0 as "no timeout"). */
  left(): number {
    return Math.max(1, this.end - Date.now());
  }
  /** A shorter deadline inside this one. */
  within(ms: number): Deadline {
    return new Deadline(Math.min(ms, this.left()));
  }
  get expired(): boolean {
    return Date.now() >= this.end;
  }
}

/** Seconds with one decimal: `12.3 s`. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Calls `probe` until it gives something other than `undefined` or `false`, or the deadline
 * passes; then throws `what` with how long it waited and, when `describe` is given, what it last
 * saw.
 */
export async function until<T>(
  what: string,
  deadline: Deadline,
  probe: () => Promise<T | undefined | false>,
  describe?: () => Promise<string>,
  every = 250,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (deadline.expired) {
      const seen = describe ? await describe().catch(() => '') : '';
      throw new Error(`${what} (waited ${seconds(Date.now() - started)}${seen ? `; ${seen}` : ''})`);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(every, deadline.left())));
  }
}

/** The first line of an error's message (Playwright's run to many lines of call log). */
export function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'unknown error';
}

/** The results as a plain-text table: check, result, time. */
export function formatTable(results: readonly CheckResult[]): string {
  const rows = results.map((r) => [
    `${r.id}. ${r.title}`,
    r.status === 'pass' && r.skipped.length > 0 ? `pass (${r.skipped.length} part${r.skipped.length === 1 ? '' : 's'} skipped)` : r.status,
    seconds(r.ms),
  ]);
  const header = ['check', 'result', 'time'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
