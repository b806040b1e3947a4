import type * as s from '../../../../src/api/schemas.js';
import type { ProcessorOutcome } from '../processor/outcomes.js';

/**
 * Everything the API keeps, behind one interface with two implementations that behave the same:
 * SQLite (embedded, one file) and PostgreSQL (many instances on one database). Routes hold the
 * rules; the SQL stays in the implementations. Times are ISO 8601 UTC strings.
 */
export interface Storage {
  readonly kind: 'sqlite' | 'postgres';
  /** Every tenant's stored configuration, read once when the storage opened. */
  tenantConfigs(): readonly TenantRecord[];
  /** Resolves when the database answers and every migration is applied; rejects otherwise. */
  checkReady(): Promise<void>;
  close(): Promise<void>;

  findCustomer(tenantId: string, username: string): Promise<CustomerCredentials | undefined>;
  customerName(customerId: number): Promise<{ username: string; displayName: string }>;
  createSession(session: {
    userAgent: string | null;
    tokenHash: string;
    customerId: number;
    createdAt: string;
    expiresAt: string;
  }): Promise<void>;
  /** The session if it has not expired at `now` and was created after `createdAfter`. */
  liveSession(tokenHash: string, now: string, createdAfter: string): Promise<LiveSessionRecord | undefined>;
  /** Marks the session used at `usedAt` and moves its expiry to `expiresAt`. */
  extendSession(tokenHash: string, expiresAt: string, usedAt: string): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** The resident's sessions that have not expired at `now` and were created after `createdAfter`. */
  customerSessions(customerId: number, now: string, createdAfter: string): Promise<SessionRecord[]>;
  /** Ends every session of the resident but `keepTokenHash`; returns how many ended. */
  deleteOtherSessions(customerId: number, keepTokenHash: string): Promise<number>;
  passwordHash(customerId: number): Promise<string>;
  /** Replaces a hash made with an older cost (see passwords.ts). */
  updatePasswordHash(customerId: number, passwordHash: string): Promise<void>;
  /** Messages the API would send, kept for the demo instead of a mail server (oldest first). */
  outbox(customerId: number): Promise<OutboxMessage[]>;

  customerAccounts(customerId: number): Promise<AccountRecord[]>;
  customerAccount(accountId: string, customerId: number): Promise<AccountRecord | undefined>;
  /** Activity older than `before` (date, then id), newest first. */
  activityPage(accountId: string, before: [string, number], limit: number): Promise<ActivityRecord[]>;

  profile(customerId: number): Promise<s.Profile>;
  /** Applies `plan` to the current profile in one transaction and records each change. */
  updateProfile(customerId: number, at: string, plan: (before: s.Profile) => ProfileChange[]): Promise<s.Profile>;

  /**
   * Finds the account or invoice the guest describes, unless a limit in `failureLimits` is
   * reached (then `wait` is the seconds to wait). A search that finds nothing counts against
   * every limit. The keys are held for the search, so parallel guesses cannot all slip under a
   * limit, and lookups that succeed never count.
   */
  lookUpPayee(
    tenantId: string,
    request: s.LookupRequest,
    failureLimits: readonly LimitCheck[],
    nowMs: number,
  ): Promise<{ wait: number; payee?: PayeeRecord }>;
  createLookup(lookup: { tokenHash: string; tenantId: string; payee: PayeeRecord; expiresAt: string }): Promise<void>;
  createPaymentMethod(method: NewPaymentMethod): Promise<void>;
  createConsentRecord(record: NewConsentRecord): Promise<void>;

  /**
   * Runs one payment attempt as a single transaction: claims the Idempotency-Key (or finds its
   * outcome), reads and locks what the payment uses, asks `decide`, and stores the result.
   * When `decide` throws, nothing is written and the key stays free.
   */
  pay(attempt: PaymentAttempt, decide: (facts: PaymentFacts) => PaymentDecision): Promise<PaymentResult>;
  /** The payment, if `receiptTokenHash` is one of the receipt tokens handed out for it. */
  receipt(confirmation: string, receiptTokenHash: string): Promise<PaymentRecord | undefined>;

  /**
   * Counts an attempt against every check, all or none: when any key is at its limit nothing is
   * counted and the result is the seconds to wait; otherwise every check counts it and the result is 0.
   */
  takeAttempt(checks: readonly LimitCheck[], nowMs: number): Promise<number>;
  /** Takes back the newest attempt counted for the check's key (one that turned out not to count). */
  forgetAttempt(check: LimitCheck): Promise<void>;
  resetAttempts(check: LimitCheck): Promise<void>;
  /** The longest wait of the checks, counting nothing. */
  limitWait(checks: readonly LimitCheck[], nowMs: number): Promise<number>;
  /** How many attempts the check's key has in its window. */
  attemptsIn(check: LimitCheck, nowMs: number): Promise<number>;
  /** Counts an attempt against every check whatever their limits (an outcome already decided). */
  countAttempts(checks: readonly LimitCheck[], nowMs: number): Promise<void>;
  /**
   * Marks a solved challenge as used; false when it already was. Kept until it expires, so an
   * answer cannot be replayed on any instance.
   */
  spendChallenge(idHash: string, expiresAtMs: number): Promise<boolean>;

  /** Deletes what has outlived its retention; returns how many rows went, per kind. */
  purge(cutoffs: PurgeCutoffs): Promise<Record<keyof PurgeCutoffs, number>>;
}

export interface TenantRecord {
  id: string;
  config: unknown;
}

