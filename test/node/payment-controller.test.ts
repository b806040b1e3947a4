// The guest-pay payment controller against a real reference API process: its states, the attempt
// it keeps for a reload, stale fee quotes, and a lost answer that is asked for again, never paid twice.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createBillingClient, type BillingClient } from '../../src/api/client.js';
import { BillingError } from '../../src/api/errors.js';
import type { FeeQuoteRequest, PaymentRequest } from '../../src/api/schemas.js';
import { PaymentAttemptStore } from '../../src/elements/guest-pay/payment-attempt-store.js';
import {
  PaymentController,
  type PaymentDetails,
  type PaymentEndpoint,
} from '../../src/elements/guest-pay/payment-controller.js';
import { sharedDatabaseEnv, startInstance, type Instance } from '../../examples/billing-api/test/instances.js';

const CARD_APPROVED = '4242424242424242';
const CARD_DECLINED = '4000000000000002';

/** Web Storage as a tab keeps it across a reload: the same object handed to a new store. */
class TabStorage {
  readonly #items = new Map<string, string>();
  getItem = (key: string) => this.#items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.#items.set(key, value);
  removeItem = (key: string) => void this.#items.delete(key);
}

class Host implements ReactiveControllerHost {
  updates = 0;
  readonly controllers: ReactiveController[] = [];
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates += 1;
  }
}

let api: Instance;
let client: BillingClient;

before(async () => {
  api = await startInstance({ ...(await sharedDatabaseEnv()), TOKENIZE_PER_CARD: '1000', LOOKUPS_PER_ADDRESS: '1000' });
  client = createBillingClient({ api: api.url, tenant: 'san-clemente', retryLimit: 0 });
});
after(() => api.stop());

async function paymentDetails(card = CARD_APPROVED): Promise<PaymentDetails> {
  const lookup = await client.createLookup({ kind: 'account', accountNumber: '482910375', zip: '92672' });
  const method = await client.createPaymentMethod({
    type: 'card',
    number: card,
    expMonth: 12,
    expYear: new Date().getFullYear() + 2,
    cvc: '123',
    name: 'Jordan Resident',
    zip: '92672',
  });
  return {
    source: { kind: 'lookup', lookupToken: lookup.lookupToken },
    amountCents: 8417,
    paymentMethodToken: method.token,
    receiptEmail: null,
    bankAuthorization: false,
  };
}

const quoteRequest: FeeQuoteRequest = { amountCents: 8417, method: 'card' };

