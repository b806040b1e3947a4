// Errors are RFC 9457 problem+json with the stable code the widgets act on (every reply is also
// checked against the document's Problem schema by the client).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, card, expectStatus, guestPayment, pay, settings, strangerName, TENANT } from './lib/api.mjs';

describe('problems', () => {
  it('an unknown tenant is 404 unknown_tenant', async () => {
    expectStatus(await call('GET', '/v1/tenants/conformance-no-such-tenant'), 404, 'unknown_tenant');
  });

  it('a body that is not JSON is 400 malformed_json; another content type is 415', async () => {
    const broken = await call('POST', `${TENANT}/lookups`, {
      body: '{"kind":',
      headers: { 'content-type': 'application/json' },
    });
    expectStatus(broken, 400, 'malformed_json');
    const text = await call('POST', `${TENANT}/lookups`, {
      body: 'kind=account',
      headers: { 'content-type': 'text/plain' },
    });
    expectStatus(text, 415);
  });

  it('a body of 1 MiB is 413 payload_too_large', async () => {
    const json = { ...settings.tenantData.guestLookup, padding: 'x'.repeat(1024 * 1024) };
    expectStatus(await call('POST', `${TENANT}/lookups`, { json }), 413, 'payload_too_large');
  });

  it('a field that breaks the schema is 422 validation, naming the field', async () => {
    const reply = await call('POST', `${TENANT}/lookups`, {
      json: { ...settings.tenantData.guestLookup, zip: 'abcde' },
    });
    const body = expectStatus(reply, 422, 'validation');
    assert.ok(
      body.errors?.some((error) => error.field === 'zip'),
      JSON.stringify(body.errors),
    );
  });

  it('a lookup that matches nothing is 404 lookup_failed', async () => {
    const json = { ...settings.tenantData.guestLookup, zip: '00001' };
    expectStatus(await call('POST', `${TENANT}/lookups`, { json }), 404, 'lookup_failed');
  });

  it('a wrong password is a generic 401 invalid_credentials', async () => {
    const json = { username: strangerName(), password: 'not-the-password' };
    expectStatus(await call('POST', `${TENANT}/sessions`, { json }), 401, 'invalid_credentials');
  });

  it('resident paths without a valid session are 401 unauthorized', async () => {
    expectStatus(await call('GET', '/v1/accounts'), 401, 'unauthorized');
    expectStatus(await call('GET', '/v1/profile', { token: 'conformance-not-a-token' }), 401, 'unauthorized');
  });

  it('a receipt without its receipt token is 404 not_found', async () => {
    expectStatus(
      await call('GET', '/v1/payments/XX-CONFORMANCE', { headers: { 'x-receipt-token': 'wrong' } }),
      404,
      'not_found',
    );
  });

  it('a payment without Idempotency-Key is 400 idempotency_key_required', async () => {
    const { body } = await guestPayment();
    expectStatus(await pay(body, null), 400, 'idempotency_key_required');
  });

  it('a stale fee is 409 fee_changed, an amount above the lookup’s maximum is 422', async () => {
    const { body, lookup } = await guestPayment();
    const tenant = expectStatus(await call('GET', TENANT), 200);
    expectStatus(await pay({ ...body, expectedFeeCents: body.expectedFeeCents + 1 }), 409, 'fee_changed');
    // Below the tenant's maximum, only its overpayment rule can have set the lookup's maximum.
    const capped = lookup.partialPayment === 'allowed' && lookup.maxCents < tenant.amount.maxCents;
    const code = capped ? 'overpayment_not_allowed' : 'amount_out_of_range';
    expectStatus(await pay({ ...body, amountCents: lookup.maxCents + 1 }), 422, code);
    expectStatus(await pay({ ...body, amountCents: tenant.amount.maxCents + 1 }), 422, 'amount_out_of_range');
  });

  it('a declined card is 402 card_declined', async () => {
    const { body } = await guestPayment({ cardNumber: settings.data.cards.declined });
    expectStatus(await pay(body), 402, 'card_declined');
  });

  it('card details that fail the checks are 422 validation', async () => {
    const reply = await call('POST', `${TENANT}/payment-methods`, { json: card('4242424242424241') });
    expectStatus(reply, 422, 'validation');
  });

  it('never shows a stack trace', async () => {
    const reply = await call('POST', `${TENANT}/lookups`, {
      body: '\u0000',
      headers: { 'content-type': 'application/json' },
    });
    assert.ok(reply.status >= 400 && reply.status < 500, `status ${reply.status}`);
    assert.doesNotMatch(reply.text, /\n\s+at /);
  });
});
