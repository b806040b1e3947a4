import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import * as z from 'zod/mini';
import * as s from '../../../src/api/schemas.js';
import { sha256 } from '../src/security/tokens.js';
import { card, guestAccount, newKey, resident } from './helpers.js';
import { postJson, sharedDatabaseEnv, startInstance, type Instance } from './instances.js';
import { STORAGE_KIND } from './test-storage.js';

const TENANT = '/v1/tenants/san-clemente';
const PAID_CENTS = 1000;
const limits = {
  FAILED_SIGN_INS_PER_ADDRESS: '8',
  TOKENIZE_PER_ADDRESS: '1000',
  TOKENIZE_PER_CARD: '1000',
  LOOKUPS_PER_ADDRESS: '1000',
};

describe('two instances on one database act as one', () => {
  let instances: Instance[] = [];
  let databaseUrl: string | undefined;

  before(async () => {
    const env = await sharedDatabaseEnv();
    databaseUrl = env.DATABASE_URL;
    // Started together on an empty database: the migrations and the seed must run once.
    instances = await Promise.all([startInstance({ ...env, ...limits }), startInstance({ ...env, ...limits })]);
  });

  after(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
  });

  const on = (index: number, path: string) => `${instances[index % 2]!.url}${path}`;

  async function amountDue(): Promise<number> {
    const reply = await postJson(on(0, `${TENANT}/lookups`), guestAccount);
    return z.parse(s.Lookup, reply.body).amountDueCents;
  }

  /** A guest payment of PAID_CENTS: looked up on one instance, tokenized on the other. */
  async function paymentBody() {
    const lookup = z.parse(s.Lookup, (await postJson(on(0, `${TENANT}/lookups`), guestAccount)).body);
    const method = z.parse(
      s.PaymentMethodToken,
      (await postJson(on(1, `${TENANT}/payment-methods`), card('4242424242424242'))).body,
    );
    return {
      source: { kind: 'lookup', lookupToken: lookup.lookupToken },
      amountCents: PAID_CENTS,
      paymentMethodToken: method.token,
      expectedFeeCents: Math.round((PAID_CENTS * 295) / 10_000),
      receiptEmail: null,
      bankAuthorization: false,
    };
  }

  it('makes one payment from twenty concurrent requests with one Idempotency-Key split between them', async () => {
    const before = await amountDue();
    const body = await paymentBody();
    const key = newKey();
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        postJson(on(index, `${TENANT}/payments`), body, { 'idempotency-key': key }),
      ),
    );
    for (const reply of replies) assert.equal(reply.status, 201, JSON.stringify(reply.body));
    const confirmations = new Set(replies.map((reply) => z.parse(s.Payment, reply.body).confirmation));
    assert.equal(confirmations.size, 1);
    const firstAnswers = replies.filter((reply) => reply.headers.get('idempotent-replayed') !== 'true');
    assert.equal(firstAnswers.length, 1, 'one request paid, nineteen replayed it');
    assert.equal(await amountDue(), before - PAID_CENTS, 'the account was paid once');
  });

  it('answers a burst of a hundred concurrent writes spread over both without a server error', async () => {
    const replies = await Promise.all(
      Array.from({ length: 100 }, (_, index) =>
        index % 4 < 2
          ? postJson(on(index, `${TENANT}/lookups`), guestAccount)
          : postJson(on(index, `${TENANT}/payment-methods`), card('4242424242424242')),
      ),
    );
    assert.deepEqual(
      replies.map((reply) => reply.status),
      Array.from({ length: 100 }, () => 201),
    );
  });

  it('holds the failed sign-in limits across instances as for one', async () => {
    const signIn = (index: number, username: string) =>
      postJson(on(index, `${TENANT}/sessions`), { username, password: 'not-the-password' });
    // Five free failures per user name and address, alternating instances: then both ask to wait.
    for (let attempt = 0; attempt < 5; attempt++) assert.equal((await signIn(attempt, resident.username)).status, 401);
    for (const index of [0, 1]) {
      const refused = await signIn(index, resident.username);
      assert.equal(refused.status, 429);
      assert.ok(Number(refused.headers.get('retry-after')) > 0);
    }
    // Eight per client address (FAILED_SIGN_INS_PER_ADDRESS): five counted above, three more.
    for (let attempt = 0; attempt < 3; attempt++) assert.equal((await signIn(attempt, `user${attempt}`)).status, 401);
    for (const index of [0, 1]) assert.equal((await signIn(index, 'someone-new')).status, 429);
  });

  it(
    'lets the retry on the other instance pay when one is killed in the middle of a payment',
    { skip: STORAGE_KIND !== 'postgres' && 'needs a row lock from outside the instance (PostgreSQL)' },
    async () => {
      const before = await amountDue();
      const body = await paymentBody();
      const key = newKey();
      // Holding the payment method's row makes the first instance stop mid-payment: it has
      // claimed the key and waits for the row inside its transaction.
      const blocker = new pg.Client({ connectionString: databaseUrl });
      await blocker.connect();
      try {
        await blocker.query('BEGIN');
        await blocker.query('SELECT 1 FROM payment_methods WHERE token_hash = $1 FOR UPDATE', [
          sha256(body.paymentMethodToken),
        ]);
        const doomed = postJson(on(0, `${TENANT}/payments`), body, { 'idempotency-key': key }).catch(
          (error: Error) => error,
        );
        await waitForLockWaiter(blocker);
        instances[0]!.child.kill('SIGKILL');
        assert.ok((await doomed) instanceof Error, 'the killed instance never answers');

        // The retry waits for the claim's fate; the killed instance's transaction rolls back.
        const retry = postJson(on(1, `${TENANT}/payments`), body, { 'idempotency-key': key });
        await blocker.query('ROLLBACK');
        const paid = await retry;
        assert.equal(paid.status, 201, JSON.stringify(paid.body));
        assert.equal(paid.headers.get('idempotent-replayed'), null);
        const again = await postJson(on(1, `${TENANT}/payments`), body, { 'idempotency-key': key });
        assert.equal(again.headers.get('idempotent-replayed'), 'true');
        assert.equal(z.parse(s.Payment, again.body).confirmation, z.parse(s.Payment, paid.body).confirmation);
      } finally {
        await blocker.end();
      }
      const lookup = z.parse(s.Lookup, (await postJson(on(1, `${TENANT}/lookups`), guestAccount)).body);
      assert.equal(lookup.amountDueCents, before - PAID_CENTS, 'paid once');
    },
  );
});

/** Resolves once another session on the database waits for a lock (the blocked payment). */
async function waitForLockWaiter(client: pg.Client): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const { rows } = await client.query(
      "SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    );
    if ((rows[0] as { waiting: number }).waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('No payment waited for the locked row within 10 s');
}
