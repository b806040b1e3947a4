// Every operation in the document, answered with its documented status and body, and nothing
// answered that the document lacks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, card, contract, expectStatus, newKey, settings, TENANT } from './lib/api.mjs';

const exercised = new Set();

/** A documented request: its body must fit the document too, and its success is counted. */
async function step(method, path, init = {}) {
  if (init.json !== undefined) {
    assert.deepEqual(
      contract.requestDifferences(method, path, init.json),
      [],
      `the suite's own ${method} ${path} body`,
    );
  }
  const reply = await call(method, path, init);
  const operation = contract.find(method, path);
  if (operation && reply.status === operation.status) exercised.add(operation.id);
  return reply;
}

describe('every documented operation', { concurrency: false }, () => {
  const state = {};

  it('getTenant', async () => {
    state.tenant = expectStatus(await step('GET', TENANT), 200);
    assert.equal(state.tenant.id, settings.tenant);
  });

  it('createChallenge', async () => {
    const challenge = expectStatus(await step('POST', `${TENANT}/challenges`), 201);
    assert.ok(Date.parse(challenge.expiresAt) > Date.now(), 'the challenge has not expired yet');
  });

  it('signIn', async () => {
    state.session = expectStatus(await step('POST', `${TENANT}/sessions`, { json: settings.tenantData.resident }), 201);
  });

  it('getSession', async () => {
    expectStatus(await step('GET', '/v1/sessions/current', { token: state.session.token }), 200);
  });

  it('listSessions and endOtherSessions', async () => {
    const other = expectStatus(await step('POST', `${TENANT}/sessions`, { json: settings.tenantData.resident }), 201);
    const list = expectStatus(await step('GET', '/v1/sessions', { token: state.session.token }), 200);
    assert.equal(list.sessions.filter((session) => session.current).length, 1, 'exactly one is current');
    assert.ok(list.sessions.length >= 2, 'both sessions are listed');
    const ended = expectStatus(await step('DELETE', '/v1/sessions/others', { token: state.session.token }), 200);
    assert.ok(ended.ended >= 1);
    expectStatus(await call('GET', '/v1/sessions/current', { token: other.token }), 401, 'unauthorized');
  });

  it('listAccounts and getAccount', async () => {
    const list = expectStatus(await step('GET', '/v1/accounts', { token: state.session.token }), 200);
    const [first] = list.accounts;
    assert.ok(first?.id, 'the resident has an account');
    state.accountId = first.id;
    const account = expectStatus(
      await step('GET', `/v1/accounts/${encodeURIComponent(first.id)}`, { token: state.session.token }),
      200,
    );
    assert.equal(account.id, first.id);
  });

  it('listActivity, following the cursor to the next page', async () => {
    const path = `/v1/accounts/${encodeURIComponent(state.accountId)}/activity`;
    const page = expectStatus(await step('GET', path, { token: state.session.token }), 200);
    if (page.nextCursor) {
      const next = expectStatus(
        await step('GET', `${path}?cursor=${encodeURIComponent(page.nextCursor)}`, { token: state.session.token }),
        200,
      );
      assert.notDeepEqual(next.items, page.items, 'the next page holds other rows');
    }
  });

  it('getProfile and updateProfile', async () => {
    const profile = expectStatus(await step('GET', '/v1/profile', { token: state.session.token }), 200);
    const updated = expectStatus(
      await step('PATCH', '/v1/profile', { token: state.session.token, json: { email: profile.email } }),
      200,
    );
    assert.equal(updated.email, profile.email);
  });

  it('createLookup, createPaymentMethod, quoteFee and createPayment', async () => {
    const lookup = expectStatus(
      await step('POST', `${TENANT}/lookups`, { json: settings.tenantData.guestLookup }),
      201,
    );
    if (settings.tenantData.invoiceLookup) {
      expectStatus(await step('POST', `${TENANT}/lookups`, { json: settings.tenantData.invoiceLookup }), 201);
    }
    const method = expectStatus(
      await step('POST', `${TENANT}/payment-methods`, { json: card(settings.data.cards.approved) }),
      201,
    );
    const amountCents = lookup.minCents;
    const quote = expectStatus(
      await step('POST', `${TENANT}/fee-quotes`, { json: { amountCents, method: 'card' } }),
      200,
    );
    assert.equal(quote.totalCents, amountCents + quote.feeCents);
    const body = {
      source: { kind: 'lookup', lookupToken: lookup.lookupToken },
      amountCents,
      paymentMethodToken: method.token,
      expectedFeeCents: quote.feeCents,
      receiptEmail: 'conformance@example.com',
      bankAuthorization: false,
    };
    const payment = expectStatus(
      await step('POST', `${TENANT}/payments`, { json: body, headers: { 'idempotency-key': newKey() } }),
      201,
    );
    assert.deepEqual(
      [payment.amountCents, payment.feeCents, payment.totalCents],
      [amountCents, quote.feeCents, quote.totalCents],
    );
    state.payment = payment;
  });

  it('getReceipt', async () => {
    const receipt = expectStatus(
      await step('GET', `/v1/payments/${encodeURIComponent(state.payment.confirmation)}`, {
        headers: { 'x-receipt-token': state.payment.receiptToken },
      }),
      200,
    );
    assert.equal(receipt.confirmation, state.payment.confirmation);
  });

  it('createConsentRecord', async () => {
    const json = {
      consentId: crypto.randomUUID(),
      revision: state.tenant.privacyNotice.revision,
      categories: { necessary: true, functional: true, analytics: false, marketing: false },
      signals: { gpc: false, dnt: false },
      source: 'banner',
      timestamp: new Date().toISOString(),
    };
    expectStatus(await step('POST', `${TENANT}/consent-records`, { json }), 201);
  });

  it('signOut, after which the session is gone', async () => {
    expectStatus(await step('DELETE', '/v1/sessions/current', { token: state.session.token }), 204);
    expectStatus(await call('GET', '/v1/sessions/current', { token: state.session.token }), 401, 'unauthorized');
  });

  it('has exercised every operation of the document with its success status', () => {
    const documented = contract.operations.map((operation) => operation.id).sort();
    assert.deepEqual([...exercised].sort(), documented);
  });
});

describe('nothing beyond the document', () => {
  const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
  const concrete = (template) =>
    template
      .replace('{tenant}', encodeURIComponent(settings.tenant))
      .replace('{id}', 'acct-conformance')
      .replace('{confirmation}', 'XX-CONFORMANCE');

  it('answers every method the document lacks on a documented path with a 4xx problem', async () => {
    for (const template of new Set(contract.operations.map((operation) => operation.template))) {
      for (const method of METHODS) {
        if (contract.find(method, concrete(template))) continue;
        const reply = await call(method, concrete(template), method === 'GET' ? {} : { json: {} });
        assert.ok(reply.status >= 400 && reply.status < 500, `${method} ${template} answered ${reply.status}`);
      }
    }
  });

  it('answers paths the document lacks with a 4xx problem', async () => {
    const undocumented = [
      '/v1',
      '/v1/tenants',
      '/v1/sessions',
      '/v1/payments',
      '/v1/consent-records',
      `${TENANT}/accounts`,
      `${TENANT}/payments/XX-CONFORMANCE`,
      `${TENANT}/lookups/anything`,
      `/v2${TENANT.slice(3)}`,
    ];
    for (const path of undocumented) {
      for (const method of ['GET', 'POST']) {
        const reply = await call(method, path, method === 'GET' ? {} : { json: {} });
        assert.ok(reply.status >= 400 && reply.status < 500, `${method} ${path} answered ${reply.status}`);
      }
    }
  });
});
