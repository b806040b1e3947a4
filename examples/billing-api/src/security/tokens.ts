import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new opaque secret: 32 random bytes, base64url. Only its hash is ever stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** Compares two hex digests without leaking where they differ. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

const CONFIRMATION_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** `SC-` and 8 characters without look-alikes (no 0/O, 1/I), easy to read out on the phone. */
export function newConfirmationNumber(prefix: string): string {
  const bytes = randomBytes(8);
  let code = '';
  for (const byte of bytes) code += CONFIRMATION_ALPHABET[byte % CONFIRMATION_ALPHABET.length];
  return `${prefix}-${code}`;
}
