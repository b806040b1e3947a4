import type { AppDeps } from './context.js';
import { sha256 } from './security/tokens.js';
import type { LimitCheck } from './storage/storage.js';

/** A rate limit: at most `limit` attempts per key in a sliding window, counted in the database. */
export interface LimitRule {
  scope: string;
  limit: number;
  windowSeconds: number;
  /** Slow down past `limit` instead of refusing (a wait that grows with each attempt). */
  backoff?: { baseSeconds: number; maxSeconds: number };
}

/** The check of `key` against `rule`. Only the key's hash is stored: no user name or address. */
export function limitFor(rule: LimitRule, key: string): LimitCheck {
  return { ...rule, key: sha256(key) };
}

/**
 * Whether any key has reached its limit of failures: what a tenant's `after-failures` challenge
 * rule asks about (a backoff key counts as reached once its free attempts are used).
 */
export async function manyFailures(deps: AppDeps, checks: readonly LimitCheck[], nowMs: number): Promise<boolean> {
  for (const check of checks) if ((await deps.storage.attemptsIn(check, nowMs)) >= check.limit) return true;
  return false;
}
