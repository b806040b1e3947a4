import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import * as s from '../../../src/api/schemas.js';
import { createApp, type AppOptions } from '../src/app.js';
import type { SqlValue } from '../src/storage/driver.js';
import { SqlStorage } from '../src/storage/sql-storage.js';
import { solves } from '../src/challenge/proof-of-work.js';
import { openTestStorage } from './test-storage.js';

export const TENANT = '/v1/tenants/san-clemente';
export const HARBOR = '/v1/tenants/harbor-district';
export const DEMO_ORIGIN = 'http://localhost:8000';
export const FOREIGN_ORIGIN = 'https://evil.example';

/** A clock the test moves by hand. */
export class TestClock {
  constructor(public time = new Date('2026-03-10T12:00:00.000Z')) {}
  readonly now = () => new Date(this.time);
  advance(seconds: number): void {
    this.time = new Date(this.time.getTime() + seconds * 1000);
  }
}

export interface Harness {
  app: ReturnType<typeof createApp>;
  storage: SqlStorage;
  clock: TestClock;
  call: (method: string, path: string, init?: CallInit) => Promise<Reply>;
  /** Stored rows, read directly (statements with `?` placeholders, on either database). */
  rows: <T = Record<string, unknown>>(sql: string, params?: SqlValue[]) => Promise<T[]>;
  /** The first column of the first row. */
  value: (sql: string, params?: SqlValue[]) => Promise<unknown>;
}

export interface CallInit {
  json?: unknown;
  body?: string;
  headers?: Record<string, string>;
  token?: string;
  /** The client address the rate limits see. */
  client?: string;
}

export interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
}

/** The app in-process on a fresh, seeded database of the kind under test (test-storage.ts). */
export async function harness(options: Partial<AppOptions> & { dbPath?: string } = {}): Promise<Harness> {
  const clock = new TestClock();
  const storage = (options.storage as SqlStorage | undefined) ?? (await openTestStorage(clock.now, options.dbPath));
  const app = createApp({
    now: clock.now,
    clientAddress: (c) => c.req.header('x-test-client') ?? '203.0.113.1',
    ...options,
    storage,
  });
  const rows = <T>(sql: string, params: SqlValue[] = []) => storage.driver.all<T>(sql, params);
  const value = async (sql: string, params: SqlValue[] = []) => {
    const [row] = await rows<Record<string, unknown>>(sql, params);
    return row === undefined ? undefined : Object.values(row)[0];
  };
  async function call(method: string, path: string, init: CallInit = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...init.headers };
    let body = init.body;
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers['content-type'] ??= 'application/json';
    }
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.client) headers['x-test-client'] = init.client;
    const response = await app.request(path, { method, headers, body });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  }
  return { app, storage, clock, call, rows, value };
}

export function parsed<T>(schema: z.ZodMiniType<T>, reply: Reply, status: number): T {
  assert.equal(reply.status, status, JSON.stringify(reply.body));
  return z.parse(schema, reply.body);
}

/** Asserts a problem+json reply with the given status and code, and returns it. */
export function problem(reply: Reply, status: number, code: string): s.Problem {
  assert.equal(reply.status, status, JSON.stringify(reply.body));
  assert.equal(reply.headers.get('content-type'), 'application/problem+json');
  const body = z.parse(s.Problem, reply.body);
  assert.equal(body.code, code);
  assert.ok(!JSON.stringify(body).includes('    at '), 'no stack trace');
  return body;
}

export const resident = { username: 'resident', password: 'civicpay-demo-1' };

export async function signIn(h: Harness): Promise<string> {
  return parsed(s.Session, await h.call('POST', `${TENANT}/sessions`, { json: resident }), 201).token;
}

export async function lookUp(h: Harness, request: s.LookupRequest = guestAccount): Promise<s.Lookup> {
  return parsed(s.Lookup, await h.call('POST', `${TENANT}/lookups`, { json: request }), 201);
}

