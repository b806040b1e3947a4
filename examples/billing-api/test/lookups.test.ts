import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as s from '../../../src/api/schemas.js';
import { HARBOR, TENANT, guestAccount, guestInvoice, harness, lookUp, parsed, problem } from './helpers.js';

describe('guest lookups', () => {
  it('finds utility account 482910375 in ZIP 92672: $84.17 due, any amount from the minimum', async () => {
    const h = await harness();
    const lookup = await lookUp(h, guestAccount);
    assert.equal(lookup.amountDueCents, 8417);
    assert.deepEqual(lookup.payee, {
      kind: 'account',
      maskedNumber: '•••••0375',
      displayName: 'Jordan M.',
      maskedAddress: '1•• Avenida Del Mar, San Clemente',
    });
    assert.deepEqual([lookup.minCents, lookup.maxCents, lookup.partialPayment], [100, 8417 + 50_000, 'allowed']);
    assert.equal(lookup.expiresAt, new Date(h.clock.time.getTime() + 15 * 60_000).toISOString());
    const stored = await h.value('SELECT token_hash FROM lookups');
    assert.notEqual(stored, lookup.lookupToken);
  });

  it('finds invoice AR-10045 in ZIP 92672: $250.00, paid in full only', async () => {
    const lookup = await lookUp(await harness(), guestInvoice);
    assert.equal(lookup.amountDueCents, 25_000);
    assert.equal(lookup.payee.maskedNumber, 'AR-•••••0045');
    assert.deepEqual([lookup.minCents, lookup.maxCents, lookup.partialPayment], [25_000, 25_000, 'full-only']);
  });

  it('applies the harbor district’s full-only rule to its accounts', async () => {
    const h = await harness();
    const reply = await h.call('POST', `${HARBOR}/lookups`, {
      json: { kind: 'account', accountNumber: '618273049', zip: '92672' },
    });
    const lookup = parsed(s.Lookup, reply, 201);
    assert.deepEqual([lookup.minCents, lookup.maxCents, lookup.partialPayment], [12_000, 12_000, 'full-only']);
  });

  it('gives the same 404 for a wrong number and a wrong ZIP, and does not cross tenants', async () => {
    const h = await harness();
    const wrongNumber = problem(
      await h.call('POST', `${TENANT}/lookups`, { json: { ...guestAccount, accountNumber: '482910399' } }),
      404,
      'lookup_failed',
    );
    const wrongZip = problem(
      await h.call('POST', `${TENANT}/lookups`, { json: { ...guestAccount, zip: '92673' } }),
      404,
      'lookup_failed',
    );
    assert.deepEqual(wrongNumber, wrongZip);
    problem(await h.call('POST', `${HARBOR}/lookups`, { json: guestAccount }), 404, 'lookup_failed');
    problem(
      await h.call('POST', `${TENANT}/lookups`, { json: { ...guestInvoice, zip: '90210' } }),
      404,
      'lookup_failed',
    );
  });

  it('after 10 failed lookups from one address answers 429 with Retry-After, even for right details', async () => {
    const h = await harness();
    for (let attempt = 0; attempt < 10; attempt++) {
      problem(
        await h.call('POST', `${TENANT}/lookups`, { json: { ...guestAccount, accountNumber: `90000000${attempt}` } }),
        404,
        'lookup_failed',
      );
    }
    const limited = await h.call('POST', `${TENANT}/lookups`, { json: guestAccount });
    const body = problem(limited, 429, 'rate_limited');
    assert.equal(limited.headers.get('retry-after'), String(body.retryAfterSeconds));
    parsed(s.Lookup, await h.call('POST', `${TENANT}/lookups`, { json: guestAccount, client: '192.0.2.7' }), 201);
    h.clock.advance(10 * 60 + 1);
    parsed(s.Lookup, await h.call('POST', `${TENANT}/lookups`, { json: guestAccount }), 201);
  });

  it('lets parallel failed lookups from one address past the limit no further than sequential ones', async () => {
    const h = await harness();
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        h.call('POST', `${TENANT}/lookups`, {
          json: { kind: 'account', accountNumber: `${900_000_000 + index}`, zip: '92672' },
        }),
      ),
    );
    const statuses = replies.map((reply) => reply.status).sort();
    assert.deepEqual(statuses, [...Array<number>(10).fill(404), ...Array<number>(10).fill(429)]);
  });

  it('never refuses parallel lookups that succeed', async () => {
    const h = await harness();
    const replies = await Promise.all(
      Array.from({ length: 20 }, () => h.call('POST', `${TENANT}/lookups`, { json: guestAccount })),
    );
    assert.deepEqual(
      replies.map((reply) => reply.status),
      Array<number>(20).fill(201),
    );
  });
});
