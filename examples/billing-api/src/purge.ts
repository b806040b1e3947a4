import { addSeconds, type Clock } from './clock.js';
import type { PurgeCutoffs, Storage } from './storage/storage.js';

const HOUR = 60 * 60;
const DAY = 24 * HOUR;

/** How long each kind of record is kept after it stops being usable (documented in the README). */
export const RETENTION_SECONDS = {
  /** Deleted once expired (idle timeout or maximum age). */
  sessions: 0,
  /** Deleted once expired, used or not. */
  lookups: 0,
  /** Deleted once expired (30 minutes after tokenizing), used or not. */
  paymentMethods: 0,
  /** A receipt can be fetched with its token for 30 days. */
  receiptTokens: 30 * DAY,
  /** A key replays its payment for 24 hours; after that it is a new request. */
  idempotencyRecords: DAY,
  /** Counted attempts outlive every limit's window: a day, or the lookup lifetime if longer. */
  attempts: DAY,
};

export const PURGE_INTERVAL_MS = 10 * 60 * 1000;

export function purgeCutoffs(now: Date, lookupTtlSeconds: number): PurgeCutoffs {
  const before = (seconds: number) => addSeconds(now, -seconds).toISOString();
  return {
    sessions: before(RETENTION_SECONDS.sessions),
    lookups: before(RETENTION_SECONDS.lookups),
    paymentMethods: before(RETENTION_SECONDS.paymentMethods),
    receiptTokens: before(RETENTION_SECONDS.receiptTokens),
    idempotencyRecords: before(RETENTION_SECONDS.idempotencyRecords),
    attemptsBeforeMs: now.getTime() - Math.max(RETENTION_SECONDS.attempts, lookupTtlSeconds) * 1000,
    challengesBeforeMs: now.getTime(),
  };
}

export interface PurgeSchedule {
  storage: Storage;
  now: Clock;
  lookupTtlSeconds: number;
  intervalMs?: number;
  /** Told about a purge that failed (the database down, say); the next one tries again. */
  onError: (error: unknown) => void;
}

/**
 * Purges at once and then every `intervalMs` (10 minutes) on a timer that does not keep the
 * process alive. Returns the function that stops it. Every instance may purge: deleting what
 * another instance already deleted is harmless.
 */
export function schedulePurge({ storage, now, lookupTtlSeconds, intervalMs, onError }: PurgeSchedule): () => void {
  const purge = () => {
    storage.purge(purgeCutoffs(now(), lookupTtlSeconds)).catch(onError);
  };
  purge();
  const timer = setInterval(purge, intervalMs ?? PURGE_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
