import { expect } from '@open-wc/testing';
import '../../helpers/lit-warnings.js';
import type { PaymentRequest } from '../../../src/api/schemas.js';
import { PaymentAttemptStore, attemptStoreFor } from '../../../src/elements/guest-pay/payment-attempt-store.js';

const body: PaymentRequest = {
  source: { kind: 'lookup', lookupToken: 'lookup-token' },
  amountCents: 8417,
  paymentMethodToken: 'pm-token',
  expectedFeeCents: 248,
  receiptEmail: null,
  bankAuthorization: false,
};

describe('payment attempt store', () => {
  afterEach(() => sessionStorage.clear());

  it('is one store per API and tenant, so a sent payment survives between calls without sessionStorage', () => {
    expect(attemptStoreFor('http://api.test', 'city')).to.equal(attemptStoreFor('http://api.test', 'city'));
    expect(attemptStoreFor('http://api.test', 'other')).not.to.equal(attemptStoreFor('http://api.test', 'city'));
  });

  it('gives every reviewed payment a new UUID key', () => {
    const store = new PaymentAttemptStore('http://api.test', 'city');
    const first = store.begin();
    const second = store.begin();
    expect(first.key).to.match(/^[0-9a-f-]{36}$/);
    expect(second.key).not.to.equal(first.key);
  });

  it('finds a sent payment after a reload: same key, same body', () => {
    const before = new PaymentAttemptStore('http://api.test', 'city');
    const sent = before.submit(before.begin(), body);
    const afterReload = new PaymentAttemptStore('http://api.test', 'city');
    expect(afterReload.pending()).to.deep.equal({ key: sent.key, body });
  });

  it('forgets a payment that was only reviewed, never sent', () => {
    new PaymentAttemptStore('http://api.test', 'city').begin();
    const afterReload = new PaymentAttemptStore('http://api.test', 'city');
    expect(afterReload.pending()).to.equal(undefined);
    expect(sessionStorage.length).to.equal(0);
  });

  it('clears the key once the outcome is known', () => {
    const store = new PaymentAttemptStore('http://api.test', 'city');
    store.submit(store.begin(), body);
    store.clear();
    expect(store.pending()).to.equal(undefined);
    expect(new PaymentAttemptStore('http://api.test', 'city').pending()).to.equal(undefined);
  });

  it('keeps attempts of different tenants apart', () => {
    const city = new PaymentAttemptStore('http://api.test', 'city');
    city.submit(city.begin(), body);
    expect(new PaymentAttemptStore('http://api.test', 'harbor').pending()).to.equal(undefined);
  });

  it('stores no card or bank number, only the tokens the server hashed', () => {
    const store = new PaymentAttemptStore('http://api.test', 'city');
    store.submit(store.begin(), body);
    const stored = JSON.parse(sessionStorage.getItem(sessionStorage.key(0)!)!);
    expect(Object.keys(stored.body).sort()).to.deep.equal(Object.keys(body).sort());
  });

  it('still protects in memory when storage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    const store = new PaymentAttemptStore('http://api.test', 'city', broken);
    const sent = store.submit(store.begin(), body);
    expect(store.pending()?.key).to.equal(sent.key);
  });

  it('ignores an unreadable entry', () => {
    sessionStorage.setItem('civicpay.payment-attempt:http://api.test|city', '{not json');
    expect(new PaymentAttemptStore('http://api.test', 'city').pending()).to.equal(undefined);
  });
});
