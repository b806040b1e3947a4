import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as s from '../../../src/api/schemas.js';
import {
  TENANT,
  card,
  guestAccount,
  guestInvoice,
  harness,
  newKey,
  parsed,
  problem,
  signIn,
  tokenize,
  type Harness,
  type Reply,
} from './helpers.js';

/** The test processor's three declining cards: a tester's stolen numbers. */
const DECLINING = ['4000000000000002', '4000000000009995', '4000000000000069'];

interface Attempt {
  client: string;
  cardNumber: string;
  payee?: s.LookupRequest;
  /** Reuse a lookup instead of making a new one. */
  lookup?: { token: string; amountCents: number };
}

/** One guest payment as a tester makes it: look up (unless reusing), tokenize, pay the minimum. */
async function guestAttempt(h: Harness, attempt: Attempt): Promise<{ reply: Reply; lookup: Attempt['lookup'] }> {
  const { client } = attempt;
  let lookup = attempt.lookup;
  if (lookup === undefined) {
    const found = parsed(
      s.Lookup,
      await h.call('POST', `${TENANT}/lookups`, { json: attempt.payee ?? guestAccount, client }),
      201,
    );
    lookup = { token: found.lookupToken, amountCents: found.minCents };
  }
  const { token: lookupToken, amountCents } = lookup;
  const method = await h.call('POST', `${TENANT}/payment-methods`, { json: card(attempt.cardNumber), client });
  if (method.status !== 201) return { reply: method, lookup };
  const body = {
    source: { kind: 'lookup', lookupToken },
    amountCents,
    paymentMethodToken: (method.body as s.PaymentMethodToken).token,
    expectedFeeCents: Math.round((amountCents * 295) / 10_000),
    receiptEmail: null,
    bankAuthorization: false,
  };
  const reply = await h.call('POST', `${TENANT}/payments`, {
    json: body,
    headers: { 'idempotency-key': newKey() },
    client,
  });
  return { reply, lookup };
}

/** Runs attempts until one is refused with 429; the number of declines before that. */
async function declinesUntilStopped(h: Harness, next: (index: number) => Attempt, most = 40): Promise<number> {
  let lookup: Attempt['lookup'];
  for (let index = 0; index < most; index++) {
    // A new lookup every two cards, as the attack in issue 10 did.
    const attempt = next(index);
    const result = await guestAttempt(h, { ...attempt, lookup: index % 2 === 1 ? lookup : undefined });
    lookup = result.lookup;
    if (result.reply.status === 429) {
      problem(result.reply, 429, 'rate_limited');
      assert.ok(Number(result.reply.headers.get('retry-after')) > 0);
      return index;
    }
    assert.equal(result.reply.status, 402, JSON.stringify(result.reply.body));
  }
  assert.fail(`not stopped after ${most} declines`);
}

