/**
 * SQLite schema changes, applied in order (see migrate.ts). Never edit a migration that has
 * shipped: add a new one, here and in postgres.ts. Money columns are integer cents; times are
 * ISO 8601 UTC strings.
 */
export const sqliteMigrations: readonly string[] = [
  `
  CREATE TABLE tenants (
    id TEXT PRIMARY KEY,
    config_json TEXT NOT NULL
  );

  CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    username TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    display_name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone_home TEXT,
    phone_mobile TEXT,
    phone_fax TEXT,
    mailing_address_json TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (tenant_id, username)
  );

  CREATE TABLE profile_changes (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    changed_at TEXT NOT NULL
  );

  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );

  CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    customer_id INTEGER REFERENCES customers(id),
    account_number TEXT NOT NULL,
    holder_display_name TEXT NOT NULL,
    service_address_json TEXT NOT NULL,
    balance_cents INTEGER NOT NULL,
    amount_due_cents INTEGER NOT NULL,
    past_due_cents INTEGER NOT NULL,
    due_date TEXT,
    status TEXT NOT NULL,
    UNIQUE (tenant_id, account_number)
  );

  CREATE TABLE account_activity (
    id INTEGER PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id),
    type TEXT NOT NULL,
    date TEXT NOT NULL,
    description TEXT NOT NULL,
    amount_cents INTEGER NOT NULL
  );
  CREATE INDEX account_activity_by_date ON account_activity(account_id, date DESC, id DESC);

  CREATE TABLE invoices (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    invoice_number TEXT NOT NULL,
    billing_zip TEXT NOT NULL,
    payee_display_name TEXT NOT NULL,
    billing_address_json TEXT NOT NULL,
    amount_due_cents INTEGER NOT NULL,
    due_date TEXT,
    UNIQUE (tenant_id, invoice_number)
  );

  CREATE TABLE lookups (
    token_hash TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    account_id TEXT REFERENCES accounts(id),
    invoice_id TEXT REFERENCES invoices(id),
    expires_at TEXT NOT NULL,
    used_at TEXT
  );

  -- Only what a receipt shows: never the full card or bank account number, never a CVC.
  CREATE TABLE payment_methods (
    token_hash TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    type TEXT NOT NULL,
    brand TEXT NOT NULL,
    last4 TEXT NOT NULL,
    exp_month INTEGER,
    exp_year INTEGER,
    processor_outcome TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
  );

  CREATE TABLE payments (
    confirmation TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    account_id TEXT REFERENCES accounts(id),
    invoice_id TEXT REFERENCES invoices(id),
    customer_id INTEGER REFERENCES customers(id),
    amount_cents INTEGER NOT NULL,
    fee_cents INTEGER NOT NULL,
    method_type TEXT NOT NULL,
    method_brand TEXT NOT NULL,
    method_last4 TEXT NOT NULL,
    payee_masked_number TEXT NOT NULL,
    payee_display_name TEXT NOT NULL,
    receipt_email TEXT,
    created_at TEXT NOT NULL
  );

  -- One row per receipt token handed out: the first answer and every idempotent replay get
  -- their own, so no response body ever needs to keep a raw token.
  CREATE TABLE receipt_tokens (
    token_hash TEXT PRIMARY KEY,
    confirmation TEXT NOT NULL REFERENCES payments(confirmation),
    created_at TEXT NOT NULL
  );

  -- A replayed approval gets a fresh receipt token, so response_body never holds one.
  CREATE TABLE idempotency_records (
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    response_status INTEGER NOT NULL,
    response_body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, idempotency_key)
  );

  -- Proof of a consent choice. Deliberately no IP address and no user agent.
  CREATE TABLE consent_records (
    id TEXT PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants(id),
    consent_id TEXT NOT NULL,
    revision TEXT NOT NULL,
    categories_json TEXT NOT NULL,
    gpc INTEGER NOT NULL,
    dnt INTEGER NOT NULL,
    source TEXT NOT NULL,
    client_timestamp TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );
  `,
  `
  -- Attempts counted by the rate limits, seen by every process on the database.
  CREATE TABLE limit_attempts (
    id INTEGER PRIMARY KEY,
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    at_ms INTEGER NOT NULL
  );
  CREATE INDEX limit_attempts_by_key ON limit_attempts(scope, key, at_ms);
  CREATE INDEX limit_attempts_by_time ON limit_attempts(at_ms);
  CREATE INDEX sessions_by_expiry ON sessions(expires_at);
  CREATE INDEX lookups_by_expiry ON lookups(expires_at);
  CREATE INDEX payment_methods_by_expiry ON payment_methods(expires_at);
  CREATE INDEX receipt_tokens_by_time ON receipt_tokens(created_at);
  CREATE INDEX idempotency_records_by_time ON idempotency_records(created_at);
  `,
  `
  -- Abuse resistance (issue 10): a keyed fingerprint of each tokenized card or bank account, so
  -- declines of one card count across lookups; the challenges already answered, so an answer
  -- works once on any instance.
  ALTER TABLE payment_methods ADD COLUMN fingerprint TEXT;
  CREATE TABLE used_challenges (
    id_hash TEXT PRIMARY KEY,
    expires_at_ms INTEGER NOT NULL
  );
  CREATE INDEX used_challenges_by_expiry ON used_challenges(expires_at_ms);
  -- Notices the API would email (an email change, to the old address), kept for the demo.
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX sessions_by_customer ON sessions(customer_id);
  `,
  `
  -- The sessions list (issue 10): which browser signed in, and when the session was last used.
  ALTER TABLE sessions ADD COLUMN user_agent TEXT;
  ALTER TABLE sessions ADD COLUMN last_used_at TEXT;
  `,
];
