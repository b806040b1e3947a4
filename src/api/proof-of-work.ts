import { BillingError } from './errors.js';
import type { ChallengeProvider } from './challenge.js';
import type { Challenge, ChallengeAnswer } from './schemas.js';

/** Digests started together: Web Crypto hashes them off the main thread, then the page gets a turn. */
const BATCH = 1024;
/** Give up after 16 times the expected work: a miss that long has odds of e^-16, so the challenge is broken. */
const GIVE_UP_FACTOR = 16;

function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte !== 0) return bits + Math.clz32(byte) - 24;
    bits += 8;
  }
  return bits;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
const cancelled = () => new BillingError('aborted', 'Cancelled.');

/**
 * Finds a decimal `solution` such that SHA-256 of `token:solution` starts with `difficultyBits`
 * zero bits (about 65,000 digests at 16 bits). Digests run in batches through Web Crypto, with a
 * task between batches so typing and screen readers stay responsive; `signal` stops it.
 */
async function solveProofOfWork(challenge: Challenge, signal?: AbortSignal): Promise<ChallengeAnswer> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new BillingError('challenge_failed', 'No Web Crypto (not https?).');
  if (signal?.aborted) throw cancelled();
  const encoder = new TextEncoder();
  const prefix = `${challenge.token}:`;
  const limit = GIVE_UP_FACTOR * 2 ** challenge.difficultyBits;
  for (let start = 0; start < limit; start += BATCH) {
    const digests = await Promise.all(
      Array.from({ length: BATCH }, (_, i) => subtle.digest('SHA-256', encoder.encode(prefix + (start + i)))),
    );
    if (signal?.aborted) throw cancelled();
    const found = digests.findIndex((digest) => leadingZeroBits(new Uint8Array(digest)) >= challenge.difficultyBits);
    if (found >= 0) return { token: challenge.token, solution: String(start + found) };
    await nextTask();
  }
  throw new BillingError('challenge_failed', 'Not solved.');
}

/** The built-in provider: the reference API's SHA-256 proof of work. No third-party script. */
export const proofOfWork: ChallengeProvider = { kind: 'proof-of-work', solve: solveProofOfWork };
