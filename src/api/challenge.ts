import { BillingError } from './errors.js';
import type { Challenge, ChallengeAnswer } from './schemas.js';

/**
 * Answers one kind of challenge the billing API issues before a sign-in or a guest lookup. The
 * client ships the proof-of-work provider; a deployment whose API issues another kind (a
 * CAPTCHA service, say) passes its own provider in `challengeProviders`.
 */
export interface ChallengeProvider {
  readonly kind: Challenge['kind'];
  /** Resolves with the answer, or rejects with a BillingError (`aborted`, `challenge_failed`). */
  solve(challenge: Challenge, signal?: AbortSignal): Promise<ChallengeAnswer>;
}

export interface ChallengeOptions {
  /** Solve before the first attempt: the tenant's rule is `always`, so asking first would be refused. */
  solveFirst?: boolean;
  /** Called when solving starts, so the element can show that it is checking. */
  onChallenge?: () => void;
}

export function providerFor(providers: readonly ChallengeProvider[], challenge: Challenge): ChallengeProvider {
  const provider = providers.find((candidate) => candidate.kind === challenge.kind);
  if (!provider) throw new BillingError('challenge_failed', `No provider for "${challenge.kind}".`);
  return provider;
}
