import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as s from '../../../../src/api/schemas.js';
import type { AppDeps, AppEnv } from '../context.js';
import { isoDate } from '../clock.js';
import { declineGuards, reportDecline, slowGuestsDuringAlarm, tenantDeclines } from '../card-testing.js';
import { declineLimit, refuseAfterDeclines } from '../decline-limits.js';
import { convenienceFee } from '../fees.js';
import { bearerToken, touchSession } from '../middleware/auth.js';
import { readJson } from '../middleware/json-body.js';
import { ProblemError } from '../middleware/problem.js';
import { amountRange, toPayee } from '../payees.js';
import type { PaymentDecision, PaymentFacts, PaymentMethodRecord, PaymentRecord } from '../storage/storage.js';
import { newConfirmationNumber, newToken, sha256 } from '../security/tokens.js';
import * as routes from '../../../../src/api/routes.js';
import { honoRoute } from './route-path.js';

function toReceipt(payment: PaymentRecord): s.Receipt {
  return {
    confirmation: payment.confirmation,
    status: 'approved',
    amountCents: payment.amountCents,
    feeCents: payment.feeCents,
    totalCents: payment.amountCents + payment.feeCents,
    createdAt: payment.createdAt,
    method: payment.method,
    payee: { maskedNumber: payment.payeeMaskedNumber, displayName: payment.payeeDisplayName },
  };
}

/** JSON with object keys sorted, so equal requests hash equally whatever their key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1)))
      : item,
  );
}

/** `SC` for san-clemente, `HD` for harbor-district. */
function confirmationPrefix(tenantId: string): string {
  return tenantId
    .split('-')
    .map((word) => word[0]!.toUpperCase())
    .join('');
}

function idempotencyKey(c: Context<AppEnv>): string {
  const key = c.req.header('idempotency-key');
  if (key === undefined || !/^[\x21-\x7e]{8,200}$/.test(key)) {
    throw new ProblemError(400, 'idempotency_key_required', {
      detail: 'Send an Idempotency-Key header of 8 to 200 visible ASCII characters.',
    });
  }
  return key;
}

interface PaymentContext {
  tenant: s.Tenant;
  request: s.PaymentRequest;
  customerId: number | null;
  now: Date;
}

/**
 * The rules of a payment, given what the storage found and locked: every refusal throws (and
 * nothing is stored); otherwise the processor's outcome is the decision.
 */
function decidePayment({ tenant, request, customerId, now }: PaymentContext, facts: PaymentFacts): PaymentDecision {
  const at = now.toISOString();
  if (request.source.kind === 'account' && facts.payee === undefined) {
    throw new ProblemError(404, 'not_found', { detail: 'There is no such account.' });
  }
  const { lookup } = facts;
  if (request.source.kind === 'lookup' && (!lookup || lookup.usedAt !== null || lookup.expiresAt <= at)) {
    throw new ProblemError(410, 'lookup_expired', { detail: 'Look the bill up again to pay it.' });
  }
  const target = toPayee(facts.payee!);
  refuseAfterDeclines(request.source, facts.declineWait);
  if (facts.guardWait > 0) {
    throw new ProblemError(429, 'rate_limited', {
      detail: 'Too many payments to this bill, with this card or from here were declined. Try again later.',
      retryAfterSeconds: facts.guardWait,
    });
  }
  const range = amountRange(tenant, target);
  const withinTenantLimits = request.amountCents <= tenant.amount.maxCents && request.amountCents >= range.minCents;
  if (withinTenantLimits && request.amountCents > range.maxCents && range.partialPayment === 'allowed') {
    // Only the tenant's overpayment rule stands in the way: say so, with the most that may be paid.
    throw new ProblemError(422, 'overpayment_not_allowed', {
      detail: `This payment would leave too large a credit. Pay at most ${range.maxCents} cents.`,
    });
  }
  if (request.amountCents < range.minCents || request.amountCents > range.maxCents) {
    throw new ProblemError(422, 'amount_out_of_range', {
      detail: `Pay between ${range.minCents} and ${range.maxCents} cents.`,
    });
  }
  const method = usableMethod(facts.method, at);
  if (method.type === 'bank' && !request.bankAuthorization) {
    throw new ProblemError(422, 'bank_authorization_required');
  }
  const feeCents = convenienceFee(tenant, method.type, request.amountCents);
  if (request.expectedFeeCents !== feeCents) {
    throw new ProblemError(409, 'fee_changed', { detail: `The fee for this payment is ${feeCents} cents.` });
  }

  if (method.outcome !== 'approved') {
    return { outcome: 'declined', status: 402, body: JSON.stringify(new ProblemError(402, method.outcome).toBody()) };
  }
  const confirmation = newConfirmationNumber(confirmationPrefix(tenant.id));
  const payment: PaymentRecord = {
    confirmation,
    tenantId: tenant.id,
    accountId: target.kind === 'account' ? target.id : null,
    invoiceId: target.kind === 'invoice' ? target.id : null,
    customerId,
    amountCents: request.amountCents,
    feeCents,
    method: { type: method.type, brand: method.brand, last4: method.last4 },
    payeeMaskedNumber: target.maskedNumber,
    payeeDisplayName: target.displayName,
    receiptEmail: request.receiptEmail,
    createdAt: at,
  };
  return {
    outcome: 'approved',
    status: 201,
    body: JSON.stringify(toReceipt(payment)),
    payment,
    activityDate: isoDate(now),
    activityDescription: `Online payment ${confirmation}`,
  };
}

