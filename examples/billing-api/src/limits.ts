import { sha256 } from './security/tokens.js';
import type { LimitCheck } from './storage/storage.js';

/** A rate limit: at most `limit` attempts per key in a sliding window, counted in the database. */
export interface LimitRule {
  scope: string;
  limit: number;
  windowSeconds: number;
}

/** The check of `key` against `rule`. Only the key's hash is stored: no user name or address. */
export function limitFor(rule: LimitRule, key: string): LimitCheck {
  return { ...rule, key: sha256(key) };
}
