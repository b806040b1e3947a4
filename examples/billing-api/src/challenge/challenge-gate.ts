import type * as s from '../../../../src/api/schemas.js';
import type { AppDeps } from '../context.js';
import { ProblemError } from '../middleware/problem.js';

/**
 * Lets an attempt through when the tenant's rule asks for no challenge now, or when it carries a
 * valid answer not used before. `suspicious` is what `after-failures` asks about: repeated
 * failures for this user name, number or client address.
 */
export async function passChallenge(
  deps: AppDeps,
  tenant: s.Tenant,
  answer: s.ChallengeAnswer | undefined,
  suspicious: () => Promise<boolean>,
): Promise<void> {
  const rule = tenant.challenge ?? 'off';
  if (rule === 'off') return;
  if (rule === 'after-failures' && answer === undefined && !(await suspicious())) return;
  if (answer === undefined) {
    throw new ProblemError(403, 'challenge_required', {
      detail: `Get a challenge from POST /v1/tenants/${tenant.id}/challenges and send its answer as "challenge".`,
    });
  }
  const solved = deps.challenges.check(tenant.id, answer, deps.now());
  if (!solved || !(await deps.storage.spendChallenge(solved.idHash, solved.expiresAtMs))) {
    throw new ProblemError(403, 'challenge_failed', { detail: 'Get a new challenge and solve it.' });
  }
}
