import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as s from '../../../src/api/schemas.js';
import {
  HARBOR,
  TENANT,
  bankAccount,
  card,
  count,
  guestInvoice,
  guestPaymentBody,
  harness,
  lookUp,
  newKey,
  parsed,
  pay,
  problem,
  signIn,
  tokenize,
} from './helpers.js';

describe('payment methods', () => {
  it('tokenizes a card and a bank account, keeping only brand, last 4 and expiry', async () => {
    const h = await harness();
    const visa = await tokenize(h, card('4242424242424242'));
    assert.deepEqual([visa.type, visa.brand, visa.last4], ['card', 'visa', '4242']);
    assert.equal(visa.expiresAt, new Date(h.clock.time.getTime() + 30 * 60_000).toISOString());
    const amex = await tokenize(h, card('378282246310005', { cvc: '1234' }));
    assert.equal(amex.brand, 'amex');
    const bank = await tokenize(h, bankAccount);
    assert.deepEqual([bank.type, bank.brand, bank.last4], ['bank', 'bank', '6789']);
    const rows = await h.rows('SELECT * FROM payment_methods');
    const stored = JSON.stringify(rows);
    for (const secret of ['4242424242424242', '378282246310005', '000123456789', '1234', visa.token]) {
      assert.ok(!stored.includes(secret), `${secret} is not stored`);
    }
  });

  it('refuses bad numbers, past or far expiry, wrong CVC length and a bad routing number with field errors', async () => {
    const h = await harness();
    const cases: [unknown, string, string][] = [
      [card('4242424242424241'), 'number', 'invalid_checksum'],
      [card('424242424242'), 'number', 'invalid_length'],
      [card('4242424242424242', { expYear: 2026, expMonth: 2 }), 'expYear', 'expired'],
      [card('4242424242424242', { cvc: '1234' }), 'cvc', 'invalid_length'],
      [card('378282246310005', { cvc: '123' }), 'cvc', 'invalid_length'],
      [card('9999999999999995'), 'number', 'unknown_brand'],
      [{ ...bankAccount, routingNumber: '011000016' }, 'routingNumber', 'invalid_checksum'],
      [card('42424242424242x2'), 'number', 'invalid_format'],
      // Each passes its checksum but breaks a network's or the ABA's rule.
      [card('6010000000000005'), 'number', 'unknown_brand'],
      [card('6230000000000009'), 'number', 'unknown_brand'],
      [card('511111111111115'), 'number', 'invalid_length'],
      [card('4242424242424242', { expYear: 2099 }), 'expYear', 'too_far_ahead'],
      [{ ...bankAccount, routingNumber: '130000006' }, 'routingNumber', 'invalid_checksum'],
    ];
    for (const [details, field, code] of cases) {
      const body = problem(await h.call('POST', `${TENANT}/payment-methods`, { json: details }), 422, 'validation');
      assert.ok(
        body.errors?.some((error) => error.field === field && error.code === code),
        `${field} ${code}: ${JSON.stringify(body.errors)}`,
      );
    }
    assert.equal(await h.value('SELECT count(*) FROM payment_methods'), 0);
  });

  it('accepts a card in its expiry month wherever that month has not yet ended', async () => {
    const h = await harness();
    h.clock.time = new Date('2026-04-01T05:00:00.000Z'); // still March 31 in Hawaii
    const march = card('4242424242424242', { expYear: 2026, expMonth: 3 });
    parsed(s.PaymentMethodToken, await h.call('POST', `${TENANT}/payment-methods`, { json: march }), 201);
    h.clock.time = new Date('2026-04-01T13:00:00.000Z'); // April everywhere
    problem(await h.call('POST', `${TENANT}/payment-methods`, { json: march }), 422, 'validation');
  });

  it('refuses what the tenant does not take', async () => {
    const h = await harness();
    problem(await h.call('POST', `${HARBOR}/payment-methods`, { json: bankAccount }), 422, 'method_not_allowed');
    const body = problem(
      await h.call('POST', `${HARBOR}/payment-methods`, { json: card('378282246310005', { cvc: '1234' }) }),
      422,
      'validation',
    );
    assert.deepEqual(body.errors, [{ field: 'number', code: 'brand_not_accepted' }]);
  });
});

