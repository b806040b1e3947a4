import type * as s from '../../../../src/api/schemas.js';

/** What a solved challenge proves, once its answer is checked. */
export interface SolvedChallenge {
  /** Hash of the challenge's identity: an answer is spent by storing it until `expiresAtMs`. */
  idHash: string;
  expiresAtMs: number;
}

/**
 * A step that makes each attempt cost the client something a person barely notices and a
 * guessing script pays for every time. A tenant switches it on (`challenge` in its config); a
 * deployment may plug in another provider (a CAPTCHA service, say) behind the same interface.
 */
export interface ChallengeProvider {
  issue(tenantId: string, now: Date): s.Challenge;
  /** The challenge the answer solves, if this provider issued it for the tenant and it is unexpired. */
  check(tenantId: string, answer: s.ChallengeAnswer, now: Date): SolvedChallenge | undefined;
}
