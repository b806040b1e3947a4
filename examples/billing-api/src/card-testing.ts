import type { Context } from 'hono';
import type * as s from '../../../src/api/schemas.js';
import type { AppDeps, AppEnv } from './context.js';
import { limitFor } from './limits.js';
import { ProblemError } from './middleware/problem.js';
import { keyedHash } from './security/secret-key.js';
import type { LimitCheck, PayeeRecord, PaymentMethodRecord } from './storage/storage.js';

/**
 * A card or bank account's identity across tokens: an HMAC of its number under a key derived
 * from SECRET_KEY. Without the key it cannot be reversed or checked against a list of numbers;
 * the number itself is never stored.
 */
export function paymentMethodFingerprint(deps: AppDeps, request: s.PaymentMethodRequest): string {
  const identity =
    request.type === 'card' ? `card:${request.number}` : `bank:${request.routingNumber}:${request.accountNumber}`;
  return keyedHash(deps.fingerprintKey, identity);
}

/**
 * Where a declined guest payment counts besides its lookup token: the payee, the card and the
 * client address, each refusing further payments at its limit however many lookups are made.
 * A signed-in resident's declines count against the resident instead (decline-limits.ts).
 */
export function declineGuards(deps: AppDeps, c: Context<AppEnv>, source: s.PaymentSource) {
  const address = limitFor(deps.limits.declinesPerAddress, deps.clientAddress(c));
  return (payee: PayeeRecord | undefined, method: PaymentMethodRecord | undefined): LimitCheck[] => {
    if (source.kind !== 'lookup') return [];
    const guards = [address];
    if (payee) guards.push(limitFor(deps.limits.declinesPerPayee, `${payee.kind}:${payee.id}`));
    if (method?.fingerprint) guards.push(limitFor(deps.limits.declinesPerCard, method.fingerprint));
    return guards;
  };
}

export function tenantDeclines(deps: AppDeps, tenantId: string): LimitCheck {
  return limitFor(deps.limits.declinesPerTenant, tenantId);
}

/**
 * While a tenant's declines are past its alarm level, each client address may take one guest
 * payment step a minute: a card-testing run from many lookups and addresses slows to a crawl,
 * and a resident waits a minute at most.
 */
export async function slowGuestsDuringAlarm(deps: AppDeps, c: Context<AppEnv>, tenantId: string): Promise<void> {
  const nowMs = deps.now().getTime();
  if ((await deps.storage.limitWait([tenantDeclines(deps, tenantId)], nowMs)) === 0) return;
  const spacing = limitFor(deps.limits.alarmGuestStepsPerAddress, deps.clientAddress(c));
  const wait = await deps.storage.takeAttempt([spacing], nowMs);
  if (wait > 0) {
    throw new ProblemError(429, 'rate_limited', {
      detail: 'Guest payments are slowed for a while. Try again shortly.',
      retryAfterSeconds: wait,
    });
  }
}

/** After a decline: one JSON line an operator can alert on while the tenant is in alarm. */
export async function reportDecline(deps: AppDeps, tenantId: string): Promise<void> {
  const check = tenantDeclines(deps, tenantId);
  const declines = await deps.storage.attemptsIn(check, deps.now().getTime());
  if (declines < check.limit) return;
  deps.log(
    JSON.stringify({
      time: deps.now().toISOString(),
      level: 'warn',
      event: 'card_testing_alarm',
      tenant: tenantId,
      declines,
      windowSeconds: check.windowSeconds,
      alarmAt: check.limit,
    }),
  );
}
