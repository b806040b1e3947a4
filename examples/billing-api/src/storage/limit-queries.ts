import type { Queryer } from './driver.js';
import type { LimitCheck } from './storage.js';

// The rate limits' sliding windows: one row per counted attempt in `limit_attempts`.

/** The advisory lock that serializes the transactions counting one key. */
export const limitLockKey = (check: LimitCheck) => `limit:${check.scope}:${check.key}`;

/** The longest wait of any check; 0 when all are under their limits. */
export async function longestWait(db: Queryer, checks: readonly LimitCheck[], nowMs: number): Promise<number> {
  let wait = 0;
  for (const check of checks) wait = Math.max(wait, await waitFor(db, check, nowMs));
  return wait;
}

/**
 * Seconds the next attempt must wait; 0 under the limit. A hard limit waits until the oldest of
 * the last `limit` attempts leaves the window; a backoff waits `baseSeconds`, doubled for each
 * attempt past `limit`, after the latest one (at most `maxSeconds`).
 */
export async function waitFor(db: Queryer, check: LimitCheck, nowMs: number): Promise<number> {
  if (check.backoff) return backoffWait(db, check, check.backoff, nowMs);
  const windowMs = check.windowSeconds * 1000;
  const recent = await db.all<{ at_ms: number }>(
    'SELECT at_ms FROM limit_attempts WHERE scope = ? AND key = ? AND at_ms > ? ORDER BY at_ms DESC LIMIT ?',
    [check.scope, check.key, nowMs - windowMs, check.limit],
  );
  if (recent.length < check.limit) return 0;
  return Math.max(1, Math.ceil((recent[check.limit - 1]!.at_ms + windowMs - nowMs) / 1000));
}

export async function countAttempt(db: Queryer, check: LimitCheck, nowMs: number): Promise<void> {
  await db.all('INSERT INTO limit_attempts (scope, key, at_ms) VALUES (?, ?, ?)', [check.scope, check.key, nowMs]);
}

async function backoffWait(
  db: Queryer,
  check: LimitCheck,
  backoff: NonNullable<LimitCheck['backoff']>,
  nowMs: number,
): Promise<number> {
  const count = await countIn(db, check, nowMs);
  if (count.attempts < check.limit) return 0;
  const doublings = Math.min(count.attempts - check.limit, 30);
  const delayMs = Math.min(backoff.baseSeconds * 2 ** doublings, backoff.maxSeconds) * 1000;
  return Math.max(0, Math.ceil((count.latestMs + delayMs - nowMs) / 1000));
}

/** How many attempts the check's key has in its window, and when the latest was. */
export async function countIn(
  db: Queryer,
  check: LimitCheck,
  nowMs: number,
): Promise<{ attempts: number; latestMs: number }> {
  const [row] = await db.all<{ attempts: number | string; latest_ms: number | string | null }>(
    'SELECT count(*) AS attempts, max(at_ms) AS latest_ms FROM limit_attempts WHERE scope = ? AND key = ? AND at_ms > ?',
    [check.scope, check.key, nowMs - check.windowSeconds * 1000],
  );
  return { attempts: Number(row?.attempts ?? 0), latestMs: Number(row?.latest_ms ?? 0) };
}
