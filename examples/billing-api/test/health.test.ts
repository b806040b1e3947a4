import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openDatabase } from '../src/db/database.js';
import { checkReady } from '../src/db/readiness.js';
import { harness, problem } from './helpers.js';

describe('health probes', () => {
  it('/healthz answers 200 with a small JSON body', async () => {
    const reply = await harness().call('GET', '/healthz');
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, { status: 'ok' });
    assert.equal(reply.headers.get('cache-control'), 'no-store');
  });

  it('/readyz answers 200 while the readiness check resolves', async () => {
    const h = harness({ readiness: () => Promise.resolve() });
    const reply = await h.call('GET', '/readyz');
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, { status: 'ready' });
  });

  it('/readyz answers 503 with Retry-After when the check rejects', async () => {
    const h = harness({ readiness: () => Promise.reject(new Error('database down')) });
    const reply = await h.call('GET', '/readyz');
    problem(reply, 503, 'server_error');
    assert.equal(reply.headers.get('retry-after'), '5');
    assert.ok(!JSON.stringify(reply.body).includes('database down'), 'the reason stays in the server');
  });

  it('the database check passes on a migrated database and fails on a closed or unmigrated one', async () => {
    const db = openDatabase(':memory:');
    await checkReady(db);
    db.prepare('DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)').run();
    await assert.rejects(checkReady(db), /migrations applied/);
    db.close();
    await assert.rejects(checkReady(db));
  });

  it('wired to a closed database, /readyz is 503 while /healthz stays 200', async () => {
    const db = openDatabase(':memory:');
    const h = harness({ db, readiness: () => checkReady(db) });
    assert.equal((await h.call('GET', '/readyz')).status, 200);
    db.close();
    assert.equal((await h.call('GET', '/readyz')).status, 503);
    assert.equal((await h.call('GET', '/healthz')).status, 200);
  });
});
