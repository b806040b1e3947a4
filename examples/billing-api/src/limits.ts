import type { LimitCheck } from './storage/storage.js';

/** A rate limit: at most `limit` attempts per key in a sliding window, counted in the database. */
export interface LimitRule {
  scope: string;
  limit: number;
  windowSeconds: number;
}

export function limitFor(rule: LimitRule, key: string): LimitCheck {
  return { ...rule, key };
}
