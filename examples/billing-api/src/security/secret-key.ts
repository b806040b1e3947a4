import { createHmac } from 'node:crypto';

/**
 * The server's own secret (SECRET_KEY): card fingerprints and challenge signatures are keyed by
 * keys derived from it, so neither can be computed or forged without it. Every instance on one
 * database needs the same value. The default is for the demo and tests only.
 */
export const DEV_SECRET_KEY = 'civicpay-development-secret-do-not-use-in-production';
export const MIN_SECRET_KEY_LENGTH = 32;

/** A key for one purpose, so a value keyed for one use means nothing in another. */
export function deriveKey(secret: string, purpose: string): Buffer {
  return createHmac('sha256', secret).update(purpose, 'utf8').digest();
}

export function keyedHash(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value, 'utf8').digest('hex');
}
