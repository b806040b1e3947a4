import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as s from '../../../src/api/schemas.js';
import {
  HARBOR,
  TENANT,
  card,
  guestPaymentBody,
  harness,
  lookUp,
  newKey,
  parsed,
  pay,
  problem,
  signIn,
  tokenize,
  visaNumber,
} from './helpers.js';

const DECLINING = '4000000000000002';

describe('card testing: declines', () => {
  it('refuses a fourth payment on a lookup after three declines; a new lookup pays', async () => {
    const h = await harness();
    const body = await guestPaymentBody(h, DECLINING);
    const keys = [newKey(), newKey(), newKey()];
    for (const key of keys) {
      const declined = { ...body, paymentMethodToken: (await tokenize(h, card(DECLINING))).token };
      problem(await pay(h, declined, key), 402, 'card_declined');
      // A replay answers from the record without asking the processor, so it counts nothing.
      problem(await pay(h, declined, key), 402, 'card_declined');
    }
    const approved = { ...body, paymentMethodToken: (await tokenize(h, card('4242424242424242'))).token };
    const refused = problem(await pay(h, approved), 410, 'lookup_expired');
    assert.match(refused.detail ?? '', /declined/);

    const relooked = { ...approved, source: { kind: 'lookup', lookupToken: (await lookUp(h)).lookupToken } };
    parsed(s.Payment, await pay(h, relooked), 201);
  });

  it('allows two declines on a lookup and then an approval', async () => {
    const h = await harness();
    const body = await guestPaymentBody(h, DECLINING);
    problem(await pay(h, body), 402, 'card_declined');
    const second = { ...body, paymentMethodToken: (await tokenize(h, card('4000000000009995'))).token };
    problem(await pay(h, second), 402, 'insufficient_funds');
    const approved = { ...body, paymentMethodToken: (await tokenize(h, card('4242424242424242'))).token };
    parsed(s.Payment, await pay(h, approved), 201);
  });

  it('pauses a signed-in resident’s payments for an hour after three declines', async () => {
    const h = await harness();
    const body = async (number: string) => ({
      source: { kind: 'account', accountId: 'acct-sc-0302' },
      amountCents: 1000,
      paymentMethodToken: (await tokenize(h, card(number))).token,
      expectedFeeCents: 30,
      receiptEmail: null,
      bankAuthorization: false,
    });
    const token = await signIn(h);
    for (let attempt = 0; attempt < 3; attempt++) {
      problem(await pay(h, await body(DECLINING), newKey(), token), 402, 'card_declined');
    }
    const paused = await pay(h, await body('4242424242424242'), newKey(), token);
    const refused = problem(paused, 429, 'rate_limited');
    assert.equal(paused.headers.get('retry-after'), String(refused.retryAfterSeconds));
    assert.ok(refused.retryAfterSeconds! > 0 && refused.retryAfterSeconds! <= 3600);
    // Signing in again does not start the count again.
    problem(await pay(h, await body('4242424242424242'), newKey(), await signIn(h)), 429, 'rate_limited');

    h.clock.advance(3601);
    parsed(s.Payment, await pay(h, await body('4242424242424242'), newKey(), await signIn(h)), 201);
  });
});

describe('card testing: tokenizing', () => {
  it('limits card and bank details to 30 per client address in 15 minutes by default', async () => {
    const h = await harness();
    for (let attempt = 0; attempt < 30; attempt++) await tokenize(h, card(visaNumber(attempt)));
    const limited = await h.call('POST', `${TENANT}/payment-methods`, { json: card(visaNumber(30)) });
    const body = problem(limited, 429, 'rate_limited');
    assert.equal(limited.headers.get('retry-after'), String(body.retryAfterSeconds));
    assert.ok(body.retryAfterSeconds! > 0 && body.retryAfterSeconds! <= 900);
    const elsewhere = await h.call('POST', `${TENANT}/payment-methods`, {
      json: card('4242424242424242'),
      client: '192.0.2.50',
    });
    assert.equal(elsewhere.status, 201);
    h.clock.advance(15 * 60 + 1);
    await tokenize(h, card('4242424242424242'));
  });

  it('counts refused details too, and takes the limit from its options', async () => {
    const h = await harness({ addressLimits: { tokenizations: 2 } });
    problem(await h.call('POST', `${TENANT}/payment-methods`, { json: card('4242424242424241') }), 422, 'validation');
    await tokenize(h, card('4242424242424242'));
    problem(await h.call('POST', `${TENANT}/payment-methods`, { json: card('4242424242424242') }), 429, 'rate_limited');
  });

  it('limits card and bank details per tenant, from any number of addresses', async () => {
    const h = await harness({ limits: { tokenizePerTenant: 3 } });
    const from = (client: string, number: string, tenantPath = TENANT) =>
      h.call('POST', `${tenantPath}/payment-methods`, { json: card(number), client });
    for (let attempt = 0; attempt < 3; attempt++) {
      assert.equal((await from(`192.0.2.${attempt + 1}`, visaNumber(attempt))).status, 201);
    }
    const limited = await from('198.51.100.7', visaNumber(3));
    const body = problem(limited, 429, 'rate_limited');
    assert.ok(body.retryAfterSeconds! > 0 && body.retryAfterSeconds! <= 600);
    assert.equal((await from('198.51.100.7', '4242424242424242', HARBOR)).status, 201, 'another tenant is not slowed');
    h.clock.advance(10 * 60 + 1);
    assert.equal((await from('198.51.100.8', visaNumber(4))).status, 201);
  });
});
