import type * as s from '../../../../src/api/schemas.js';
import type { Driver, Queryer, SqlValue } from './driver.js';
import { countAttempt, countIn, limitLockKey, longestWait } from './limit-queries.js';
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
  OutboxMessage,
  SessionRecord,
} from './storage.js';
import { findPayee } from './payee-queries.js';
import { runPayment } from './payment-transaction.js';
import * as rows from './rows.js';
import { firstRow } from './rows.js';

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

  private first<T>(sql: string, params: readonly SqlValue[]): Promise<T | undefined> {
    return firstRow<T>(sql, params, this.driver);
  }

  async findCustomer(tenantId: string, username: string): Promise<CustomerCredentials | undefined> {
    const row = await this.first<rows.CustomerRow>(
      'SELECT id, username, display_name, password_hash FROM customers WHERE tenant_id = ? AND username = ?',
      [tenantId, username],
    );
    return (
      row && { id: row.id, username: row.username, displayName: row.display_name, passwordHash: row.password_hash }
    );
  }

  async customerName(customerId: number): Promise<{ username: string; displayName: string }> {
    const row = await this.first<rows.CustomerRow>('SELECT username, display_name FROM customers WHERE id = ?', [
      customerId,
    ]);
    if (!row) throw new Error('The session names a customer that does not exist');
    return { username: row.username, displayName: row.display_name };
  }

  async createSession(session: {
    tokenHash: string;
    customerId: number;
    createdAt: string;
    expiresAt: string;
    userAgent: string | null;
  }) {
    await this.driver.all(
      `INSERT INTO sessions (token_hash, customer_id, created_at, last_used_at, expires_at, user_agent)
       VALUES (?, ?, ?, ?, ?, ?)`,
      [
        session.tokenHash,
        session.customerId,
        session.createdAt,
        session.createdAt,
        session.expiresAt,
        session.userAgent,
      ],
    );
  }

  async liveSession(tokenHash: string, now: string, createdAfter: string): Promise<LiveSessionRecord | undefined> {
    const row = await this.first<{ customer_id: number; created_at: string }>(
      'SELECT customer_id, created_at FROM sessions WHERE token_hash = ? AND expires_at > ? AND created_at > ?',
      [tokenHash, now, createdAfter],
    );
    return row && { customerId: row.customer_id, createdAt: row.created_at };
  }

  async extendSession(tokenHash: string, expiresAt: string, usedAt: string): Promise<void> {
    await this.driver.all('UPDATE sessions SET expires_at = ?, last_used_at = ? WHERE token_hash = ?', [
      expiresAt,
      usedAt,
      tokenHash,
    ]);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.driver.all('DELETE FROM sessions WHERE token_hash = ?', [tokenHash]);
  }

  async customerSessions(customerId: number, now: string, createdAfter: string): Promise<SessionRecord[]> {
    const found = await this.driver.all<{
      token_hash: string;
      created_at: string;
      last_used_at: string;
      expires_at: string;
      user_agent: string | null;
    }>(
      // Sessions from before last_used_at was kept were last used no earlier than they began.
      `SELECT token_hash, created_at, COALESCE(last_used_at, created_at) AS last_used_at, expires_at, user_agent
       FROM sessions
       WHERE customer_id = ? AND expires_at > ? AND created_at > ? ORDER BY created_at DESC, token_hash`,
      [customerId, now, createdAfter],
    );
    return found.map((row) => ({
      tokenHash: row.token_hash,
      createdAt: row.created_at,
      lastUsedAt: row.last_used_at,
      expiresAt: row.expires_at,
      userAgent: row.user_agent,
    }));
  }

  async deleteOtherSessions(customerId: number, keepTokenHash: string): Promise<number> {
    const gone = await this.driver.all('DELETE FROM sessions WHERE customer_id = ? AND token_hash <> ? RETURNING 1', [
      customerId,
      keepTokenHash,
    ]);
    return gone.length;
  }

  async passwordHash(customerId: number): Promise<string> {
    const row = await this.first<{ password_hash: string }>('SELECT password_hash FROM customers WHERE id = ?', [
      customerId,
    ]);
    return row!.password_hash;
  }

  async updatePasswordHash(customerId: number, passwordHash: string): Promise<void> {
    await this.driver.all('UPDATE customers SET password_hash = ? WHERE id = ?', [passwordHash, customerId]);
  }

  async outbox(customerId: number): Promise<OutboxMessage[]> {
    const found = await this.driver.all<{ to_address: string; subject: string; body: string; created_at: string }>(
      'SELECT to_address, subject, body, created_at FROM outbox WHERE customer_id = ? ORDER BY id',
      [customerId],
    );
    return found.map((row) => ({
      to: row.to_address,
      subject: row.subject,
      body: row.body,
      createdAt: row.created_at,
    }));
  }

  async customerAccounts(customerId: number): Promise<AccountRecord[]> {
    const found = await this.driver.all<rows.AccountRow>(
      `${rows.ACCOUNT_SELECT} WHERE a.customer_id = ? ORDER BY a.account_number`,
      [customerId],
    );
    return found.map(rows.toAccount);
  }

  async customerAccount(accountId: string, customerId: number): Promise<AccountRecord | undefined> {
    const row = await this.first<rows.AccountRow>(`${rows.ACCOUNT_SELECT} WHERE a.id = ? AND a.customer_id = ?`, [
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
    return rows.toProfile((await this.first<rows.ProfileRow>('SELECT * FROM customers WHERE id = ?', [customerId]))!);
  }

  updateProfile(customerId: number, at: string, plan: (before: s.Profile) => ProfileChange[]): Promise<s.Profile> {
    return this.driver.transaction(async (tx) => {
      const select = `SELECT * FROM customers WHERE id = ?${tx.lockRow}`;
      const before = rows.toProfile((await firstRow<rows.ProfileRow>(select, [customerId], tx))!);
      const changes = plan(before);
      if (changes.length === 0) return before;
      const next = rows.profileColumns(before, changes);
      await tx.all(
        `UPDATE customers SET email = ?, phone_home = ?, phone_mobile = ?, phone_fax = ?,
          mailing_address_json = ?, updated_at = ? WHERE id = ?`,
        [next.email, next.phoneHome, next.phoneMobile, next.phoneFax, next.mailingAddressJson, at, customerId],
      );
      const email = changes.find((change) => change.field === 'email');
      if (email) {
        // The old address hears of the change, so a takeover of the account cannot go unnoticed.
        await tx.all('INSERT INTO outbox (customer_id, to_address, subject, body, created_at) VALUES (?, ?, ?, ?, ?)', [
          customerId,
          before.email,
          'Your email address was changed',
          `The email address of your utility account was changed to ${email.to ?? ''} on ${at}. ` +
            'If you did not make this change, call us at the number on your bill.',
          at,
        ]);
      }
      for (const change of changes) {
        await tx.all(
          'INSERT INTO profile_changes (customer_id, field, old_value, new_value, changed_at) VALUES (?, ?, ?, ?, ?)',
          [customerId, change.field, change.from, change.to, at],
        );
      }
      return rows.toProfile(
        (await firstRow<rows.ProfileRow>('SELECT * FROM customers WHERE id = ?', [customerId], tx))!,
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
      const wait = await longestWait(tx, failureLimits, nowMs);
      if (wait > 0) return { wait };
      const payee = await findPayee(tx, tenantId, request);
      if (!payee) for (const check of failureLimits) await countAttempt(tx, check, nowMs);
      return { wait: 0, payee };
    });
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
        processor_outcome, expires_at, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
        method.fingerprint,
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

  pay(attempt: PaymentAttempt, decide: (facts: PaymentFacts) => PaymentDecision): Promise<PaymentResult> {
    return this.driver.transaction((tx) => runPayment(tx, attempt, decide));
  }

  async receipt(confirmation: string, receiptTokenHash: string): Promise<PaymentRecord | undefined> {
    const row = await this.first<rows.PaymentRow>(
      `SELECT p.* FROM payments p JOIN receipt_tokens r ON r.confirmation = p.confirmation
       WHERE p.confirmation = ? AND r.token_hash = ?`,
      [confirmation, receiptTokenHash],
    );
    return row && rows.toPayment(row);
  }

  takeAttempt(checks: readonly LimitCheck[], nowMs: number): Promise<number> {
    return this.driver.transaction(async (tx) => {
      await tx.lockKeys(checks.map(limitLockKey));
      const wait = await longestWait(tx, checks, nowMs);
      if (wait > 0) return wait;
      for (const check of checks) await countAttempt(tx, check, nowMs);
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

  limitWait(checks: readonly LimitCheck[], nowMs: number): Promise<number> {
    return longestWait(this.driver, checks, nowMs);
  }

  async attemptsIn(check: LimitCheck, nowMs: number): Promise<number> {
    return (await countIn(this.driver, check, nowMs)).attempts;
  }

  countAttempts(checks: readonly LimitCheck[], nowMs: number): Promise<void> {
    return this.driver.transaction(async (tx) => {
      for (const check of checks) await countAttempt(tx, check, nowMs);
    });
  }

  async spendChallenge(idHash: string, expiresAtMs: number): Promise<boolean> {
    const inserted = await this.driver.all(
      'INSERT INTO used_challenges (id_hash, expires_at_ms) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING 1',
      [idHash, expiresAtMs],
    );
    return inserted.length === 1;
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
      challengesBeforeMs: await remove('used_challenges', 'expires_at_ms', cutoffs.challengesBeforeMs),
    };
  }
}
