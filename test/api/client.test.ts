import { expect } from '@open-wc/testing';
import { createBillingClient, type BillingClient } from '../../src/api/client.js';
import { BillingError } from '../../src/api/errors.js';
import { TEST_API, TENANT, RESIDENT } from '../helpers/env.js';
import '../helpers/lit-warnings.js';

async function rejection(promise: Promise<unknown>): Promise<BillingError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(BillingError);
    return error as BillingError;
  }
  throw new Error('Expected the call to fail');
}

/** Replaces window.fetch for one test; the client resolves fetch at call time. */
function stubFetch(respond: (request: Request) => Promise<Response>): () => void {
  const original = window.fetch;
  window.fetch = (input, init) => respond(new Request(input, init));
  return () => {
    window.fetch = original;
  };
}

describe('billing client against the reference API', () => {
  let token: string | undefined;
  const client = createBillingClient({ api: TEST_API, tenant: TENANT, token: () => token });

  afterEach(() => {
    token = undefined;
  });

  it('reads the public tenant configuration', async () => {
    const tenant = await client.getTenant();
    expect(tenant.id).to.equal('san-clemente');
    expect(tenant.name).to.equal('City of San Clemente');
    expect(tenant.paymentMethods).to.include('card');
  });

  it('signs the demo resident in and lists their two accounts', async () => {
    const session = await client.signIn(RESIDENT);
    expect(session.customer.username).to.equal('resident');
    token = session.token;
    const { accounts } = await client.listAccounts();
    expect(accounts).to.have.length(2);
    expect(accounts.some((account) => account.pastDueCents > 0)).to.equal(true);
    const page = await client.listActivity(accounts[0].id);
    expect(page.items.length).to.be.greaterThan(0);
    await client.signOut();
    expect((await rejection(client.listAccounts())).code).to.equal('unauthorized');
  });

  it('says invalid_credentials for a wrong password without telling which part was wrong', async () => {
    const error = await rejection(client.signIn({ username: 'client-test-nobody', password: 'wrong' }));
    expect(error.code).to.equal('invalid_credentials');
    expect(error.status).to.equal(401);
  });

  it('says unauthorized when no one is signed in', async () => {
    expect((await rejection(client.getProfile())).code).to.equal('unauthorized');
  });

  it('says unknown_tenant for a tenant the API does not know', async () => {
    const stranger = createBillingClient({ api: TEST_API, tenant: 'atlantis' });
    expect((await rejection(stranger.getTenant())).code).to.equal('unknown_tenant');
  });

  it('looks up the demo utility account and invoice', async () => {
    const account = await client.createLookup({ kind: 'account', accountNumber: '482910375', zip: '92672' });
    expect(account.amountDueCents).to.equal(8417);
    expect(account.payee.maskedNumber).not.to.contain('482910375');
    const invoice = await client.createLookup({ kind: 'invoice', invoiceNumber: 'AR-10045', zip: '92672' });
    expect(invoice.amountDueCents).to.equal(25000);
  });

  it('says lookup_failed for a wrong ZIP', async () => {
    const error = await rejection(client.createLookup({ kind: 'account', accountNumber: '482910375', zip: '90210' }));
    expect(error.code).to.equal('lookup_failed');
  });

  it('reports field errors for a body the API refuses', async () => {
    const bad = { kind: 'account', accountNumber: 'abc', zip: '1' } as unknown as Parameters<
      BillingClient['createLookup']
    >[0];
    const error = await rejection(client.createLookup(bad));
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors.map((field) => field.field)).to.include('accountNumber');
  });

  it('pays once per Idempotency-Key and replays the same confirmation', async () => {
    const lookup = await client.createLookup({ kind: 'account', accountNumber: '482910375', zip: '92672' });
    const method = await client.createPaymentMethod({
      type: 'card',
      number: '4242424242424242',
      expMonth: 12,
      expYear: new Date().getFullYear() + 2,
      cvc: '123',
      name: 'Client Test',
      zip: '92672',
    });
    expect(method).to.include({ brand: 'visa', last4: '4242' });
    const quote = await client.quoteFee({ amountCents: 1000, method: 'card' });
    const body = {
      source: { kind: 'lookup' as const, lookupToken: lookup.lookupToken },
      amountCents: 1000,
      paymentMethodToken: method.token,
      expectedFeeCents: quote.feeCents,
      receiptEmail: null,
      bankAuthorization: false,
    };
    const key = crypto.randomUUID();
    const first = await client.createPayment(body, key);
    const replay = await client.createPayment(body, key);
    expect(replay.confirmation).to.equal(first.confirmation);
    expect(first.totalCents).to.equal(1000 + quote.feeCents);

    const receipt = await client.getReceipt(first.confirmation, first.receiptToken);
    expect(receipt.confirmation).to.equal(first.confirmation);
    expect((await rejection(client.getReceipt(first.confirmation, 'not-the-token'))).code).to.equal('not_found');

    const conflict = await rejection(client.createPayment({ ...body, amountCents: 1001 }, key));
    expect(conflict.code).to.equal('idempotency_conflict');
  });

  it('says card_declined for the declining test card', async () => {
    const lookup = await client.createLookup({ kind: 'account', accountNumber: '482910375', zip: '92672' });
    const method = await client.createPaymentMethod({
      type: 'card',
      number: '4000000000000002',
      expMonth: 1,
      expYear: new Date().getFullYear() + 1,
      cvc: '123',
      name: 'Client Test',
      zip: '92672',
    });
    const quote = await client.quoteFee({ amountCents: 500, method: 'card' });
    const error = await rejection(
      client.createPayment(
        {
          source: { kind: 'lookup', lookupToken: lookup.lookupToken },
          amountCents: 500,
          paymentMethodToken: method.token,
          expectedFeeCents: quote.feeCents,
          receiptEmail: null,
          bankAuthorization: false,
        },
        crypto.randomUUID(),
      ),
    );
    expect(error.code).to.equal('card_declined');
  });
});

