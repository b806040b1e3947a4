import type * as s from '../../../src/api/schemas.js';
import type { AppDeps } from './context.js';
import { ProblemError } from './middleware/problem.js';
import { sha256 } from './security/tokens.js';

/**
 * Card testing: a declined payment uses up nothing, so without a count one lookup token or one
 * signed-in resident could try stolen cards without end. Each decline counts against the lookup
 * token or the resident that paid, and a few of them refuse further payments before the
 * processor is asked.
 */
export function refuseAfterDeclines(deps: AppDeps, source: s.PaymentSource, customerId: number | null): void {
  const { declinesPerLookup, declinesPerCustomer } = deps.limits;
  if (source.kind === 'lookup') {
    if (declinesPerLookup.retryAfter(sha256(source.lookupToken)) === 0) return;
    // A new lookup starts again, as it does after the token expires; the guest flow sends the
    // resident back to finding the bill.
    throw new ProblemError(410, 'lookup_expired', {
      detail: 'Too many payments with this lookup were declined. Look the bill up again.',
    });
  }
  const wait = declinesPerCustomer.retryAfter(String(customerId));
  if (wait > 0) {
    throw new ProblemError(429, 'rate_limited', {
      detail: 'Too many of your payments were declined. Try again later.',
      retryAfterSeconds: wait,
    });
  }
}

export function countDecline(deps: AppDeps, source: s.PaymentSource, customerId: number | null): void {
  const { declinesPerLookup, declinesPerCustomer } = deps.limits;
  if (source.kind === 'lookup') declinesPerLookup.record(sha256(source.lookupToken));
  else declinesPerCustomer.record(String(customerId));
}
