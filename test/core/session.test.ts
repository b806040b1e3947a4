import { expect } from '@open-wc/testing';
import { billingFor } from '../../src/core/billing.js';
import { SessionChangeEvent } from '../../src/core/session.js';
import { BillingError } from '../../src/api/errors.js';
import { TEST_API, TENANT, RESIDENT } from '../helpers/env.js';
import '../helpers/lit-warnings.js';

describe('SessionStore', () => {
  const billing = billingFor(TEST_API, TENANT);
  const reasons: string[] = [];
  const record = (event: Event) => reasons.push((event as SessionChangeEvent).reason);

  beforeEach(() => {
    reasons.length = 0;
    billing.session.addEventListener('change', record);
  });
  afterEach(async () => {
    await billing.session.signOut(billing.client);
    billing.session.removeEventListener('change', record);
  });

  it('is shared by every caller for one API and tenant', () => {
    expect(billingFor(TEST_API, TENANT)).to.equal(billing);
    expect(billingFor(TEST_API, 'harbor-district')).not.to.equal(billing);
  });

  it('signs in, sends the token on account calls, and forgets it on sign-out', async () => {
    const customer = await billing.session.signIn(billing.client, RESIDENT);
    expect(customer.username).to.equal('resident');
    expect(billing.session.signedIn).to.equal(true);
    expect(billing.session.expiresAt).to.be.greaterThan(Date.now());
    expect((await billing.client.listAccounts()).accounts).to.have.length(2);

    await billing.session.signOut(billing.client);
    expect(billing.session.signedIn).to.equal(false);
    expect(reasons).to.deep.equal(['signed-in', 'signed-out']);
  });

  it('keeps the token out of every storage and cookie', async () => {
    await billing.session.signIn(billing.client, RESIDENT);
    const token = billing.session.bearerToken()!;
    const stored = [document.cookie, ...Object.values(localStorage), ...Object.values(sessionStorage)].join('\n');
    expect(stored).not.to.contain(token);
  });

  it('expires when the API refuses the token', async () => {
    await billing.session.signIn(billing.client, RESIDENT);
    await billing.client.signOut();
    let error: unknown;
    try {
      await billing.client.listAccounts();
    } catch (caught) {
      error = caught;
    }
    expect((error as BillingError).code).to.equal('unauthorized');
    expect(billing.session.signedIn).to.equal(false);
    expect(reasons).to.deep.equal(['signed-in', 'expired']);
  });

  it('stays signed in when the resident asks, moving the expiry forward', async () => {
    await billing.session.signIn(billing.client, RESIDENT);
    const before = billing.session.expiresAt;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await billing.session.extend(billing.client);
    expect(billing.session.expiresAt).to.be.greaterThan(before);
    expect(reasons).to.deep.equal(['signed-in', 'extended']);
  });

  it('signs out locally even when the API cannot be reached', async () => {
    await billing.session.signIn(billing.client, RESIDENT);
    const original = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      await billing.session.signOut(billing.client);
    } finally {
      window.fetch = original;
    }
    expect(billing.session.signedIn).to.equal(false);
  });
});
