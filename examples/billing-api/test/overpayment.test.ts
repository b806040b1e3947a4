import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as s from '../../../src/api/schemas.js';
import {
  TENANT,
  card,
  guestPaymentBody,
  harness,
  lookUp,
  parsed,
  pay,
  problem,
  signIn,
  storageWithTenant,
  tokenize,
} from './helpers.js';

const DUE = 8417;
const feeFor = (amountCents: number) => Math.round((amountCents * 295) / 10_000);
const sanClementeAmount = { minCents: 100, maxCents: 1_000_000, partialPayment: 'allowed' as const };

async function withRule(overpayment: s.OverpaymentRule) {
  return harness({ storage: await storageWithTenant({ amount: { ...sanClementeAmount, overpayment } }) });
}

describe('overpayment rule', () => {
  it('is public tenant config, validated by the shared schema', async () => {
    const h = await harness();
    const tenant = parsed(s.Tenant, await h.call('GET', TENANT), 200);
    assert.deepEqual(tenant.amount.overpayment, { rule: 'up-to', maxCreditCents: 50_000 });
  });

  it('`up-to`: the demo city takes up to $500.00 over the amount due, and refuses a cent more with its own code', async () => {
    const h = await harness();
    const body = await guestPaymentBody(h);
    assert.equal((await lookUp(h)).maxCents, DUE + 50_000);
    const tooMuch = DUE + 50_001;
    const refused = problem(
      await pay(h, { ...body, amountCents: tooMuch, expectedFeeCents: feeFor(tooMuch) }),
      422,
      'overpayment_not_allowed',
    );
    assert.match(refused.detail ?? '', /at most 58417 cents/);
    const most = DUE + 50_000;
    parsed(s.Payment, await pay(h, { ...body, amountCents: most, expectedFeeCents: feeFor(most) }), 201);
  });

  it('before: $10,000 onto a bill of $84.17 was accepted; `not-allowed` refuses even a cent over', async () => {
    const h = await withRule({ rule: 'not-allowed' });
    const body = await guestPaymentBody(h);
    problem(
      await pay(h, { ...body, amountCents: 1_000_000, expectedFeeCents: feeFor(1_000_000) }),
      422,
      'overpayment_not_allowed',
    );
    problem(
      await pay(h, { ...body, amountCents: DUE + 1, expectedFeeCents: feeFor(DUE + 1) }),
      422,
      'overpayment_not_allowed',
    );
    parsed(s.Payment, await pay(h, { ...body, amountCents: DUE, expectedFeeCents: feeFor(DUE) }), 201);
  });

  it('applies to a signed-in resident’s own accounts too', async () => {
    const h = await withRule({ rule: 'not-allowed' });
    const token = await signIn(h);
    const own = async (amountCents: number) => ({
      source: { kind: 'account', accountId: 'acct-sc-0301' },
      amountCents,
      paymentMethodToken: (await tokenize(h, card('4242424242424242'))).token,
      expectedFeeCents: feeFor(amountCents),
      receiptEmail: null,
      bankAuthorization: false,
    });
    problem(await pay(h, await own(6241), undefined, token), 422, 'overpayment_not_allowed');
    parsed(s.Payment, await pay(h, await own(6240), undefined, token), 201);
  });

  it('`allowed` (or no rule): up to the tenant’s maximum, beyond which the amount is out of range', async () => {
    const h = await withRule({ rule: 'allowed' });
    const body = await guestPaymentBody(h);
    assert.equal((await lookUp(h)).maxCents, 1_000_000);
    problem(
      await pay(h, { ...body, amountCents: 1_000_001, expectedFeeCents: feeFor(1_000_001) }),
      422,
      'amount_out_of_range',
    );
    parsed(s.Payment, await pay(h, { ...body, amountCents: 1_000_000, expectedFeeCents: feeFor(1_000_000) }), 201);
  });
});
