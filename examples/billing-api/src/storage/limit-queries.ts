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

/** Seconds until the oldest of the last `limit` attempts in the window leaves it; 0 under the limit. */
export async function waitFor(db: Queryer, check: LimitCheck, nowMs: number): Promise<number> {
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
