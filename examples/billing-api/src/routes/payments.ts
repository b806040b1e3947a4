import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as s from '../../../../src/api/schemas.js';
import type { AppDeps, AppEnv } from '../context.js';
import { isoDate } from '../clock.js';
import { countDecline, refuseAfterDeclines } from '../decline-limits.js';
import { convenienceFee } from '../fees.js';
import { bearerToken, touchSession } from '../middleware/auth.js';
import { readJson } from '../middleware/json-body.js';
import { ProblemError } from '../middleware/problem.js';
import { accountPayeeById, amountRange, invoicePayeeById, type Payee } from '../payees.js';
import type { ProcessorOutcome } from '../processor/outcomes.js';
import { newConfirmationNumber, newToken, sha256 } from '../security/tokens.js';

interface PaymentRow {
  confirmation: string;
  amount_cents: number;
  fee_cents: number;
  method_type: s.Payment['method']['type'];
  method_brand: s.Payment['method']['brand'];
  method_last4: string;
  payee_masked_number: string;
  payee_display_name: string;
  created_at: string;
}

interface MethodRow {
  token_hash: string;
  type: s.PaymentMethodToken['type'];
  brand: s.PaymentMethodToken['brand'];
  last4: string;
  processor_outcome: ProcessorOutcome;
  expires_at: string;
  used_at: string | null;
}

interface Outcome {
  status: ContentfulStatusCode;
  body: string;
  replayed: boolean;
}

