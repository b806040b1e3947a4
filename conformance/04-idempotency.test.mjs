// An Idempotency-Key makes a payment happen once, however many times and however concurrently
// it is sent; the same key with another body is refused.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectStatus, guestPayment, lookUp, newKey, pay, settings } from './lib/api.mjs';

const CONCURRENT = 20;

describe('idempotency', () => {
  it(`makes one payment from ${CONCURRENT} concurrent requests with one key`, async () => {
    const { body, lookup } = await guestPayment();
    const key = newKey();
    const replies = await Promise.all(Array.from({ length: CONCURRENT }, () => pay(body, key)));
    const payments = replies.map((reply) => expectStatus(reply, 201));
    const confirmations = new Set(payments.map((payment) => payment.confirmation));
    assert.equal(confirmations.size, 1, `one confirmation, not ${[...confirmations]}`);
    const fresh = replies.filter((reply) => reply.headers.get('idempotent-replayed') !== 'true');
    assert.equal(fresh.length, 1, 'exactly one answer is not a replay');
    const after = await lookUp();
    assert.equal(after.amountDueCents, lookup.amountDueCents - body.amountCents, 'the bill was paid once');
  });

  it('replays the stored outcome for the same key and body, and each replay opens the receipt', async () => {
    const { body } = await guestPayment();
    const key = newKey();
    const first = expectStatus(await pay(body, key), 201);
    const again = await pay(body, key);
    const replayed = expectStatus(again, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(replayed.confirmation, first.confirmation);
    assert.equal(replayed.totalCents, first.totalCents);
  });

  it('replays a decline too', async () => {
    const { body } = await guestPayment({ cardNumber: settings.data.cards.declined });
    const key = newKey();
    expectStatus(await pay(body, key), 402, 'card_declined');
    const again = await pay(body, key);
    expectStatus(again, 402, 'card_declined');
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
  });

  it('refuses the same key with another body with 422 idempotency_conflict', async () => {
    const { body } = await guestPayment();
    const key = newKey();
    expectStatus(await pay(body, key), 201);
    expectStatus(await pay({ ...body, receiptEmail: 'other@example.com' }, key), 422, 'idempotency_conflict');
  });
});
