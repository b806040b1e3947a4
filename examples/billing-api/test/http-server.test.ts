import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createAdaptorServer } from '@hono/node-server';
import * as z from 'zod/mini';
import * as s from '../../../src/api/schemas.js';
import { createApp } from '../src/app.js';
import type { SqlStorage } from '../src/storage/sql-storage.js';
import { TestClock, bankAccount, card, guestAccount, newKey } from './helpers.js';
import { STORAGE_KIND, openTestStorage } from './test-storage.js';

const SECRETS = ['4242424242424242', '4000000000000002', '4000000000009995', '4000000000000069', '000123456789'];

describe('over real HTTP with a file database', () => {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'civicpay-db-')), 'civicpay.sqlite');
  let storage: SqlStorage;
  let server: ReturnType<typeof createAdaptorServer>;
  let base = '';

  before(async () => {
    storage = await openTestStorage(new TestClock().now, dbPath);
    server = createAdaptorServer({ fetch: createApp({ storage }).fetch, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/tenants/san-clemente`;
  });

  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await storage.close();
  });

  async function post<T>(path: string, schema: z.ZodMiniType<T>, body: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return {
      response,
      body: response.status < 300 ? z.parse(schema, await response.json()) : z.parse(s.Problem, await response.json()),
    };
  }

  it('makes exactly one payment from two concurrent requests with one Idempotency-Key', async () => {
    const lookup = (await post('/lookups', s.Lookup, guestAccount)).body as s.Lookup;
    const method = (await post('/payment-methods', s.PaymentMethodToken, card('4242424242424242')))
      .body as s.PaymentMethodToken;
    const body = {
      source: { kind: 'lookup', lookupToken: lookup.lookupToken },
      amountCents: 8417,
      paymentMethodToken: method.token,
      expectedFeeCents: 248,
      receiptEmail: null,
      bankAuthorization: false,
    };
    const key = newKey();
    const [first, second] = await Promise.all([
      post('/payments', s.Payment, body, { 'idempotency-key': key }),
      post('/payments', s.Payment, body, { 'idempotency-key': key }),
    ]);
    assert.equal(first.response.status, 201);
    assert.equal(second.response.status, 201);
    const withoutReceiptToken = (body: unknown) => ({ ...(body as s.Payment), receiptToken: undefined });
    assert.deepEqual(withoutReceiptToken(first.body), withoutReceiptToken(second.body));
    const replayed = [first, second].map((reply) => reply.response.headers.get('idempotent-replayed'));
    assert.deepEqual(replayed.sort(), ['true', null].sort());
    const [payments] = await storage.driver.all<{ count: number }>('SELECT count(*) AS count FROM payments');
    assert.equal(payments!.count, 1);
  });

  it('closes the connection after refusing a body that is too large, so no request follows it', async () => {
    const big = await fetch(`${base}/lookups`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(1024 * 1024) }),
    });
    assert.equal(big.status, 413);
    assert.equal(big.headers.get('connection'), 'close');
    await big.body?.cancel();
    assert.equal((await fetch(`${base}`)).status, 200, 'the next request on a new connection works');
  });

  const sqliteOnly = { skip: STORAGE_KIND !== 'sqlite' && 'the database file is SQLite' };
  it('never writes a full card or bank account number to the database file or its WAL', sqliteOnly, async () => {
    for (const number of SECRETS.slice(0, 4)) {
      assert.equal((await post('/payment-methods', s.PaymentMethodToken, card(number))).response.status, 201);
    }
    assert.equal((await post('/payment-methods', s.PaymentMethodToken, bankAccount)).response.status, 201);
    assert.ok(existsSync(`${dbPath}-wal`), 'the WAL exists while the database is open');
    const scan = (label: string) => {
      const files = [dbPath, `${dbPath}-wal`].filter(existsSync);
      const all = Buffer.concat(files.map((file) => readFileSync(file)));
      assert.notEqual(all.indexOf('alex.rivera@example.com'), -1, 'the scan sees stored text');
      for (const file of files) {
        const bytes = readFileSync(file);
        for (const secret of SECRETS) assert.equal(bytes.indexOf(secret), -1, `${secret} in ${file} (${label})`);
      }
    };
    scan('open');
    await storage.close();
    scan('closed');
  });
});
