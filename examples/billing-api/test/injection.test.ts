import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as s from '../../../src/api/schemas.js';
import {
  TENANT,
  card,
  guestPaymentBody,
  harness,
  parsed,
  pay,
  problem,
  signIn,
  tableNames,
  type Harness,
} from './helpers.js';

const attacks = ["' OR 1=1 --", '"; DROP TABLE payments; --', "Robert'); DROP TABLE accounts;--"];
const TABLES = ['accounts', 'customers', 'payments', 'sessions', 'lookups', 'payment_methods', 'idempotency_records'];

async function assertTablesIntact(h: Harness): Promise<void> {
  const names = await tableNames(h);
  for (const table of TABLES) assert.ok(names.includes(table), `${table} still exists`);
  assert.equal(await h.value('SELECT count(*) FROM accounts'), 4);
}

describe('SQL injection strings are only ever data', () => {
  it('in the user name and password: a normal 401', async () => {
    const h = await harness();
    for (const attack of attacks) {
      problem(
        await h.call('POST', `${TENANT}/sessions`, { json: { username: attack, password: attack }, client: attack }),
        401,
        'invalid_credentials',
      );
      problem(
        await h.call('POST', `${TENANT}/sessions`, {
          json: { username: 'resident', password: attack },
          client: `${attack}2`,
        }),
        401,
        'invalid_credentials',
      );
    }
    await assertTablesIntact(h);
  });

  it('in the lookup fields, the tenant, the account id, the cursor and the confirmation: 404 or 422', async () => {
    const h = await harness();
    const token = await signIn(h);
    for (const attack of attacks) {
      const encoded = encodeURIComponent(attack);
      problem(
        await h.call('POST', `${TENANT}/lookups`, { json: { kind: 'account', accountNumber: attack, zip: '92672' } }),
        422,
        'validation',
      );
      problem(
        await h.call('POST', `${TENANT}/lookups`, {
          json: { kind: 'invoice', invoiceNumber: 'AR-10045', zip: attack },
        }),
        422,
        'validation',
      );
      problem(await h.call('GET', `/v1/tenants/${encoded}`), 404, 'unknown_tenant');
      problem(await h.call('GET', `/v1/accounts/${encoded}`, { token }), 404, 'not_found');
      problem(
        await h.call('GET', `/v1/accounts/acct-sc-0301/activity?cursor=${encoded}`, { token }),
        422,
        'validation',
      );
      problem(
        await h.call('GET', `/v1/payments/${encoded}`, { headers: { 'x-receipt-token': attack } }),
        404,
        'not_found',
      );
    }
    await assertTablesIntact(h);
  });

  it('in profile fields: refused by the schema, or stored verbatim', async () => {
    const h = await harness();
    const token = await signIn(h);
    for (const attack of attacks) {
      problem(await h.call('PATCH', '/v1/profile', { token, json: { email: attack } }), 422, 'validation');
      problem(await h.call('PATCH', '/v1/profile', { token, json: { phones: { home: attack } } }), 422, 'validation');
      const address = { line1: attack, line2: attack, city: attack, state: 'CA', zip: '92672' };
      const profile = parsed(
        s.Profile,
        await h.call('PATCH', '/v1/profile', { token, json: { mailingAddress: address } }),
        200,
      );
      assert.deepEqual(profile.mailingAddress, address);
    }
    await assertTablesIntact(h);
  });

  it('in the card holder name and the receipt e-mail: refused by the schema, or accepted as data', async () => {
    // Tokenizes the same test card once per attack string.
    const h = await harness({ limits: { tokenizePerCard: 1000 } });
    for (const attack of attacks) {
      const method = parsed(
        s.PaymentMethodToken,
        await h.call('POST', `${TENANT}/payment-methods`, { json: card('4242424242424242', { name: attack }) }),
        201,
      );
      assert.equal(method.last4, '4242');
      problem(await h.call('POST', `${TENANT}/payment-methods`, { json: card(attack) }), 422, 'validation');
      const body = await guestPaymentBody(h);
      problem(await pay(h, { ...body, receiptEmail: attack }), 422, 'validation');
      problem(await pay(h, { ...body, paymentMethodToken: attack }), 422, 'payment_method_expired');
      problem(await pay(h, { ...body, source: { kind: 'lookup', lookupToken: attack } }), 410, 'lookup_expired');
      problem(await pay(h, body, attack), 400, 'idempotency_key_required');
    }
    await assertTablesIntact(h);
    assert.equal(await h.value('SELECT count(*) FROM payments'), 0);
  });
});
