// Lookup, payment-method, session and receipt tokens: single use where the contract says so,
// and valid only for the tenant that issued them.
import { describe, it } from 'node:test';
import {
  call,
  expectStatus,
  guestPayment,
  lookUp,
  OTHER_TENANT,
  otherTenantLookup,
  pay,
  quoteFee,
  signIn,
  tokenize,
} from './lib/api.mjs';

describe('tokens', () => {
  it('a payment-method token pays once: reused with a new lookup it is 422 payment_method_expired', async () => {
    const { body } = await guestPayment();
    expectStatus(await pay(body), 201);
    const lookup = await lookUp();
    const reused = { ...body, source: { kind: 'lookup', lookupToken: lookup.lookupToken } };
    expectStatus(await pay(reused), 422, 'payment_method_expired');
  });

  it('a lookup token pays once: reused with a new payment method it is 410 lookup_expired', async () => {
    const { body } = await guestPayment();
    expectStatus(await pay(body), 201);
    const method = await tokenize();
    expectStatus(await pay({ ...body, paymentMethodToken: method.token }), 410, 'lookup_expired');
  });

  it('another tenant’s lookup token is 410 lookup_expired here', async () => {
    const foreignLookup = await lookUp(OTHER_TENANT, otherTenantLookup());
    const { body } = await guestPayment();
    const quote = await quoteFee(foreignLookup.minCents);
    const json = {
      ...body,
      source: { kind: 'lookup', lookupToken: foreignLookup.lookupToken },
      amountCents: foreignLookup.minCents,
      expectedFeeCents: quote.feeCents,
    };
    expectStatus(await pay(json), 410, 'lookup_expired');
  });

  it('another tenant’s payment-method token is 422 payment_method_expired here', async () => {
    const foreignMethod = await tokenize(OTHER_TENANT);
    const { body } = await guestPayment();
    expectStatus(await pay({ ...body, paymentMethodToken: foreignMethod.token }), 422, 'payment_method_expired');
  });

  it('a receipt opens only with its own payment’s receipt token', async () => {
    const first = expectStatus(await pay((await guestPayment()).body), 201);
    const second = expectStatus(await pay((await guestPayment()).body), 201);
    const receipt = (confirmation, token) =>
      call('GET', `/v1/payments/${encodeURIComponent(confirmation)}`, { headers: { 'x-receipt-token': token } });
    expectStatus(await receipt(first.confirmation, first.receiptToken), 200);
    expectStatus(await receipt(first.confirmation, second.receiptToken), 404, 'not_found');
    expectStatus(await receipt(first.confirmation, ''), 404, 'not_found');
  });

  it('a session token stops working at sign-out', async () => {
    const session = await signIn();
    expectStatus(await call('GET', '/v1/accounts', { token: session.token }), 200);
    expectStatus(await call('DELETE', '/v1/sessions/current', { token: session.token }), 204);
    expectStatus(await call('GET', '/v1/accounts', { token: session.token }), 401, 'unauthorized');
  });
});