export const guestAccount: s.LookupRequest = { kind: 'account', accountNumber: '482910375', zip: '92672' };
export const guestInvoice: s.LookupRequest = { kind: 'invoice', invoiceNumber: 'AR-10045', zip: '92672' };

export function card(number: string, extra: Partial<Record<string, unknown>> = {}) {
  return { type: 'card', number, expMonth: 12, expYear: 2030, cvc: '123', name: 'Alex Rivera', zip: '92672', ...extra };
}

export const bankAccount = {
  type: 'bank',
  routingNumber: '011000015',
  accountNumber: '000123456789',
  accountType: 'checking',
  holderName: 'Alex Rivera',
};

export async function tokenize(h: Harness, details: unknown, tenantPath = TENANT): Promise<s.PaymentMethodToken> {
  return parsed(s.PaymentMethodToken, await h.call('POST', `${tenantPath}/payment-methods`, { json: details }), 201);
}

let keyCounter = 0;
export function newKey(): string {
  keyCounter += 1;
  return `test-key-${process.pid}-${keyCounter}-${Math.random().toString(36).slice(2)}`;
}

/** A guest card payment of the looked-up amount due with the right fee (2.95 %). */
export async function guestPaymentBody(h: Harness, cardNumber = '4242424242424242') {
  const lookup = await lookUp(h);
  const method = await tokenize(h, card(cardNumber));
  return {
    source: { kind: 'lookup', lookupToken: lookup.lookupToken },
    amountCents: lookup.amountDueCents,
    paymentMethodToken: method.token,
    expectedFeeCents: Math.round((lookup.amountDueCents * 295) / 10_000),
    receiptEmail: 'guest@example.com',
    bankAuthorization: false,
  };
}

/** `key: null` sends no Idempotency-Key header. */
export function pay(h: Harness, body: unknown, key: string | null = newKey(), token?: string) {
  return h.call('POST', `${TENANT}/payments`, {
    json: body,
    headers: key === null ? {} : { 'idempotency-key': key },
    ...(token ? { token } : {}),
  });
}

export async function count(
  h: Harness,
  table: 'payments' | 'idempotency_records' | 'profile_changes' | 'consent_records' | 'payment_methods',
): Promise<number> {
  return Number(await h.value(`SELECT count(*) FROM ${table}`));
}

export async function tableNames(h: Harness): Promise<string[]> {
  const sql =
    h.storage.kind === 'sqlite'
      ? "SELECT name FROM sqlite_master WHERE type = 'table'"
      : 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()';
  return (await h.rows<{ name: string }>(sql)).map((row) => row.name);
}

/** A fresh storage whose tenant config has `patch` applied (the tenants are read when it opens). */
export async function storageWithTenant(patch: Partial<s.Tenant>, tenantId = 'san-clemente'): Promise<SqlStorage> {
  const base = await openTestStorage(new TestClock().now);
  const config = JSON.parse(
    (await base.driver.all<{ config_json: string }>('SELECT config_json FROM tenants WHERE id = ?', [tenantId]))[0]!
      .config_json,
  ) as s.Tenant;
  await base.driver.all('UPDATE tenants SET config_json = ? WHERE id = ?', [
    JSON.stringify({ ...config, ...patch }),
    tenantId,
  ]);
  return new SqlStorage(base.driver, await SqlStorage.loadTenants(base.driver));
}

/** Asks for a challenge and solves it as a browser would, by trying solutions in turn. */
export async function solvedChallenge(h: Harness, tenantPath = TENANT): Promise<s.ChallengeAnswer> {
  const challenge = parsed(s.Challenge, await h.call('POST', `${tenantPath}/challenges`), 201);
  for (let solution = 0; ; solution++) {
    if (solves(challenge.token, String(solution), challenge.difficultyBits)) {
      return { token: challenge.token, solution: String(solution) };
    }
  }
}

/** A Luhn-valid 16-digit Visa test number, different for each `index`. */
export function visaNumber(index: number): string {
  const body = `4111${String(index).padStart(11, '0')}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let digit = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return `${body}${(10 - (sum % 10)) % 10}`;
}
