import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import * as s from '../../../src/api/schemas.js';
import {
  TENANT,
  TestClock,
  card,
  guestAccount,
  harness,
  lookUp,
  newKey,
  pay,
  tokenize,
  type Reply,
} from './helpers.js';
import { openStorage } from '../src/storage/open-storage.js';
import { startPostgres } from '../../../scripts/lib/postgres.mjs';
import { STORAGE_KIND } from './test-storage.js';

const PAID_CENTS = 100;
const PAYMENTS = 40;

describe('the database restarting under load', { skip: STORAGE_KIND !== 'postgres' && 'SQLite is embedded' }, () => {
  it('fails requests in flight with 503 and Retry-After, never pays twice, and recovers by itself', async (t) => {
    // A server of its own, even when TEST_DATABASE_URL names a shared one: this test restarts it.
    const server = await startPostgres({ ownServer: true }).catch((error: Error) => error);
    if (server instanceof Error) return t.skip(server.message);
    const storage = await openStorage({ databaseUrl: server.url, now: new TestClock().now });
    t.after(async () => {
      await storage.close();
      await server.stop();
    });
    // Forty payments from one address with one test card: the per-card and per-address limits
    // would otherwise stop the run long before the restart it is about.
    const h = await harness({
      storage,
      addressLimits: { tokenizations: 1000, lookups: 1000 },
      limits: { tokenizePerCard: 1000 },
    });
    // Each 503 logs a line; this test expects many.
    t.mock.method(console, 'error', () => {});
    const dueBefore = (await lookUp(h)).amountDueCents;
    const bodies = [];
    for (let index = 0; index < PAYMENTS; index++) {
      const lookup = await lookUp(h, guestAccount);
      const method = await tokenize(h, card('4242424242424242'));
      bodies.push({
        key: newKey(),
        body: {
          source: { kind: 'lookup', lookupToken: lookup.lookupToken },
          amountCents: PAID_CENTS,
          paymentMethodToken: method.token,
          expectedFeeCents: Math.round((PAID_CENTS * 295) / 10_000),
          receiptEmail: null,
          bankAuthorization: false,
        },
      });
    }

    // Payments start every 10 ms while the server is stopped at once and started again.
    const replies: Promise<Reply>[] = [];
    let restarted = false;
    const restart = server.restart!().then(() => (restarted = true));
    for (const { key, body } of bodies) {
      replies.push(pay(h, body, key));
      await new Promise((resolve) => setTimeout(resolve, 10));
      if (restarted) break;
    }
    await restart;
    const answered = await Promise.all(replies);

    const unavailable = answered.filter((reply) => reply.status === 503);
    assert.ok(unavailable.length > 0, 'some payments met the restart');
    for (const reply of answered) assert.ok([201, 503].includes(reply.status), JSON.stringify(reply.body));
    for (const reply of unavailable) {
      assert.equal(reply.headers.get('content-type'), 'application/problem+json');
      assert.equal(z.parse(s.Problem, reply.body).code, 'service_unavailable');
      assert.ok(Number(reply.headers.get('retry-after')) > 0);
    }

    // The same app, not restarted: retried with their keys, the refused payments go through
    // (or replay, if they committed before the connection broke), and none is paid twice.
    const sent = bodies.slice(0, answered.length);
    for (const [index, reply] of answered.entries()) {
      if (reply.status !== 503) continue;
      const retried = await pay(h, sent[index]!.body, sent[index]!.key);
      assert.equal(retried.status, 201, JSON.stringify(retried.body));
    }
    assert.equal(Number(await h.value('SELECT count(*) FROM payments')), sent.length);
    const dueAfter = (await lookUp(h)).amountDueCents;
    assert.equal(dueAfter, dueBefore - sent.length * PAID_CENTS);
    assert.equal((await h.call('GET', TENANT)).status, 200);
  });
});