describe('payment controller', () => {
  let storage: TabStorage;
  let store: PaymentAttemptStore;
  let host: Host;

  const controllerWith = (calls: PaymentEndpoint['client'] = client, attempts = store) =>
    new PaymentController(host, () => ({ client: calls, store: attempts }));

  beforeEach(() => {
    storage = new TabStorage();
    store = new PaymentAttemptStore(api.url, 'san-clemente', storage as unknown as Storage);
    host = new Host();
  });

  it('reviews with the server fee, pays once, and forgets the attempt', async () => {
    const payments = controllerWith();
    assert.equal(host.controllers[0], payments, 'it joins its host');
    const quote = await payments.review(quoteRequest);
    assert.equal(payments.state.name, 'reviewing');
    assert.deepEqual(payments.quote, quote);
    assert.ok(quote && quote.feeCents > 0, 'the card fee comes from the server');

    const sending = payments.pay(await paymentDetails());
    assert.equal(payments.state.name, 'sending');
    assert.ok(store.pending(), 'the body is stored before it is sent');
    assert.deepEqual(payments.quote, quote, 'the reviewed fee stays shown while it is sent');
    const outcome = await sending;

    assert.equal(outcome.kind, 'approved');
    assert.equal(payments.state.name, 'done');
    assert.equal(store.pending(), undefined);
    assert.ok(host.updates >= 4, 'every change asks the host to render');
    if (outcome.kind !== 'approved') return;
    const receipt = await client.getReceipt(outcome.payment.confirmation, outcome.payment.receiptToken);
    assert.equal(receipt.totalCents, 8417 + quote.feeCents, 'the server recorded the reviewed total');
  });

  it('a declined card ends the attempt with its code', async () => {
    const payments = controllerWith();
    await payments.review(quoteRequest);
    const outcome = await payments.pay(await paymentDetails(CARD_DECLINED));
    assert.deepEqual(outcome, { kind: 'refused', code: 'card_declined', fieldErrors: [], resumed: false });
    assert.equal(payments.state.name, 'failed');
    assert.equal(store.pending(), undefined, 'the key is never used again');
  });

  it('drops a fee quote answered after a newer one was asked for, and aborts the older call', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const signals: AbortSignal[] = [];
    const slowFirst: PaymentEndpoint['client'] = {
      createPayment: client.createPayment,
      quoteFee: async (request, options) => {
        signals.push(options!.signal!);
        if (signals.length === 1) await released;
        return client.quoteFee(request);
      },
    };
    const payments = controllerWith(slowFirst);
    const first = payments.review({ amountCents: 1000, method: 'card' });
    const second = await payments.review({ amountCents: 5000, method: 'card' });
    release();
    assert.equal(await first, undefined, 'the older answer is dropped');
    assert.equal(signals[0]!.aborted, true);
    assert.equal(signals[1]!.aborted, false);
    assert.equal(payments.quote?.amountCents, 5000);
    assert.deepEqual(payments.quote, second);
  });

  it('a lost answer is in doubt; Try again replays the same payment, and a reload asks for it too', async () => {
    let answersLost = 1;
    const lossy: PaymentEndpoint['client'] = {
      quoteFee: client.quoteFee,
      createPayment: async (body, key, options) => {
        const payment = await client.createPayment(body, key, options);
        if (answersLost-- > 0) throw new BillingError('network', 'The answer was lost');
        return payment;
      },
    };
    const payments = controllerWith(lossy);
    await payments.review(quoteRequest);
    const lost = await payments.pay(await paymentDetails());
    assert.deepEqual(lost, { kind: 'in-doubt', code: 'network' });
    assert.equal(payments.state.name, 'in-doubt');
    assert.equal(await payments.review(quoteRequest), undefined, 'no new review while in doubt');
    const kept = store.pending();
    assert.ok(kept, 'the key and body are kept for a reload');

    const afterReload = controllerWith(client, new PaymentAttemptStore(api.url, 'san-clemente', storage as never));
    const resumed = await afterReload.resume(false);
    assert.equal(resumed.kind, 'approved');
    assert.equal(afterReload.state.name, 'done');

    const retried = await payments.retry();
    assert.equal(retried.kind, 'approved');
    if (retried.kind !== 'approved' || resumed.kind !== 'approved') return;
    assert.equal(retried.payment.confirmation, resumed.payment.confirmation, 'one payment, replayed');
  });

  it('a payment from a signed-in account waits for the sign-in before it is asked for again', async () => {
    const sent: PaymentRequest = {
      source: { kind: 'account', accountId: 'acct-sc-0300' },
      amountCents: 100,
      paymentMethodToken: 'token',
      expectedFeeCents: 0,
      receiptEmail: null,
      bankAuthorization: false,
    };
    store.submit(store.begin(), sent);
    const payments = controllerWith();
    assert.deepEqual(await payments.resume(false), { kind: 'none' });
    assert.equal(payments.state.name, 'resuming');
    assert.equal(payments.resuming, true);
    assert.ok(store.pending(), 'still kept until the resident signs in');
  });

  it('back from the review clears the reviewed key; a payment in doubt cannot be left', async () => {
    const stored = () => storage.getItem(`civicpay.payment-attempt:${api.url}|san-clemente`);
    const payments = controllerWith();
    await payments.review(quoteRequest);
    assert.ok(stored());
    payments.cancel();
    assert.equal(payments.state.name, 'idle');
    assert.equal(stored(), null);

    const unanswered = controllerWith({
      quoteFee: client.quoteFee,
      createPayment: () => Promise.reject(new BillingError('timeout', 'No answer in time')),
    });
    await unanswered.review(quoteRequest);
    assert.equal((await unanswered.pay(await paymentDetails())).kind, 'in-doubt');
    unanswered.cancel();
    assert.equal(unanswered.state.name, 'in-doubt');
    assert.ok(stored(), 'the sent body stays until its outcome is known');
  });
});
