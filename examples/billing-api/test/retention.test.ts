import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { purgeCutoffs, schedulePurge } from '../src/purge.js';
import { TENANT, guestPaymentBody, harness, pay, signIn, type Harness } from './helpers.js';

const HOUR = 60 * 60;
const DAY = 24 * HOUR;
const TABLES = ['sessions', 'lookups', 'payment_methods', 'receipt_tokens', 'idempotency_records', 'limit_attempts'];

async function rowCounts(h: Harness): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [...TABLES, 'payments']) counts[table] = Number(await h.value(`SELECT count(*) FROM ${table}`));
  return counts;
}

async function purge(h: Harness): Promise<void> {
  await h.storage.purge(purgeCutoffs(h.clock.now(), 15 * 60));
}

describe('retention', () => {
  it('purges each kind of record after its documented time, and never a payment', async () => {
    const h = await harness();
    await signIn(h);
    await h.call('POST', `${TENANT}/sessions`, { json: { username: 'nobody', password: 'x' } });
    assert.equal((await pay(h, await guestPaymentBody(h))).status, 201);
    const created = await rowCounts(h);
    for (const table of TABLES) assert.ok(created[table]! > 0, `${table} has rows to purge`);

    await purge(h);
    assert.deepEqual(await rowCounts(h), created, 'nothing is purged while usable');

    h.clock.advance(HOUR);
    await purge(h);
    assert.deepEqual(await rowCounts(h), {
      ...created,
      sessions: 0,
      lookups: 0,
      payment_methods: 0,
    });

    h.clock.advance(DAY);
    await purge(h);
    assert.deepEqual(await rowCounts(h), {
      ...created,
      sessions: 0,
      lookups: 0,
      payment_methods: 0,
      idempotency_records: 0,
      limit_attempts: 0,
    });

    h.clock.advance(30 * DAY);
    await purge(h);
    const left = await rowCounts(h);
    assert.equal(left.receipt_tokens, 0);
    assert.equal(left.payments, 1, 'payments are records of money, never purged');
  });

  it('keeps a session that is still in use', async () => {
    const h = await harness();
    h.clock.advance(DAY);
    const token = await signIn(h);
    h.clock.advance(10 * 60);
    await purge(h);
    assert.equal((await h.call('GET', '/v1/sessions/current', { token })).status, 200);
  });

  it('purges on a schedule until stopped', async () => {
    const h = await harness();
    const expiredSession = async () => {
      await signIn(h);
      h.clock.advance(HOUR);
    };
    const sessions = async () => Number(await h.value('SELECT count(*) FROM sessions'));
    const failures: unknown[] = [];
    await expiredSession();
    const stop = schedulePurge({
      storage: h.storage,
      now: h.clock.now,
      lookupTtlSeconds: 15 * 60,
      intervalMs: 50,
      onError: (error) => failures.push(error),
    });
    try {
      await waitFor(async () => (await sessions()) === 0);
      await expiredSession();
      await waitFor(async () => (await sessions()) === 0);
    } finally {
      stop();
    }
    await expiredSession();
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(await sessions(), 1, 'no purge after stop');
    assert.deepEqual(failures, []);
  });
});

describe('readiness', () => {
  it('is ready when every migration is applied, and not when one is missing or the database is gone', async () => {
    const h = await harness();
    await h.storage.checkReady();
    const latest = Number(await h.value('SELECT max(version) FROM schema_migrations'));
    await h.rows('DELETE FROM schema_migrations WHERE version = ?', [latest]);
    await assert.rejects(h.storage.checkReady(), {
      message: `Database migration ${latest} of ${latest} is not applied`,
    });
    await h.storage.close();
    await assert.rejects(h.storage.checkReady());
  });
});

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('The condition did not hold within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
