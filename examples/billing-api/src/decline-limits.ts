import type * as s from '../../../src/api/schemas.js';
import type { AppDeps } from './context.js';
import { limitFor } from './limits.js';
import { ProblemError } from './middleware/problem.js';
import type { LimitCheck } from './storage/storage.js';

/**
 * Card testing: a declined payment uses up nothing, so without a count one lookup token or one
 * signed-in resident could try stolen cards without end. Each decline counts against the lookup
 * token or the resident that paid (in the payment's own transaction), and a few of them refuse
 * further payments before the processor is asked.
 */
export function declineLimit(deps: AppDeps, source: s.PaymentSource, customerId: number | null): LimitCheck {
  if (source.kind === 'lookup') return limitFor(deps.limits.declinesPerLookup, source.lookupToken);
  return limitFor(deps.limits.declinesPerCustomer, String(customerId));
}

/** Throws when the decline limit is reached; `wait` is the seconds until it is not. */
export function refuseAfterDeclines(source: s.PaymentSource, wait: number): void {
  if (wait === 0) return;
  if (source.kind === 'lookup') {
    // A new lookup starts again, as it does after the token expires; the guest flow sends the
    // resident back to finding the bill.
    throw new ProblemError(410, 'lookup_expired', {
      detail: 'Too many payments with this lookup were declined. Look the bill up again.',
    });
  }
  throw new ProblemError(429, 'rate_limited', {
    detail: 'Too many of your payments were declined. Try again later.',
    retryAfterSeconds: wait,
  });
}
