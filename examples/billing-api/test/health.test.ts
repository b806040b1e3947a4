import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { harness, problem } from './helpers.js';

describe('health probes', () => {
  it('/healthz answers 200 with a small JSON body', async () => {
    const reply = await (await harness()).call('GET', '/healthz');
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, { status: 'ok' });
    assert.equal(reply.headers.get('cache-control'), 'no-store');
  });

  it('/readyz answers 200 while the readiness check resolves', async () => {
    const h = await harness({ readiness: () => Promise.resolve() });
    const reply = await h.call('GET', '/readyz');
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, { status: 'ready' });
  });

  it('/readyz answers 503 with Retry-After when the check rejects', async () => {
    const h = await harness({ readiness: () => Promise.reject(new Error('database down')) });
    const reply = await h.call('GET', '/readyz');
    problem(reply, 503, 'server_error');
    assert.equal(reply.headers.get('retry-after'), '5');
    assert.ok(!JSON.stringify(reply.body).includes('database down'), 'the reason stays in the server');
  });

  it('/readyz answers 503 within about 2 s when the check hangs', async () => {
    const h = await harness({ readiness: () => new Promise(() => {}) });
    const started = Date.now();
    problem(await h.call('GET', '/readyz'), 503, 'server_error');
    const took = Date.now() - started;
    assert.ok(took >= 1900 && took < 4000, `answered after ${took} ms`);
  });

  it('by default checks the storage: 200 on a migrated database, 503 once a migration is missing', async () => {
    const h = await harness();
    assert.equal((await h.call('GET', '/readyz')).status, 200);
    await h.storage.driver.all(
      'DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)',
    );
    problem(await h.call('GET', '/readyz'), 503, 'server_error');
  });

  it('answers 503 on /readyz once the database is gone, while /healthz stays 200', async () => {
    const h = await harness();
    await h.storage.close();
    assert.equal((await h.call('GET', '/readyz')).status, 503);
    assert.equal((await h.call('GET', '/healthz')).status, 200);
  });
});