function toReceipt(row: PaymentRow): s.Receipt {
  return {
    confirmation: row.confirmation,
    status: 'approved',
    amountCents: row.amount_cents,
    feeCents: row.fee_cents,
    totalCents: row.amount_cents + row.fee_cents,
    createdAt: row.created_at,
    method: { type: row.method_type, brand: row.method_brand, last4: row.method_last4 },
    payee: { maskedNumber: row.payee_masked_number, displayName: row.payee_display_name },
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

export function paymentRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { db } = deps;
  const findRecord = db.prepare(
    'SELECT request_hash, response_status, response_body FROM idempotency_records WHERE tenant_id = ? AND idempotency_key = ?',
  );
  const insertRecord = db.prepare(`
    INSERT INTO idempotency_records (tenant_id, idempotency_key, request_hash, response_status, response_body, created_at)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const findLookup = db.prepare(
    'SELECT account_id, invoice_id, expires_at, used_at FROM lookups WHERE token_hash = ? AND tenant_id = ?',
  );
  const useLookup = db.prepare('UPDATE lookups SET used_at = ? WHERE token_hash = ?');
  const findOwnAccount = db.prepare('SELECT id FROM accounts WHERE id = ? AND customer_id = ? AND tenant_id = ?');
  const findMethod = db.prepare('SELECT * FROM payment_methods WHERE token_hash = ? AND tenant_id = ?');
  const useMethod = db.prepare('UPDATE payment_methods SET used_at = ? WHERE token_hash = ?');
  const insertReceiptToken = db.prepare(
    'INSERT INTO receipt_tokens (token_hash, confirmation, created_at) VALUES (?, ?, ?)',
  );
  const findReceiptToken = db.prepare('SELECT confirmation FROM receipt_tokens WHERE token_hash = ?').pluck();
  const insertPayment = db.prepare(`
    INSERT INTO payments (confirmation, tenant_id, account_id, invoice_id, customer_id, amount_cents, fee_cents,
      method_type, method_brand, method_last4, payee_masked_number, payee_display_name, receipt_email,
      created_at)
    VALUES (@confirmation, @tenantId, @accountId, @invoiceId, @customerId, @amountCents, @feeCents,
      @methodType, @methodBrand, @methodLast4, @payeeMaskedNumber, @payeeDisplayName, @receiptEmail,
      @createdAt)`);
  const payAccount = db.prepare(`
    UPDATE accounts SET balance_cents = balance_cents - @amount,
      amount_due_cents = max(0, amount_due_cents - @amount), past_due_cents = max(0, past_due_cents - @amount)
    WHERE id = @id`);
  const addActivity = db.prepare(
    "INSERT INTO account_activity (account_id, type, date, description, amount_cents) VALUES (?, 'payment', ?, ?, ?)",
  );
  const payInvoice = db.prepare('UPDATE invoices SET amount_due_cents = max(0, amount_due_cents - ?) WHERE id = ?');
  const findPayment = db.prepare('SELECT * FROM payments WHERE confirmation = ?');

  function payee(tenant: s.Tenant, source: s.PaymentSource, customerId: number | null, now: string): Payee {
    if (source.kind === 'account') {
      const own = findOwnAccount.get(source.accountId, customerId, tenant.id);
      if (!own) throw new ProblemError(404, 'not_found', { detail: 'There is no such account.' });
      return accountPayeeById(db, source.accountId)!;
    }
    const lookup = findLookup.get(sha256(source.lookupToken), tenant.id) as
      { account_id: string | null; invoice_id: string | null; expires_at: string; used_at: string | null } | undefined;
    if (!lookup || lookup.used_at !== null || lookup.expires_at <= now) {
      throw new ProblemError(410, 'lookup_expired', { detail: 'Look the bill up again to pay it.' });
    }
    return lookup.account_id ? accountPayeeById(db, lookup.account_id)! : invoicePayeeById(db, lookup.invoice_id!)!;
  }

  function usableMethod(tenant: s.Tenant, token: string, now: string): MethodRow {
    const method = findMethod.get(sha256(token), tenant.id) as MethodRow | undefined;
    if (!method || method.used_at !== null || method.expires_at <= now) {
      throw new ProblemError(422, 'payment_method_expired', { detail: 'Enter the payment details again.' });
    }
    // Tokenization already refused methods the tenant does not take, and tokens are per tenant.
    return method;
  }

  /**
   * Everything from the idempotency check to the stored outcome runs synchronously inside one
   * transaction, so two requests with the same key can never both pay.
   */
  function pay(tenant: s.Tenant, key: string, request: s.PaymentRequest, customerId: number | null): Outcome {
    const requestHash = sha256(canonicalJson({ request, customerId }));
    const existing = findRecord.get(tenant.id, key) as
      { request_hash: string; response_status: ContentfulStatusCode; response_body: string } | undefined;
    if (existing) {
      if (existing.request_hash !== requestHash) throw new ProblemError(422, 'idempotency_conflict');
      const body = existing.response_status === 201 ? withReceiptToken(existing.response_body) : existing.response_body;
      return { status: existing.response_status, body, replayed: true };
    }

    const now = deps.now().toISOString();
    const target = payee(tenant, request.source, customerId, now);
    refuseAfterDeclines(deps, request.source, customerId);
    const range = amountRange(tenant, target);
    if (request.amountCents < range.minCents || request.amountCents > range.maxCents) {
      throw new ProblemError(422, 'amount_out_of_range', {
        detail: `Pay between ${range.minCents} and ${range.maxCents} cents.`,
      });
    }
    const method = usableMethod(tenant, request.paymentMethodToken, now);
    if (method.type === 'bank' && !request.bankAuthorization) {
      throw new ProblemError(422, 'bank_authorization_required');
    }
    const feeCents = convenienceFee(tenant, method.type, request.amountCents);
    if (request.expectedFeeCents !== feeCents) {
      throw new ProblemError(409, 'fee_changed', { detail: `The fee for this payment is ${feeCents} cents.` });
    }

    if (method.processor_outcome !== 'approved') {
      countDecline(deps, request.source, customerId);
      const declined = decline(method.processor_outcome);
      insertRecord.run(tenant.id, key, requestHash, declined.status, declined.body, now);
      return declined;
    }
    const receipt = JSON.stringify(approve());
    insertRecord.run(tenant.id, key, requestHash, 201, receipt, now);
    return { status: 201, body: withReceiptToken(receipt), replayed: false };

    function decline(code: Exclude<ProcessorOutcome, 'approved'>): Outcome {
      return { status: 402, body: JSON.stringify(new ProblemError(402, code).toBody()), replayed: false };
    }

    function approve(): s.Receipt {
      const confirmation = newConfirmationNumber(confirmationPrefix(tenant.id));
      insertPayment.run({
        confirmation,
        tenantId: tenant.id,
        accountId: target.kind === 'account' ? target.id : null,
        invoiceId: target.kind === 'invoice' ? target.id : null,
        customerId,
        amountCents: request.amountCents,
        feeCents,
        methodType: method.type,
        methodBrand: method.brand,
        methodLast4: method.last4,
        payeeMaskedNumber: target.maskedNumber,
        payeeDisplayName: target.displayName,
        receiptEmail: request.receiptEmail,
        createdAt: now,
      });
      useMethod.run(now, method.token_hash);
      if (request.source.kind === 'lookup') useLookup.run(now, sha256(request.source.lookupToken));
      if (target.kind === 'account') {
        payAccount.run({ id: target.id, amount: request.amountCents });
        addActivity.run(target.id, isoDate(deps.now()), `Online payment ${confirmation}`, -request.amountCents);
      } else {
        payInvoice.run(request.amountCents, target.id);
      }
      return toReceipt(findPayment.get(confirmation) as PaymentRow);
    }
  }

  /** Adds a new receipt token to a stored receipt; only the token's hash is kept. */
  function withReceiptToken(receiptJson: string): string {
    const receipt = JSON.parse(receiptJson) as s.Receipt;
    const receiptToken = newToken();
    insertReceiptToken.run(sha256(receiptToken), receipt.confirmation, deps.now().toISOString());
    return JSON.stringify({ ...receipt, receiptToken } satisfies s.Payment);
  }

  app.post('/v1/tenants/:tenant/payments', async (c) => {
    const tenant = c.get('tenant');
    const key = idempotencyKey(c);
    const request = await readJson(c, s.PaymentRequest);
    let customerId: number | null = null;
    if (request.source.kind === 'account') {
      customerId = touchSession(deps, bearerToken(c.req.header('authorization')))?.customerId ?? null;
      if (customerId === null) throw new ProblemError(401, 'unauthorized');
    }
    // No await from here on: the transaction below is the critical section.
    const outcome = db.transaction(pay)(tenant, key, request, customerId);
    if (outcome.replayed) c.header('Idempotent-Replayed', 'true');
    const contentType = outcome.status === 201 ? 'application/json' : 'application/problem+json';
    return c.body(outcome.body, outcome.status, { 'Content-Type': contentType });
  });

  app.get('/v1/payments/:confirmation', (c) => {
    const row = findPayment.get(c.req.param('confirmation')) as PaymentRow | undefined;
    const token = c.req.header('x-receipt-token');
    const tokenConfirmation =
      token === undefined ? undefined : (findReceiptToken.get(sha256(token)) as string | undefined);
    if (!row || tokenConfirmation !== row.confirmation) {
      throw new ProblemError(404, 'not_found', { detail: 'There is no receipt for this confirmation and token.' });
    }
    return c.json(toReceipt(row) satisfies s.Receipt);
  });

  return app;
}
