/**
 * The roster indexed by user id, merging the SDK's partial participant payloads (issue 12).
 *
 * SDK behaviour followed (wave-2 SDK notes, section 2 and "Surprises" 1): `user-added`,
 * `user-updated` and `user-removed` carry arrays whose elements hold **only the keys the server
 * sent**. `user-updated` is a diff such as `{userId, muted}`; `user-removed` may be `{userId}` only;
 * `getAllUser()` returns full records whose unknown keys are present with the value `undefined`.
 * A store that replaced records with the payload would lose `displayName`, `bVideoOn` and the rest,
 * so every payload is merged key by key into the record already held.
 *
 * Choices:
 * - A key whose value is `undefined` is treated as "not sent" and never erases a known value: the
 *   SDK uses `undefined` for "unknown", never to clear a field (clearing uses `''`/`false`).
 * - `user-added` for an id already held merges too (a failover rejoin re-announces people).
 * - An update for an id not held is kept as a partial record, so an update that overtakes its
 *   `user-added` is not lost; `isPartial`-style checks are the caller's (e.g. no `displayName`).
 * - `version` counts changes, so a caller batching per frame can tell whether anything moved.
 *
 * Framework-free and SDK-free: records are any object with a numeric `userId`.
 */

export interface HasUserId {
  userId: number;
}

/** A payload element: the user id plus any subset of the record's keys. */
export type PartialRecord<T extends HasUserId> = Pick<T, 'userId'> & { [K in keyof T]?: T[K] | undefined };

export class ParticipantIndex<T extends HasUserId> {
  private readonly byId = new Map<number, T>();
  private changes = 0;

  /** Increments whenever a call changed at least one record. */
  get version(): number {
    return this.changes;
  }

  get size(): number {
    return this.byId.size;
  }

  get(userId: number): T | undefined {
    return this.byId.get(userId);
  }

  has(userId: number): boolean {
    return this.byId.has(userId);
  }

  /** All records, in insertion order (first seen first). */
  values(): T[] {
    return [...this.byId.values()];
  }

  /** Replaces everything with full records (e.g. `getAllUser()` after join or a reconnect). */
  reset(records: readonly T[]): void {
    this.byId.clear();
    for (const record of records) {
      if (validId(record.userId)) this.byId.set(record.userId, withoutUndefined(record) as T);
    }
    this.changes++;
  }

  /**
   * Adds the full records of ids not held yet, or named in `fresh` (newcomers, read from
   * `getAllUser()` after a `user-added`), leaving every other record as it is: O(records) lookups,
   * not a rebuild of the whole index per arrival. Returns the ids added or replaced.
   */
  add(records: readonly T[], fresh: { has(userId: number): boolean }): number[] {
    const added: number[] = [];
    for (const record of records) {
      if (!record || !validId(record.userId)) continue;
      if (this.byId.has(record.userId) && !fresh.has(record.userId)) continue;
      this.byId.set(record.userId, withoutUndefined(record) as T);
      added.push(record.userId);
    }
    if (added.length > 0) this.changes++;
    return added;
  }

  /**
   * Merges `user-added` / `user-updated` elements. Returns the ids whose record changed, so a view
   * can re-render only what moved (and, e.g., forget a failed attach when `bVideoOn` changed).
   */
  merge(payload: readonly PartialRecord<T>[]): number[] {
    const changed: number[] = [];
    for (const element of payload) {
      if (!element || !validId(element.userId)) continue;
      const current = this.byId.get(element.userId);
      const next = { ...(current ?? {}) } as Record<string, unknown>;
      let differs = current === undefined;
      for (const [key, value] of Object.entries(element)) {
        if (value === undefined || next[key] === value) continue;
        next[key] = value;
        differs = true;
      }
      if (!differs) continue;
      this.byId.set(element.userId, next as unknown as T);
      changed.push(element.userId);
    }
    if (changed.length > 0) this.changes++;
    return changed;
  }

  /** Applies `user-removed` elements (only `userId` is read). Returns the ids removed. */
  remove(payload: readonly HasUserId[]): number[] {
    const removed: number[] = [];
    for (const element of payload) {
      if (element && this.byId.delete(element.userId)) removed.push(element.userId);
    }
    if (removed.length > 0) this.changes++;
    return removed;
  }
}

function validId(id: unknown): id is number {
  return typeof id === 'number' && Number.isFinite(id);
}

function withoutUndefined(record: object): object {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}