describe('fee quotes', () => {
  it('quotes fixed part plus basis points, rounded to the cent', async () => {
    const h = await harness();
    const quote = (path: string, json: unknown) => h.call('POST', `${path}/fee-quotes`, { json });
    assert.deepEqual(parsed(s.FeeQuote, await quote(TENANT, { amountCents: 8417, method: 'card' }), 200), {
      amountCents: 8417,
      feeCents: 248,
      totalCents: 8665,
    });
    assert.deepEqual(parsed(s.FeeQuote, await quote(TENANT, { amountCents: 8417, method: 'bank' }), 200), {
      amountCents: 8417,
      feeCents: 0,
      totalCents: 8417,
    });
    assert.deepEqual(parsed(s.FeeQuote, await quote(HARBOR, { amountCents: 12_000, method: 'card' }), 200), {
      amountCents: 12_000,
      feeCents: 350,
      totalCents: 12_350,
    });
    problem(await quote(HARBOR, { amountCents: 12_000, method: 'bank' }), 422, 'method_not_allowed');
    problem(await quote(TENANT, { amountCents: 1_000_001, method: 'card' }), 422, 'amount_out_of_range');
  });
});

describe('payments', () => {
  it('pays a looked-up account by card, lowers the amount due and returns a receipt token', async () => {
    const h = await harness();
    const body = await guestPaymentBody(h);
    const payment = parsed(s.Payment, await pay(h, body), 201);
    assert.match(payment.confirmation, /^SC-[A-Z0-9]{8}$/);
    assert.deepEqual([payment.amountCents, payment.feeCents, payment.totalCents], [8417, 248, 8665]);
    assert.deepEqual(payment.method, { type: 'card', brand: 'visa', last4: '4242' });
    assert.deepEqual(payment.payee, { maskedNumber: '•••••0375', displayName: 'Jordan M.' });
    assert.equal(await h.value("SELECT amount_due_cents FROM accounts WHERE id = 'acct-sc-0300'"), 0);
    const stored = await h.value('SELECT token_hash FROM receipt_tokens');
    assert.notEqual(stored, payment.receiptToken);
  });

  it('replays the same key and body: same payment, Idempotent-Replayed, one row', async () => {
    const h = await harness();
    const body = await guestPaymentBody(h);
    const key = newKey();
    const first = parsed(s.Payment, await pay(h, body, key), 201);
    const again = await pay(h, body, key);
    const { receiptToken: replayToken, ...replayed } = parsed(s.Payment, again, 201);
    const { receiptToken: firstToken, ...original } = first;
    assert.deepEqual(replayed, original);
    assert.notEqual(replayToken, firstToken, 'a replay mints its own receipt token');
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(await count(h, 'payments'), 1);
    for (const token of [firstToken, replayToken]) {
      const receipt = await h.call('GET', `/v1/payments/${first.confirmation}`, {
        headers: { 'x-receipt-token': token },
      });
      assert.equal(receipt.status, 200);
    }
    const storedBodies = (await h.rows('SELECT response_body FROM idempotency_records')).map(
      (row) => Object.values(row)[0],
    ) as string[];
    assert.ok(storedBodies.every((stored) => !stored.includes(firstToken) && !stored.includes(replayToken)));
  });

  it('refuses the same key with another body with 422 idempotency_conflict', async () => {
    const h = await harness();
    const body = await guestPaymentBody(h);
    const key = newKey();
    parsed(s.Payment, await pay(h, body, key), 201);
    problem(await pay(h, { ...body, receiptEmail: null }, key), 422, 'idempotency_conflict');
    assert.equal(await count(h, 'payments'), 1);
  });

  it('requires an Idempotency-Key of 8 to 200 characters', async () => {
    const h = await harness();
    const body = await guestPaymentBody(h);
    problem(await pay(h, body, null), 400, 'idempotency_key_required');
    problem(await pay(h, body, 'short'), 400, 'idempotency_key_required');
    problem(await pay(h, body, 'k'.repeat(201)), 400, 'idempotency_key_required');
  });

  it('declines with 402 and the processor code, consumes nothing, and replays the decline', async () => {
    const h = await harness();
    for (const [number, code] of [
      ['4000000000000002', 'card_declined'],
      ['4000000000009995', 'insufficient_funds'],
      ['4000000000000069', 'expired_card'],
    ] as const) {
      const body = await guestPaymentBody(h, number);
      const key = newKey();
      problem(await pay(h, body, key), 402, code);
      const replay = await pay(h, body, key);
      problem(replay, 402, code);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      const retry = { ...body, paymentMethodToken: (await tokenize(h, card('4242424242424242'))).token };
      parsed(s.Payment, await pay(h, retry, newKey()), 201);
      await h.rows("UPDATE accounts SET amount_due_cents = 8417 WHERE id = 'acct-sc-0300'");
    }
    assert.equal(await count(h, 'payments'), 3);
  });

  it('refuses a fee the server does not charge with 409 fee_changed', async () => {
    const h = await harness();
    const body = await guestPaymentBody(h);
    problem(await pay(h, { ...body, expectedFeeCents: 0 }, newKey()), 409, 'fee_changed');
    parsed(s.Payment, await pay(h, body, newKey()), 201);
  });

  it('enforces the amount range and the full-only rule', async () => {
    const h = await harness();
    const body = await guestPaymentBody(h);
    problem(await pay(h, { ...body, amountCents: 99, expectedFeeCents: 3 }), 422, 'amount_out_of_range');
    problem(await pay(h, { ...body, amountCents: 1_000_001, expectedFeeCents: 29_500 }), 422, 'amount_out_of_range');
    parsed(s.Payment, await pay(h, { ...body, amountCents: 5000, expectedFeeCents: 148 }), 201);

    const invoice = await lookUp(h, guestInvoice);
    const method = await tokenize(h, card('4242424242424242'));
    const invoiceBody = {
      ...body,
      source: { kind: 'lookup', lookupToken: invoice.lookupToken },
      paymentMethodToken: method.token,
    };
    problem(await pay(h, { ...invoiceBody, amountCents: 10_000, expectedFeeCents: 295 }), 422, 'amount_out_of_range');
    parsed(s.Payment, await pay(h, { ...invoiceBody, amountCents: 25_000, expectedFeeCents: 738 }), 201);
  });

  it('answers an expired, unknown or used lookup with 410 lookup_expired', async () => {
    const h = await harness({ lookupTtlSeconds: 120 });
    const body = await guestPaymentBody(h);
    h.clock.advance(121);
    problem(await pay(h, body), 410, 'lookup_expired');
    problem(await pay(h, { ...body, source: { kind: 'lookup', lookupToken: 'unknown' } }), 410, 'lookup_expired');

    const fresh = await guestPaymentBody(h);
    parsed(s.Payment, await pay(h, fresh), 201);
    const method = await tokenize(h, card('4242424242424242'));
    problem(await pay(h, { ...fresh, paymentMethodToken: method.token }), 410, 'lookup_expired');
  });

  it('uses a payment-method token once, and not after 30 minutes', async () => {
    const h = await harness();
    const body = await guestPaymentBody(h);
    parsed(s.Payment, await pay(h, { ...body, amountCents: 1000, expectedFeeCents: 30 }), 201);
    const second = { ...(await guestPaymentBody(h)), paymentMethodToken: body.paymentMethodToken };
    problem(await pay(h, second), 422, 'payment_method_expired');

    const late = await guestPaymentBody(h);
    h.clock.advance(30 * 60 + 1);
    const relooked = { ...late, source: { kind: 'lookup', lookupToken: (await lookUp(h)).lookupToken } };
    problem(await pay(h, relooked), 422, 'payment_method_expired');
  });

  it('needs the bank authorization for a bank payment', async () => {
    const h = await harness();
    const lookup = await lookUp(h);
    const method = await tokenize(h, bankAccount);
    const body = {
      source: { kind: 'lookup', lookupToken: lookup.lookupToken },
      amountCents: 8417,
      paymentMethodToken: method.token,
      expectedFeeCents: 0,
      receiptEmail: null,
      bankAuthorization: false,
    };
    problem(await pay(h, body), 422, 'bank_authorization_required');
    const payment = parsed(s.Payment, await pay(h, { ...body, bankAuthorization: true }), 201);
    assert.deepEqual(payment.method, { type: 'bank', brand: 'bank', last4: '6789' });
  });

  it('declines test bank account 000111111116 for insufficient funds', async () => {
    const h = await harness();
    const lookup = await lookUp(h);
    const method = await tokenize(h, { ...bankAccount, accountNumber: '000111111116' });
    const body = {
      source: { kind: 'lookup', lookupToken: lookup.lookupToken },
      amountCents: 8417,
      paymentMethodToken: method.token,
      expectedFeeCents: 0,
      receiptEmail: null,
      bankAuthorization: true,
    };
    problem(await pay(h, body), 402, 'insufficient_funds');
  });

  it('pays a signed-in resident’s own account and adds it to the activity', async () => {
    const h = await harness();
    const token = await signIn(h);
    const method = await tokenize(h, card('5555555555554444'));
    const body = {
      source: { kind: 'account', accountId: 'acct-sc-0302' },
      amountCents: 14_590,
      paymentMethodToken: method.token,
      expectedFeeCents: 430,
      receiptEmail: null,
      bankAuthorization: false,
    };
    problem(await pay(h, body), 401, 'unauthorized');
    problem(
      await pay(h, { ...body, source: { kind: 'account', accountId: 'acct-sc-0300' } }, newKey(), token),
      404,
      'not_found',
    );
    const payment = parsed(s.Payment, await pay(h, body, newKey(), token), 201);
    const account = parsed(s.Account, await h.call('GET', '/v1/accounts/acct-sc-0302', { token }), 200);
    assert.deepEqual([account.amountDueCents, account.pastDueCents, account.balanceCents], [0, 0, 0]);
    assert.deepEqual(account.lastPayment, { amountCents: 14_590, date: '2026-03-10' });
    const page = parsed(s.ActivityPage, await h.call('GET', '/v1/accounts/acct-sc-0302/activity', { token }), 200);
    assert.deepEqual(page.items[0], {
      id: page.items[0]!.id,
      type: 'payment',
      date: '2026-03-10',
      description: `Online payment ${payment.confirmation}`,
      amountCents: -14_590,
    });
  });
});

describe('receipts', () => {
  it('shows the receipt with the right token and 404 otherwise', async () => {
    const h = await harness();
    const payment = parsed(s.Payment, await pay(h, await guestPaymentBody(h)), 201);
    const path = `/v1/payments/${payment.confirmation}`;
    const receipt = parsed(
      s.Receipt,
      await h.call('GET', path, { headers: { 'x-receipt-token': payment.receiptToken } }),
      200,
    );
    const { receiptToken: _, ...expected } = payment;
    assert.deepEqual(receipt, expected);
    problem(await h.call('GET', path), 404, 'not_found');
    problem(await h.call('GET', path, { headers: { 'x-receipt-token': 'wrong' } }), 404, 'not_found');
    problem(
      await h.call('GET', '/v1/payments/SC-NOTREAL1', { headers: { 'x-receipt-token': payment.receiptToken } }),
      404,
      'not_found',
    );
  });
});
