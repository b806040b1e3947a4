import type * as s from '../../../../src/api/schemas.js';
import type { Transaction } from './driver.js';
import { countAttempt, longestWait, waitFor } from './limit-queries.js';
import { accountPayee, invoicePayee } from './payee-queries.js';
import * as rows from './rows.js';
import { firstRow } from './rows.js';
import type { PayeeRecord, PaymentAttempt, PaymentDecision, PaymentFacts, PaymentResult } from './storage.js';

/**
 * The claim is the idempotency row inserted first, with status 0, and given its outcome before
 * the transaction commits: another request with the key waits on that row (PostgreSQL) or on
 * the write lock (SQLite) and then replays the outcome. A claim is never visible unfinished: if
 * the instance dies mid-payment, the database rolls the whole transaction back, the key is free
 * again, and the retry pays as if for the first time. Locks are taken in one order (key, then
 * lookup or resident, then payment method, then account or invoice), so payments cannot deadlock.
 */
export async function runPayment(
  tx: Transaction,
  attempt: PaymentAttempt,
  decide: (facts: PaymentFacts) => PaymentDecision,
): Promise<PaymentResult> {
  const claimed = await tx.all(
    `INSERT INTO idempotency_records (tenant_id, idempotency_key, request_hash, response_status, response_body, created_at)
     VALUES (?, ?, ?, 0, '', ?) ON CONFLICT DO NOTHING RETURNING request_hash`,
    [attempt.tenantId, attempt.idempotencyKey, attempt.requestHash, attempt.now],
  );
  if (claimed.length === 0) return replay(tx, attempt);

  const facts = await paymentFacts(tx, attempt);
  const decision = decide(facts);
  if (decision.outcome === 'declined') {
    const counted = [attempt.declines, ...attempt.guards(facts.payee, facts.method), ...attempt.uncheckedDeclines];
    for (const check of counted) await countAttempt(tx, check, attempt.nowMs);
  } else {
    await recordApproval(tx, attempt, decision);
    await addReceiptToken(tx, attempt, decision.payment.confirmation);
  }
  await tx.all(
    'UPDATE idempotency_records SET response_status = ?, response_body = ? WHERE tenant_id = ? AND idempotency_key = ?',
    [decision.status, decision.body, attempt.tenantId, attempt.idempotencyKey],
  );
  return { kind: 'new', status: decision.status, body: decision.body };
}

async function replay(tx: Transaction, attempt: PaymentAttempt): Promise<PaymentResult> {
  const record = (await firstRow<{ request_hash: string; response_status: number; response_body: string }>(
    'SELECT request_hash, response_status, response_body FROM idempotency_records WHERE tenant_id = ? AND idempotency_key = ?',
    [attempt.tenantId, attempt.idempotencyKey],
    tx,
  ))!;
  if (record.request_hash !== attempt.requestHash) return { kind: 'conflict' };
  if (record.response_status === 201) {
    const receipt = JSON.parse(record.response_body) as s.Receipt;
    await addReceiptToken(tx, attempt, receipt.confirmation);
  }
  return { kind: 'replayed', status: record.response_status, body: record.response_body };
}

async function paymentFacts(tx: Transaction, attempt: PaymentAttempt): Promise<PaymentFacts> {
  let payee: PayeeRecord | undefined;
  let lookup: PaymentFacts['lookup'];
  const { source } = attempt;
  if (source.kind === 'lookup') {
    const row = await firstRow<{
      account_id: string | null;
      invoice_id: string | null;
      expires_at: string;
      used_at: string | null;
    }>(
      `SELECT account_id, invoice_id, expires_at, used_at FROM lookups WHERE token_hash = ? AND tenant_id = ?${tx.lockRow}`,
      [source.lookupTokenHash, attempt.tenantId],
      tx,
    );
    if (row) {
      lookup = { expiresAt: row.expires_at, usedAt: row.used_at };
      payee = row.account_id ? await accountPayee(tx, row.account_id) : await invoicePayee(tx, row.invoice_id!);
    }
  } else {
    // Locks the resident, so their concurrent payments count declines one after another.
    await tx.all(`SELECT id FROM customers WHERE id = ?${tx.lockRow}`, [source.customerId]);
    const own = await firstRow(
      'SELECT id FROM accounts WHERE id = ? AND customer_id = ? AND tenant_id = ?',
      [source.accountId, source.customerId, attempt.tenantId],
      tx,
    );
    if (own) payee = await accountPayee(tx, source.accountId);
  }
  const method = await firstRow<rows.MethodRow>(
    `SELECT * FROM payment_methods WHERE token_hash = ? AND tenant_id = ?${tx.lockRow}`,
    [attempt.methodTokenHash, attempt.tenantId],
    tx,
  );
  const record = method && rows.toMethod(method);
  return {
    payee,
    lookup,
    method: record,
    declineWait: await waitFor(tx, attempt.declines, attempt.nowMs),
    guardWait: await longestWait(tx, attempt.guards(payee, record), attempt.nowMs),
  };
}

async function recordApproval(
  tx: Transaction,
  attempt: PaymentAttempt,
  decision: Extract<PaymentDecision, { outcome: 'approved' }>,
): Promise<void> {
  const { payment } = decision;
  await tx.all(
    `INSERT INTO payments (confirmation, tenant_id, account_id, invoice_id, customer_id, amount_cents, fee_cents,
      method_type, method_brand, method_last4, payee_masked_number, payee_display_name, receipt_email, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      payment.confirmation,
      payment.tenantId,
      payment.accountId,
      payment.invoiceId,
      payment.customerId,
      payment.amountCents,
      payment.feeCents,
      payment.method.type,
      payment.method.brand,
      payment.method.last4,
      payment.payeeMaskedNumber,
      payment.payeeDisplayName,
      payment.receiptEmail,
      payment.createdAt,
    ],
  );
  await tx.all('UPDATE payment_methods SET used_at = ? WHERE token_hash = ?', [attempt.now, attempt.methodTokenHash]);
  if (attempt.source.kind === 'lookup') {
    await tx.all('UPDATE lookups SET used_at = ? WHERE token_hash = ?', [attempt.now, attempt.source.lookupTokenHash]);
  }
  const amount = payment.amountCents;
  if (payment.accountId !== null) {
    await tx.all(
      `UPDATE accounts SET balance_cents = balance_cents - ?,
        amount_due_cents = CASE WHEN amount_due_cents > ? THEN amount_due_cents - ? ELSE 0 END,
        past_due_cents = CASE WHEN past_due_cents > ? THEN past_due_cents - ? ELSE 0 END
       WHERE id = ?`,
      [amount, amount, amount, amount, amount, payment.accountId],
    );
    await tx.all(
      "INSERT INTO account_activity (account_id, type, date, description, amount_cents) VALUES (?, 'payment', ?, ?, ?)",
      [payment.accountId, decision.activityDate, decision.activityDescription, -amount],
    );
  } else {
    await tx.all(
      'UPDATE invoices SET amount_due_cents = CASE WHEN amount_due_cents > ? THEN amount_due_cents - ? ELSE 0 END WHERE id = ?',
      [amount, amount, payment.invoiceId],
    );
  }
}

async function addReceiptToken(tx: Transaction, attempt: PaymentAttempt, confirmation: string): Promise<void> {
  await tx.all('INSERT INTO receipt_tokens (token_hash, confirmation, created_at) VALUES (?, ?, ?)', [
    attempt.receiptTokenHash,
    confirmation,
    attempt.now,
  ]);
}