function usableMethod(method: PaymentMethodRecord | undefined, now: string): PaymentMethodRecord {
  if (!method || method.usedAt !== null || method.expiresAt <= now) {
    throw new ProblemError(422, 'payment_method_expired', { detail: 'Enter the payment details again.' });
  }
  // Tokenization already refused methods the tenant does not take, and tokens are per tenant.
  return method;
}

export function paymentRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.on(...honoRoute(routes.createPayment), async (c) => {
    const tenant = c.get('tenant');
    const key = idempotencyKey(c);
    const request = await readJson(c, s.PaymentRequest);
    let customerId: number | null = null;
    if (request.source.kind === 'account') {
      customerId = (await touchSession(deps, bearerToken(c.req.header('authorization'))))?.customerId ?? null;
      if (customerId === null) throw new ProblemError(401, 'unauthorized');
    }
    if (request.source.kind === 'lookup') await slowGuestsDuringAlarm(deps, c, tenant.id);
    const now = deps.now();
    // A replayed approval gets its own receipt token; only its hash is stored.
    const receiptToken = newToken();
    const result = await deps.storage.pay(
      {
        tenantId: tenant.id,
        idempotencyKey: key,
        requestHash: sha256(canonicalJson({ request, customerId })),
        source:
          request.source.kind === 'lookup'
            ? { kind: 'lookup', lookupTokenHash: sha256(request.source.lookupToken) }
            : { kind: 'account', accountId: request.source.accountId, customerId: customerId! },
        methodTokenHash: sha256(request.paymentMethodToken),
        declines: declineLimit(deps, request.source, customerId),
        guards: declineGuards(deps, c, request.source),
        uncheckedDeclines: [tenantDeclines(deps, tenant.id)],
        receiptTokenHash: sha256(receiptToken),
        now: now.toISOString(),
        nowMs: now.getTime(),
      },
      (facts) => decidePayment({ tenant, request, customerId, now }, facts),
    );
    if (result.kind === 'conflict') throw new ProblemError(422, 'idempotency_conflict');
    if (result.kind === 'replayed') c.header('Idempotent-Replayed', 'true');
    if (result.kind === 'new' && result.status === 402) await reportDecline(deps, tenant.id);
    const status = result.status as ContentfulStatusCode;
    if (status !== 201) return c.body(result.body, status, { 'Content-Type': 'application/problem+json' });
    const body = JSON.stringify({ ...(JSON.parse(result.body) as s.Receipt), receiptToken } satisfies s.Payment);
    return c.body(body, 201, { 'Content-Type': 'application/json' });
  });

  app.on(...honoRoute(routes.getReceipt), async (c) => {
    const token = c.req.header('x-receipt-token');
    const payment =
      token === undefined ? undefined : await deps.storage.receipt(c.req.param('confirmation'), sha256(token));
    if (!payment) {
      throw new ProblemError(404, 'not_found', { detail: 'There is no receipt for this confirmation and token.' });
    }
    return c.json(toReceipt(payment) satisfies s.Receipt);
  });

  return app;
}
