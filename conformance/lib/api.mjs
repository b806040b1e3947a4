import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { loadContract } from './contract.mjs';
import { readSettings } from './settings.mjs';

export const settings = readSettings();
export const contract = loadContract(settings.openapi);
export const TENANT = `/v1/tenants/${encodeURIComponent(settings.tenant)}`;
export const OTHER_TENANT = `/v1/tenants/${encodeURIComponent(settings.otherTenant)}`;
/** An origin no tenant of any billing API allows (the .invalid top-level domain never resolves). */
export const FOREIGN_ORIGIN = 'https://foreign.invalid';

/**
 * One request to the API under test. Every answer except a CORS preflight is checked against the
 * document: a documented status and body for the operation, or problem+json for an error.
 */
export async function call(method, path, { json, body, headers = {}, token } = {}) {
  const sent = { ...headers };
  if (json !== undefined) {
    body = JSON.stringify(json);
    sent['content-type'] ??= 'application/json';
  }
  if (token) sent.authorization = `Bearer ${token}`;
  const response = await fetch(`${settings.api}${path}`, { method, headers: sent, body, redirect: 'manual' });
  const text = await response.text();
  let parsed;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = text;
  }
  const reply = { status: response.status, headers: response.headers, body: parsed, text };
  if (method !== 'OPTIONS') {
    assert.deepEqual(contract.responseDifferences(method, path, reply), [], `${method} ${path} → ${reply.status}`);
  }
  return reply;
}

/** Asserts the reply's status, and its problem code when it is an error. */
export function expectStatus(reply, status, code) {
  assert.equal(reply.status, status, `expected ${status}${code ? ` ${code}` : ''}, got ${reply.status}: ${reply.text}`);
  if (code) assert.equal(reply.body.code, code);
  return reply.body;
}

export const newKey = () => `conformance-${randomUUID()}`;

export function card(number, overrides = {}) {
  const expYear = new Date().getUTCFullYear() + 3;
  return {
    type: 'card',
    number,
    expMonth: 12,
    expYear,
    cvc: '123',
    name: 'Conformance Test',
    zip: '92672',
    ...overrides,
  };
}

export async function lookUp(tenantPath = TENANT, request = settings.tenantData.guestLookup) {
  return expectStatus(await call('POST', `${tenantPath}/lookups`, { json: request }), 201);
}

export async function tokenize(tenantPath = TENANT, number = settings.data.cards.approved) {
  return expectStatus(await call('POST', `${tenantPath}/payment-methods`, { json: card(number) }), 201);
}

export async function quoteFee(amountCents) {
  return expectStatus(await call('POST', `${TENANT}/fee-quotes`, { json: { amountCents, method: 'card' } }), 200);
}

/** A valid guest card payment body, for the tenant under test, of the smallest amount the lookup allows. */
export async function guestPayment({ lookup, cardNumber } = {}) {
  lookup ??= await lookUp();
  const method = await tokenize(TENANT, cardNumber);
  const quote = await quoteFee(lookup.minCents);
  return {
    lookup,
    body: {
      source: { kind: 'lookup', lookupToken: lookup.lookupToken },
      amountCents: lookup.minCents,
      paymentMethodToken: method.token,
      expectedFeeCents: quote.feeCents,
      receiptEmail: 'conformance@example.com',
      bankAuthorization: false,
    },
  };
}

export function otherTenantLookup() {
  return settings.data.tenants[settings.otherTenant].guestLookup;
}

/** A payment at the tenant under test; `key: null` sends no Idempotency-Key. */
export function pay(body, key = newKey()) {
  return call('POST', `${TENANT}/payments`, { json: body, headers: key === null ? {} : { 'idempotency-key': key } });
}

export async function signIn() {
  const reply = await call('POST', `${TENANT}/sessions`, { json: settings.tenantData.resident });
  return expectStatus(reply, 201);
}

/** A user name that no billing system has, so its failures lock out no one. */
export const strangerName = () => `conformance-${randomUUID().slice(0, 8)}`;
