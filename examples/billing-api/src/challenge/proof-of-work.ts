import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type * as s from '../../../../src/api/schemas.js';
import { sha256 } from '../security/tokens.js';
import type { ChallengeProvider, SolvedChallenge } from './challenge-provider.js';

interface Claims {
  tenant: string;
  nonce: string;
  bits: number;
  expiresAtMs: number;
}

/** Leading zero bits of a digest. */
function leadingZeroBits(digest: Buffer): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** Whether SHA-256 of `token:solution` starts with `bits` zero bits (what the client searches for). */
export function solves(token: string, solution: string, bits: number): boolean {
  return leadingZeroBits(createHash('sha256').update(`${token}:${solution}`, 'utf8').digest()) >= bits;
}

/**
 * A proof of work signed by the API: the token carries its tenant, a random nonce, the
 * difficulty and the expiry, with an HMAC, so no state is kept until it is answered. The client
 * finds a decimal `solution` such that SHA-256 of `token:solution` has `difficultyBits` leading
 * zero bits: about 2^bits hashes (65,536 at 16 bits, well under a second in a browser), paid
 * again for every attempt. Works offline, needs no third-party script.
 */
export class ProofOfWorkProvider implements ChallengeProvider {
  constructor(
    private readonly key: Buffer,
    private readonly difficultyBits: number,
    private readonly ttlSeconds = 5 * 60,
  ) {}

  issue(tenantId: string, now: Date): s.Challenge {
    const claims: Claims = {
      tenant: tenantId,
      nonce: randomBytes(16).toString('base64url'),
      bits: this.difficultyBits,
      expiresAtMs: now.getTime() + this.ttlSeconds * 1000,
    };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return {
      kind: 'proof-of-work',
      token: `${payload}.${this.sign(payload)}`,
      algorithm: 'SHA-256',
      difficultyBits: this.difficultyBits,
      expiresAt: new Date(claims.expiresAtMs).toISOString(),
    };
  }

  check(tenantId: string, answer: s.ChallengeAnswer, now: Date): SolvedChallenge | undefined {
    const claims = this.verifiedClaims(answer.token);
    if (!claims || claims.tenant !== tenantId || claims.expiresAtMs <= now.getTime()) return undefined;
    if (!/^\d{1,20}$/.test(answer.solution) || !solves(answer.token, answer.solution, claims.bits)) return undefined;
    return { idHash: sha256(answer.token), expiresAtMs: claims.expiresAtMs };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload, 'utf8').digest('base64url');
  }

  private verifiedClaims(token: string): Claims | undefined {
    const [payload, signature, extra] = token.split('.');
    if (!payload || !signature || extra !== undefined) return undefined;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims;
      return typeof claims.tenant === 'string' && Number.isInteger(claims.bits) && Number.isFinite(claims.expiresAtMs)
        ? claims
        : undefined;
    } catch {
      return undefined;
    }
  }
}