describe('billing client against hostile or failing responses', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  const client = () => createBillingClient({ api: TEST_API, tenant: TENANT, timeoutMs: 300, retryLimit: 0 });

  it('says invalid_response for a body of the wrong shape', async () => {
    restore = stubFetch(async () => Response.json({ id: 42, name: null }));
    expect((await rejection(client().getTenant())).code).to.equal('invalid_response');
  });

  it('says invalid_response for HTML instead of JSON', async () => {
    restore = stubFetch(async () => new Response('<html><script>alert(1)</script></html>', { status: 200 }));
    expect((await rejection(client().getTenant())).code).to.equal('invalid_response');
  });

  it('says server_error for a 500 with an HTML body', async () => {
    restore = stubFetch(async () => new Response('<h1>Internal Server Error</h1>', { status: 500 }));
    const error = await rejection(client().getTenant());
    expect(error.code).to.equal('server_error');
    expect(error.status).to.equal(500);
  });

  it('keeps unknown problem codes generic', async () => {
    restore = stubFetch(async () =>
      Response.json(
        { type: 'about:blank', title: 'Teapot', status: 418, code: 'i_am_a_teapot' },
        { status: 418, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    expect((await rejection(client().getTenant())).code).to.equal('http_error');
  });

  it('reads the wait from Retry-After on 429', async () => {
    restore = stubFetch(async () =>
      Response.json(
        { type: 'about:blank', title: 'Too many', status: 429, code: 'rate_limited' },
        { status: 429, headers: { 'content-type': 'application/problem+json', 'retry-after': '120' } },
      ),
    );
    const error = await rejection(client().signIn({ username: 'x', password: 'y' }));
    expect(error.code).to.equal('rate_limited');
    expect(error.retryAfterSeconds).to.equal(120);
  });

  it('says timeout when the API does not answer in time', async () => {
    restore = stubFetch(
      (request) =>
        new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason))),
    );
    expect((await rejection(client().getTenant())).code).to.equal('timeout');
  });

  it('says aborted when the caller cancels', async () => {
    restore = stubFetch(
      (request) =>
        new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason))),
    );
    const controller = new AbortController();
    const call = client().getTenant({ signal: controller.signal });
    controller.abort();
    expect((await rejection(call)).code).to.equal('aborted');
  });

  it('says network when the connection is refused', async () => {
    const refused = createBillingClient({ api: 'http://localhost:9', tenant: TENANT, retryLimit: 0 });
    expect((await rejection(refused.getTenant())).code).to.equal('network');
  });

  it('retries a safe call after a server error and succeeds', async () => {
    let calls = 0;
    const original = window.fetch;
    restore = stubFetch(async (request) => {
      calls += 1;
      return calls === 1 ? new Response('busy', { status: 503 }) : original(request);
    });
    const retrying = createBillingClient({ api: TEST_API, tenant: TENANT, retryLimit: 2 });
    expect((await retrying.getTenant()).id).to.equal('san-clemente');
    expect(calls).to.equal(2);
  });

  it('never retries a sign-in', async () => {
    let calls = 0;
    restore = stubFetch(async () => {
      calls += 1;
      return new Response('busy', { status: 503 });
    });
    const retrying = createBillingClient({ api: TEST_API, tenant: TENANT, retryLimit: 2 });
    expect((await rejection(retrying.signIn({ username: 'x', password: 'y' }))).code).to.equal('server_error');
    expect(calls).to.equal(1);
  });

  it('keeps the bearer token out of the errors it throws', async () => {
    restore = stubFetch(async () => new Response('<h1>Internal Server Error</h1>', { status: 500 }));
    const withToken = createBillingClient({
      api: TEST_API,
      tenant: TENANT,
      retryLimit: 0,
      token: () => 'secret-bearer-token',
    });
    const failed = await rejection(withToken.listAccounts());
    expect(failed.code).to.equal('server_error');
    expect(failed.cause).to.equal(undefined);
  });

  it('refuses an API URL that carries a user name or password', () => {
    expect(() => createBillingClient({ api: 'https://user:pass@billing.example', tenant: TENANT })).to.throw(
      BillingError,
    );
  });

  it('refuses an API URL that is not http(s)', () => {
    expect(() => createBillingClient({ api: 'javascript:alert(1)', tenant: TENANT })).to.throw(BillingError);
    expect(() => createBillingClient({ api: 'not a url', tenant: TENANT })).to.throw(BillingError);
  });
});
