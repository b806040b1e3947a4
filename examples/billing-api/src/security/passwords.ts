import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 32;

interface Cost {
  /** log2 of scrypt's N. */
  logN: number;
  r: number;
  p: number;
}

/** OWASP's password storage guidance for scrypt: N=2^17, r=8, p=1 (128 MiB per hash). */
const CURRENT: Cost = { logN: 17, r: 8, p: 1 };
/** Hashes written as `scrypt$<salt>$<hash>` before the cost was recorded in them. */
const LEGACY: Cost = { logN: 14, r: 8, p: 1 };

function derive(password: string, salt: Buffer, cost: Cost): Promise<Buffer> {
  const N = 2 ** cost.logN;
  // scrypt needs 128·N·r bytes; Node refuses more than 32 MiB unless told.
  const maxmem = 256 * N * cost.r;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N, r: cost.r, p: cost.p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** `scrypt$ln=17,r=8,p=1$<salt>$<hash>`, salt and hash base64url; a fresh 16-byte salt each time. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, CURRENT);
  const cost = `ln=${CURRENT.logN},r=${CURRENT.r},p=${CURRENT.p}`;
  return `scrypt$${cost}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

interface Parsed {
  cost: Cost;
  salt: Buffer;
  hash: Buffer;
}

function parse(stored: string): Parsed | undefined {
  const parts = stored.split('$');
  if (parts[0] !== 'scrypt') return undefined;
  if (parts.length === 3) {
    return { cost: LEGACY, salt: Buffer.from(parts[1]!, 'base64url'), hash: Buffer.from(parts[2]!, 'base64url') };
  }
  const match = /^ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})$/.exec(parts[1] ?? '');
  if (parts.length !== 4 || !match) return undefined;
  const cost = { logN: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  if (cost.logN > 20 || cost.r > 16 || cost.p > 4) return undefined;
  return { cost, salt: Buffer.from(parts[2]!, 'base64url'), hash: Buffer.from(parts[3]!, 'base64url') };
}

/** Whether a stored hash was made with less than the current cost: rehash it at the next sign-in. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.cost.logN < CURRENT.logN || parsed.cost.r < CURRENT.r || parsed.cost.p < CURRENT.p;
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no stored hash (unknown user) it still runs
 * one scrypt at the current cost, so the answer takes as long whether or not the user exists.
 */
export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  dummyHash ??= hashPassword('not-a-real-password');
  const parsed = parse(stored ?? (await dummyHash));
  if (!parsed) return false;
  const actual = await derive(password, parsed.salt, parsed.cost);
  return stored !== undefined && parsed.hash.length === actual.length && timingSafeEqual(parsed.hash, actual);
}