export interface CustomerCredentials {
  id: number;
  username: string;
  displayName: string;
  passwordHash: string;
}

export interface SessionRecord {
  tokenHash: string;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
  userAgent: string | null;
}

export interface OutboxMessage {
  to: string;
  subject: string;
  body: string;
  createdAt: string;
}

export interface LiveSessionRecord {
  customerId: number;
  createdAt: string;
}

export interface AccountRecord {
  id: string;
  accountNumber: string;
  serviceAddress: s.Address;
  balanceCents: number;
  amountDueCents: number;
  pastDueCents: number;
  dueDate: string | null;
  status: s.Account['status'];
  lastPayment: { amountCents: number; date: string } | null;
}

export interface ActivityRecord {
  id: number;
  type: s.ActivityItem['type'];
  date: string;
  description: string;
  amountCents: number;
}

export interface ProfileChange {
  field: 'email' | 'phones.home' | 'phones.mobile' | 'phones.fax' | 'mailingAddress';
  /** Text as audited: a string, or the address as JSON. */
  from: string | null;
  to: string | null;
  /** The new value as stored. */
  value: string | null | s.Address;
}

/** A utility account or an invoice, unmasked: payees.ts decides what a guest may see. */
export interface PayeeRecord {
  kind: 'account' | 'invoice';
  id: string;
  number: string;
  displayName: string;
  address: s.Address;
  amountDueCents: number;
  dueDate: string | null;
}

export interface NewPaymentMethod {
  tokenHash: string;
  tenantId: string;
  type: s.PaymentMethodToken['type'];
  brand: s.PaymentMethodToken['brand'];
  last4: string;
  expMonth: number | null;
  expYear: number | null;
  outcome: ProcessorOutcome;
  expiresAt: string;
  /** Keyed hash of the card or bank account number (see card-fingerprint.ts). */
  fingerprint: string;
}

export interface NewConsentRecord {
  id: string;
  tenantId: string;
  consentId: string;
  revision: string;
  categories: string;
  gpc: boolean;
  dnt: boolean;
  source: string;
  clientTimestamp: string;
  recordedAt: string;
}

export interface PaymentMethodRecord {
  type: s.PaymentMethodToken['type'];
  brand: s.PaymentMethodToken['brand'];
  last4: string;
  outcome: ProcessorOutcome;
  expiresAt: string;
  usedAt: string | null;
  /** Null for methods tokenized before fingerprints were kept. */
  fingerprint: string | null;
}

export interface PaymentRecord {
  confirmation: string;
  tenantId: string;
  accountId: string | null;
  invoiceId: string | null;
  customerId: number | null;
  amountCents: number;
  feeCents: number;
  method: s.Payment['method'];
  payeeMaskedNumber: string;
  payeeDisplayName: string;
  receiptEmail: string | null;
  createdAt: string;
}

export interface PaymentAttempt {
  tenantId: string;
  idempotencyKey: string;
  /** Hash of the canonical request: the same key with another request is a conflict. */
  requestHash: string;
  source: { kind: 'lookup'; lookupTokenHash: string } | { kind: 'account'; accountId: string; customerId: number };
  methodTokenHash: string;
  /** Declines counted against the lookup token or the resident; the decision sees the wait. */
  declines: LimitCheck;
  /**
   * Further counts of a decline, given the payee and method found: the decision sees their
   * longest wait as `guardWait` (payee, card, address), and `uncheckedDeclines` are only counted.
   */
  guards: (payee: PayeeRecord | undefined, method: PaymentMethodRecord | undefined) => LimitCheck[];
  uncheckedDeclines: LimitCheck[];
  /** Stored when the outcome (new or replayed) is an approval, for the receipt handed out. */
  receiptTokenHash: string;
  now: string;
  nowMs: number;
}

export interface PaymentFacts {
  /** Undefined when the lookup token is unknown to this tenant or the account is not the resident's. */
  payee: PayeeRecord | undefined;
  lookup: { expiresAt: string; usedAt: string | null } | undefined;
  method: PaymentMethodRecord | undefined;
  /** Seconds until another decline may be tried; 0 when under the limit. */
  declineWait: number;
  /** The longest wait of the attempt's guards. */
  guardWait: number;
}

export type PaymentDecision =
  | { outcome: 'declined'; status: 402; body: string }
  | {
      outcome: 'approved';
      status: 201;
      body: string;
      payment: PaymentRecord;
      activityDescription: string;
      activityDate: string;
    };

export type PaymentResult = { kind: 'new' | 'replayed'; status: number; body: string } | { kind: 'conflict' };

export interface LimitCheck {
  /** What is counted, e.g. `sign-in-user`; one key space per scope. */
  scope: string;
  key: string;
  limit: number;
  windowSeconds: number;
  /** Instead of refusing at `limit`, make each attempt past it wait longer (see waitFor). */
  backoff?: { baseSeconds: number; maxSeconds: number };
}

/** Rows older than these times are deleted (ISO strings; `attemptsBeforeMs` in epoch ms). */
export interface PurgeCutoffs {
  sessions: string;
  lookups: string;
  paymentMethods: string;
  receiptTokens: string;
  idempotencyRecords: string;
  attemptsBeforeMs: number;
  /** Used challenges that expired before this time (epoch ms). */
  challengesBeforeMs: number;
}

/**
 * The database cannot be reached or is restarting: the request may succeed if tried again.
 * Answered with 503 and Retry-After, never as a 500.
 */
export class StorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The database is unavailable', { cause });
    this.name = 'StorageUnavailableError';
  }
}
