import type * as s from '../../../../src/api/schemas.js';
import type { Driver, Queryer, SqlValue, Transaction } from './driver.js';
import { appliedVersions, migrationsFor } from './migrate.js';
import type {
  AccountRecord,
  ActivityRecord,
  CustomerCredentials,
  LimitCheck,
  LiveSessionRecord,
  NewConsentRecord,
  NewPaymentMethod,
  PayeeRecord,
  PaymentAttempt,
  PaymentDecision,
  PaymentFacts,
  PaymentRecord,
  PaymentResult,
  ProfileChange,
  PurgeCutoffs,
  Storage,
  TenantRecord,
} from './storage.js';
import * as rows from './rows.js';

const limitLockKey = (check: LimitCheck) => `limit:${check.scope}:${check.key}`;

/**
 * The storage, written once in the SQL both engines understand; the driver supplies placeholders,
 * transactions and row locks. Every statement binds its values: no input is ever part of SQL text.
 */
export class SqlStorage implements Storage {
  constructor(
    /** The engine underneath; tests read stored rows through it. */
    readonly driver: Driver,
    private readonly tenants: readonly TenantRecord[],
  ) {}

  get kind(): Driver['dialect'] {
    return this.driver.dialect;
  }

  static async loadTenants(db: Queryer): Promise<TenantRecord[]> {
    const found = await db.all<{ id: string; config_json: string }>('SELECT id, config_json FROM tenants ORDER BY id');
    return found.map((row) => ({ id: row.id, config: JSON.parse(row.config_json) as unknown }));
  }

  tenantConfigs(): readonly TenantRecord[] {
    return this.tenants;
  }