describe('card testing across lookups', () => {
  it('one address, a new lookup every two cards: stopped after 5 declines', async () => {
    const h = await harness();
    const declines = await declinesUntilStopped(h, (index) => ({
      client: '198.51.100.7',
      cardNumber: DECLINING[index % 3]!,
      payee: index % 4 < 2 ? guestAccount : guestInvoice,
    }));
    assert.equal(declines, 5);
  });

  it('one payee, a new address for every card: stopped after 5 declines for that payee', async () => {
    const h = await harness();
    const declines = await declinesUntilStopped(h, (index) => ({
      client: `198.51.100.${index + 1}`,
      cardNumber: DECLINING[index % 3]!,
    }));
    assert.equal(declines, 5);
  });

  it('one card over many payees and addresses: stopped after 3 declines of that card', async () => {
    const h = await harness();
    const declines = await declinesUntilStopped(h, (index) => ({
      client: `198.51.100.${index + 1}`,
      cardNumber: DECLINING[0]!,
      payee: index % 2 === 0 ? guestAccount : guestInvoice,
    }));
    assert.equal(declines, 3);
  });

  it('counts a card by a keyed fingerprint, never its number, and a new key gives new fingerprints', async () => {
    const fingerprints = async (secretKey?: string) => {
      const h = await harness(secretKey === undefined ? {} : { secretKey });
      await tokenize(h, card(DECLINING[0]!));
      await tokenize(h, card(DECLINING[0]!));
      await tokenize(h, card(DECLINING[1]!));
      return (
        await h.rows<{ fingerprint: string }>('SELECT fingerprint FROM payment_methods ORDER BY fingerprint')
      ).map((row) => row.fingerprint);
    };
    const first = await fingerprints();
    assert.equal(new Set(first).size, 2);
    for (const fingerprint of first) {
      assert.match(fingerprint, /^[0-9a-f]{64}$/);
      assert.ok(!DECLINING.some((number) => fingerprint.includes(number.slice(-8))));
    }
    const rekeyed = await fingerprints('another-secret-key-of-at-least-32-characters');
    assert.equal(
      first.filter((fingerprint) => rekeyed.includes(fingerprint)).length,
      0,
      'fingerprints depend on the key',
    );
  });

  it('tokenizing one card more than 5 times an hour is refused from any address', async () => {
    const h = await harness();
    for (let attempt = 1; attempt <= 5; attempt++) {
      const reply = await h.call('POST', `${TENANT}/payment-methods`, {
        json: card('4242424242424242'),
        client: `198.51.100.${attempt}`,
      });
      parsed(s.PaymentMethodToken, reply, 201);
    }
    const sixth = await h.call('POST', `${TENANT}/payment-methods`, {
      json: card('4242424242424242'),
      client: '198.51.100.99',
    });
    problem(sixth, 429, 'rate_limited');
  });
});

describe('tenant card-testing alarm', () => {
  it('after the alarm level of declines, logs a JSON line and lets each address one guest payment a minute', async () => {
    const lines: string[] = [];
    const h = await harness({ limits: { declinesPerTenant: 6 }, log: (line) => lines.push(line) });
    for (let index = 0; index < 6; index++) {
      const { reply } = await guestAttempt(h, {
        client: `198.51.100.${index + 1}`,
        cardNumber: DECLINING[index % 3]!,
        payee: index % 2 === 0 ? guestAccount : guestInvoice,
      });
      assert.equal(reply.status, 402);
    }
    const alarms = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((l) => l.event);
    assert.equal(alarms.length, 1);
    assert.deepEqual(
      { ...alarms[0], time: undefined },
      {
        time: undefined,
        level: 'warn',
        event: 'card_testing_alarm',
        tenant: 'san-clemente',
        declines: 6,
        windowSeconds: 600,
        alarmAt: 6,
      },
    );

    // A resident paying as a guest: the first payment goes through, a second within the minute waits.
    const resident = '192.0.2.50';
    parsed(s.Payment, (await guestAttempt(h, { client: resident, cardNumber: '4242424242424242' })).reply, 201);
    const again = (await guestAttempt(h, { client: resident, cardNumber: '5555555555554444' })).reply;
    const slowed = problem(again, 429, 'rate_limited');
    assert.ok(slowed.retryAfterSeconds! > 0 && slowed.retryAfterSeconds! <= 60);

    // A signed-in resident is not slowed.
    const token = await signIn(h);
    const own = {
      source: { kind: 'account', accountId: 'acct-sc-0302' },
      amountCents: 1000,
      paymentMethodToken: (await tokenize(h, card('4242424242424242'))).token,
      expectedFeeCents: 30,
      receiptEmail: null,
      bankAuthorization: false,
    };
    const paid = await h.call('POST', `${TENANT}/payments`, {
      json: own,
      headers: { 'idempotency-key': newKey() },
      token,
    });
    parsed(s.Payment, paid, 201);

    // Ten minutes after the declines the alarm is over.
    h.clock.advance(10 * 60 + 1);
    parsed(s.Payment, (await guestAttempt(h, { client: resident, cardNumber: '5555555555554444' })).reply, 201);
    parsed(s.Payment, (await guestAttempt(h, { client: resident, cardNumber: '4012888888881881' })).reply, 201);
  });
});