  async checkReady(): Promise<void> {
    const applied = new Set(await appliedVersions(this.driver));
    const expected = migrationsFor(this.driver).length;
    for (let version = 1; version <= expected; version++) {
      if (!applied.has(version)) throw new Error(`Database migration ${version} of ${expected} is not applied`);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async one<T>(sql: string, params: readonly SqlValue[] = [], db: Queryer = this.driver) {
    const [row] = await db.all<T>(sql, params);
    return row;
  }

  async findCustomer(tenantId: string, username: string): Promise<CustomerCredentials | undefined> {
    const row = await this.one<rows.CustomerRow>(
      'SELECT id, username, display_name, password_hash FROM customers WHERE tenant_id = ? AND username = ?',
      [tenantId, username],
    );
    return (
      row && { id: row.id, username: row.username, displayName: row.display_name, passwordHash: row.password_hash }
    );
  }

  async customerName(customerId: number): Promise<{ username: string; displayName: string }> {
    const row = await this.one<rows.CustomerRow>('SELECT username, display_name FROM customers WHERE id = ?', [
      customerId,
    ]);
    if (!row) throw new Error('The session names a customer that does not exist');
    return { username: row.username, displayName: row.display_name };
  }

  async createSession(session: { tokenHash: string; customerId: number; createdAt: string; expiresAt: string }) {
    await this.driver.all(
      'INSERT INTO sessions (token_hash, customer_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
      [session.tokenHash, session.customerId, session.createdAt, session.expiresAt],
    );
  }

  async liveSession(tokenHash: string, now: string, createdAfter: string): Promise<LiveSessionRecord | undefined> {
    const row = await this.one<{ customer_id: number; created_at: string }>(
      'SELECT customer_id, created_at FROM sessions WHERE token_hash = ? AND expires_at > ? AND created_at > ?',
      [tokenHash, now, createdAfter],
    );
    return row && { customerId: row.customer_id, createdAt: row.created_at };
  }

  async extendSession(tokenHash: string, expiresAt: string): Promise<void> {
    await this.driver.all('UPDATE sessions SET expires_at = ? WHERE token_hash = ?', [expiresAt, tokenHash]);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.driver.all('DELETE FROM sessions WHERE token_hash = ?', [tokenHash]);
  }

  async customerAccounts(customerId: number): Promise<AccountRecord[]> {
    const found = await this.driver.all<rows.AccountRow>(
      `${rows.ACCOUNT_SELECT} WHERE a.customer_id = ? ORDER BY a.account_number`,
      [customerId],
    );
    return found.map(rows.toAccount);
  }

  async customerAccount(accountId: string, customerId: number): Promise<AccountRecord | undefined> {
    const row = await this.one<rows.AccountRow>(`${rows.ACCOUNT_SELECT} WHERE a.id = ? AND a.customer_id = ?`, [
      accountId,
      customerId,
    ]);
    return row && rows.toAccount(row);
  }

  async activityPage(accountId: string, [date, id]: [string, number], limit: number): Promise<ActivityRecord[]> {
    const found = await this.driver.all<rows.ActivityRow>(
      `SELECT id, type, date, description, amount_cents FROM account_activity
       WHERE account_id = ? AND (date < ? OR (date = ? AND id < CAST(? AS BIGINT)))
       ORDER BY date DESC, id DESC LIMIT ?`,
      [accountId, date, date, id, limit],
    );
    return found.map(rows.toActivity);
  }

  async profile(customerId: number): Promise<s.Profile> {
    return rows.toProfile((await this.one<rows.ProfileRow>('SELECT * FROM customers WHERE id = ?', [customerId]))!);
  }

  updateProfile(customerId: number, at: string, plan: (before: s.Profile) => ProfileChange[]): Promise<s.Profile> {
    return this.driver.transaction(async (tx) => {
      const select = `SELECT * FROM customers WHERE id = ?${tx.lockRow}`;
      const before = rows.toProfile((await this.one<rows.ProfileRow>(select, [customerId], tx))!);
      const changes = plan(before);
      if (changes.length === 0) return before;
      const next = rows.profileColumns(before, changes);
      await tx.all(
        `UPDATE customers SET email = ?, phone_home = ?, phone_mobile = ?, phone_fax = ?,
          mailing_address_json = ?, updated_at = ? WHERE id = ?`,
        [next.email, next.phoneHome, next.phoneMobile, next.phoneFax, next.mailingAddressJson, at, customerId],
      );
      for (const change of changes) {
        await tx.all(
          'INSERT INTO profile_changes (customer_id, field, old_value, new_value, changed_at) VALUES (?, ?, ?, ?, ?)',
          [customerId, change.field, change.from, change.to, at],
        );
      }
      return rows.toProfile(
        (await this.one<rows.ProfileRow>('SELECT * FROM customers WHERE id = ?', [customerId], tx))!,
      );
    });
  }

  lookUpPayee(
    tenantId: string,
    request: s.LookupRequest,
    failureLimits: readonly LimitCheck[],
    nowMs: number,
  ): Promise<{ wait: number; payee?: PayeeRecord }> {
    return this.driver.transaction(async (tx) => {
      await tx.lockKeys(failureLimits.map(limitLockKey));
      const wait = await this.longestWait(tx, failureLimits, nowMs);
      if (wait > 0) return { wait };
      const payee = await this.findPayee(tx, tenantId, request);
      if (!payee) for (const check of failureLimits) await this.countAttempt(tx, check, nowMs);
      return { wait: 0, payee };
    });
  }

  private async findPayee(db: Queryer, tenantId: string, request: s.LookupRequest): Promise<PayeeRecord | undefined> {
    if (request.kind === 'account') {
      const row = await this.one<rows.AccountPayeeRow>(
        "SELECT * FROM accounts WHERE tenant_id = ? AND account_number = ? AND status != 'closed'",
        [tenantId, request.accountNumber],
        db,
      );
      const payee = row && rows.accountPayee(row);
      return payee?.address.zip.slice(0, 5) === request.zip ? payee : undefined;
    }
    const row = await this.one<rows.InvoicePayeeRow>(
      'SELECT * FROM invoices WHERE tenant_id = ? AND invoice_number = ? AND billing_zip = ?',
      [tenantId, request.invoiceNumber, request.zip],
      db,
    );
    return row && rows.invoicePayee(row);
  }

  async createLookup(lookup: { tokenHash: string; tenantId: string; payee: PayeeRecord; expiresAt: string }) {
    const { payee } = lookup;
    await this.driver.all(
      'INSERT INTO lookups (token_hash, tenant_id, account_id, invoice_id, expires_at) VALUES (?, ?, ?, ?, ?)',
      [
        lookup.tokenHash,
        lookup.tenantId,
        payee.kind === 'account' ? payee.id : null,
        payee.kind === 'invoice' ? payee.id : null,
        lookup.expiresAt,
      ],
    );
  }

  async createPaymentMethod(method: NewPaymentMethod): Promise<void> {
    await this.driver.all(
      `INSERT INTO payment_methods (token_hash, tenant_id, type, brand, last4, exp_month, exp_year,
        processor_outcome, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        method.tokenHash,
        method.tenantId,
        method.type,
        method.brand,
        method.last4,
        method.expMonth,
        method.expYear,
        method.outcome,
        method.expiresAt,
      ],
    );
  }

  async createConsentRecord(record: NewConsentRecord): Promise<void> {
    await this.driver.all(
      `INSERT INTO consent_records (id, tenant_id, consent_id, revision, categories_json, gpc, dnt, source,
        client_timestamp, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        record.id,
        record.tenantId,
        record.consentId,
        record.revision,
        record.categories,
        record.gpc ? 1 : 0,
        record.dnt ? 1 : 0,
        record.source,
        record.clientTimestamp,
        record.recordedAt,
      ],
    );
  }

  /**
   * The claim is the idempotency row inserted first, with status 0, and given its outcome before
   * the transaction commits: another request with the key waits on that row (PostgreSQL) or on
   * the write lock (SQLite) and then replays the outcome. A claim is never visible unfinished: if
   * the instance dies mid-payment, the database rolls the whole transaction back, the key is free
   * again, and the retry pays as if for the first time. Locks are taken in one order (key, then
   * lookup or resident, then payment method, then account or invoice), so payments cannot deadlock.
   */
  pay(attempt: PaymentAttempt, decide: (facts: PaymentFacts) => PaymentDecision): Promise<PaymentResult> {
    return this.driver.transaction(async (tx) => {
      const claimed = await tx.all(
        `INSERT INTO idempotency_records (tenant_id, idempotency_key, request_hash, response_status, response_body, created_at)
         VALUES (?, ?, ?, 0, '', ?) ON CONFLICT DO NOTHING RETURNING request_hash`,
        [attempt.tenantId, attempt.idempotencyKey, attempt.requestHash, attempt.now],
      );
      if (claimed.length === 0) return this.replay(tx, attempt);

      const facts = await this.paymentFacts(tx, attempt);
      const decision = decide(facts);
      if (decision.outcome === 'declined') {
        await this.countAttempt(tx, attempt.declines, attempt.nowMs);
      } else {
        await this.recordApproval(tx, attempt, decision);
        await this.addReceiptToken(tx, attempt, decision.payment.confirmation);
      }
      await tx.all(
        'UPDATE idempotency_records SET response_status = ?, response_body = ? WHERE tenant_id = ? AND idempotency_key = ?',
        [decision.status, decision.body, attempt.tenantId, attempt.idempotencyKey],
      );
      return { kind: 'new', status: decision.status, body: decision.body };
    });
  }

  private async replay(tx: Transaction, attempt: PaymentAttempt): Promise<PaymentResult> {
    const record = (await this.one<{ request_hash: string; response_status: number; response_body: string }>(
      'SELECT request_hash, response_status, response_body FROM idempotency_records WHERE tenant_id = ? AND idempotency_key = ?',
      [attempt.tenantId, attempt.idempotencyKey],
      tx,
    ))!;
    if (record.request_hash !== attempt.requestHash) return { kind: 'conflict' };
    if (record.response_status === 201) {
      const receipt = JSON.parse(record.response_body) as s.Receipt;
      await this.addReceiptToken(tx, attempt, receipt.confirmation);
    }
    return { kind: 'replayed', status: record.response_status, body: record.response_body };
  }

  private async paymentFacts(tx: Transaction, attempt: PaymentAttempt): Promise<PaymentFacts> {
    let payee: PayeeRecord | undefined;
    let lookup: PaymentFacts['lookup'];
    const { source } = attempt;
    if (source.kind === 'lookup') {
      const row = await this.one<{
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
        payee = row.account_id
          ? await this.accountPayee(tx, row.account_id)
          : await this.invoicePayee(tx, row.invoice_id!);
      }
    } else {
      // Locks the resident, so their concurrent payments count declines one after another.
      await tx.all(`SELECT id FROM customers WHERE id = ?${tx.lockRow}`, [source.customerId]);
      const own = await this.one(
        'SELECT id FROM accounts WHERE id = ? AND customer_id = ? AND tenant_id = ?',
        [source.accountId, source.customerId, attempt.tenantId],
        tx,
      );
      if (own) payee = await this.accountPayee(tx, source.accountId);
    }
    const method = await this.one<rows.MethodRow>(
      `SELECT * FROM payment_methods WHERE token_hash = ? AND tenant_id = ?${tx.lockRow}`,
      [attempt.methodTokenHash, attempt.tenantId],
      tx,
    );
    return {
      payee,
      lookup,
      method: method && rows.toMethod(method),
      declineWait: await this.waitFor(tx, attempt.declines, attempt.nowMs),
    };
  }

  private async accountPayee(db: Queryer, accountId: string): Promise<PayeeRecord | undefined> {
    const row = await this.one<rows.AccountPayeeRow>('SELECT * FROM accounts WHERE id = ?', [accountId], db);
    return row && rows.accountPayee(row);
  }

  private async invoicePayee(db: Queryer, invoiceId: string): Promise<PayeeRecord | undefined> {
    const row = await this.one<rows.InvoicePayeeRow>('SELECT * FROM invoices WHERE id = ?', [invoiceId], db);
    return row && rows.invoicePayee(row);
  }

  private async recordApproval(
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
      await tx.all('UPDATE lookups SET used_at = ? WHERE token_hash = ?', [
        attempt.now,
        attempt.source.lookupTokenHash,
      ]);
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

  private async addReceiptToken(tx: Transaction, attempt: PaymentAttempt, confirmation: string): Promise<void> {
    await tx.all('INSERT INTO receipt_tokens (token_hash, confirmation, created_at) VALUES (?, ?, ?)', [
      attempt.receiptTokenHash,
      confirmation,
      attempt.now,
    ]);
  }

  async receipt(confirmation: string, receiptTokenHash: string): Promise<PaymentRecord | undefined> {
    const row = await this.one<rows.PaymentRow>(
      `SELECT p.* FROM payments p JOIN receipt_tokens r ON r.confirmation = p.confirmation
       WHERE p.confirmation = ? AND r.token_hash = ?`,
      [confirmation, receiptTokenHash],
    );
    return row && rows.toPayment(row);
  }

  takeAttempt(checks: readonly LimitCheck[], nowMs: number): Promise<number> {
    return this.driver.transaction(async (tx) => {
      await tx.lockKeys(checks.map(limitLockKey));
      const wait = await this.longestWait(tx, checks, nowMs);
      if (wait > 0) return wait;
      for (const check of checks) await this.countAttempt(tx, check, nowMs);
      return 0;
    });
  }

  async forgetAttempt(check: LimitCheck): Promise<void> {
    await this.driver.all(
      `DELETE FROM limit_attempts WHERE id = (
         SELECT id FROM limit_attempts WHERE scope = ? AND key = ? ORDER BY at_ms DESC, id DESC LIMIT 1)`,
      [check.scope, check.key],
    );
  }

  async resetAttempts(check: LimitCheck): Promise<void> {
    await this.driver.all('DELETE FROM limit_attempts WHERE scope = ? AND key = ?', [check.scope, check.key]);
  }

  private async longestWait(db: Queryer, checks: readonly LimitCheck[], nowMs: number): Promise<number> {
    let wait = 0;
    for (const check of checks) wait = Math.max(wait, await this.waitFor(db, check, nowMs));
    return wait;
  }

  /** Seconds until the oldest of the last `limit` attempts in the window leaves it; 0 under the limit. */
  private async waitFor(db: Queryer, check: LimitCheck, nowMs: number): Promise<number> {
    const windowMs = check.windowSeconds * 1000;
    const recent = await db.all<{ at_ms: number }>(
      'SELECT at_ms FROM limit_attempts WHERE scope = ? AND key = ? AND at_ms > ? ORDER BY at_ms DESC LIMIT ?',
      [check.scope, check.key, nowMs - windowMs, check.limit],
    );
    if (recent.length < check.limit) return 0;
    return Math.max(1, Math.ceil((recent[check.limit - 1]!.at_ms + windowMs - nowMs) / 1000));
  }

  private async countAttempt(db: Queryer, check: LimitCheck, nowMs: number): Promise<void> {
    await db.all('INSERT INTO limit_attempts (scope, key, at_ms) VALUES (?, ?, ?)', [check.scope, check.key, nowMs]);
  }

  async purge(cutoffs: PurgeCutoffs): Promise<Record<keyof PurgeCutoffs, number>> {
    const remove = async (table: string, column: string, before: SqlValue) =>
      (await this.driver.all(`DELETE FROM ${table} WHERE ${column} < ? RETURNING 1`, [before])).length;
    return {
      sessions: await remove('sessions', 'expires_at', cutoffs.sessions),
      lookups: await remove('lookups', 'expires_at', cutoffs.lookups),
      paymentMethods: await remove('payment_methods', 'expires_at', cutoffs.paymentMethods),
      receiptTokens: await remove('receipt_tokens', 'created_at', cutoffs.receiptTokens),
      idempotencyRecords: await remove('idempotency_records', 'created_at', cutoffs.idempotencyRecords),
      attemptsBeforeMs: await remove('limit_attempts', 'at_ms', cutoffs.attemptsBeforeMs),
    };
  }
}
