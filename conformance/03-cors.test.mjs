// CORS: a tenant's own sites may call its paths from the browser; any other site gets nothing
// to read and its state-changing requests are refused.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { call, card, expectStatus, FOREIGN_ORIGIN, settings, TENANT } from './lib/api.mjs';

const listOf = (header) => (header ?? '').toLowerCase().split(/\s*,\s*/);

describe('CORS', () => {
  let origin;
  before(async () => {
    const tenant = expectStatus(await call('GET', TENANT), 200);
    origin = tenant.allowedOrigins[0];
    assert.ok(origin, `tenant ${settings.tenant} allows at least one origin`);
  });

  const preflight = (path, from, method = 'POST') =>
    call('OPTIONS', path, {
      headers: {
        origin: from,
        'access-control-request-method': method,
        'access-control-request-headers': 'content-type',
      },
    });

  it('answers a preflight from the tenant’s origin with the methods and headers the widgets use', async () => {
    for (const [path, method] of [
      [`${TENANT}/lookups`, 'POST'],
      [`${TENANT}/payments`, 'POST'],
      ['/v1/accounts', 'GET'],
      ['/v1/profile', 'PATCH'],
      ['/v1/sessions/current', 'DELETE'],
    ]) {
      const reply = await preflight(path, origin, method);
      assert.ok(reply.status >= 200 && reply.status < 300, `${path}: ${reply.status}`);
      assert.equal(reply.headers.get('access-control-allow-origin'), origin, path);
      assert.ok(listOf(reply.headers.get('access-control-allow-methods')).includes(method.toLowerCase()), path);
      const headers = listOf(reply.headers.get('access-control-allow-headers'));
      for (const name of ['content-type', 'authorization', 'idempotency-key', 'x-receipt-token']) {
        assert.ok(headers.includes(name), `${path} allows ${name}: ${headers}`);
      }
      assert.notEqual(reply.headers.get('access-control-allow-credentials'), 'true');
    }
  });

  it('gives a foreign origin’s preflight no CORS headers', async () => {
    const reply = await preflight(`${TENANT}/lookups`, FOREIGN_ORIGIN);
    assert.equal(reply.headers.get('access-control-allow-origin'), null);
  });

  it('lets the tenant’s origin read answers, Retry-After and Idempotent-Replayed included', async () => {
    const reply = await call('GET', TENANT, { headers: { origin } });
    assert.equal(reply.headers.get('access-control-allow-origin'), origin);
    const exposed = listOf(reply.headers.get('access-control-expose-headers'));
    assert.ok(exposed.includes('retry-after') && exposed.includes('idempotent-replayed'), String(exposed));
    assert.match(reply.headers.get('vary') ?? '', /origin/i);
    assert.notEqual(reply.headers.get('access-control-allow-credentials'), 'true');
  });

  it('gives a foreign origin nothing to read and refuses its POST with 403 origin_not_allowed', async () => {
    const read = await call('GET', '/v1/accounts', { headers: { origin: FOREIGN_ORIGIN } });
    assert.equal(read.headers.get('access-control-allow-origin'), null);
    const write = await call('POST', `${TENANT}/lookups`, {
      json: settings.tenantData.guestLookup,
      headers: { origin: FOREIGN_ORIGIN },
    });
    expectStatus(write, 403, 'origin_not_allowed');
    assert.equal(write.headers.get('access-control-allow-origin'), null);
  });

  it('tells a foreign origin readably, from the tenant’s configuration, that it is not allowed', async () => {
    const reply = await call('GET', TENANT, { headers: { origin: FOREIGN_ORIGIN } });
    const problem = expectStatus(reply, 403, 'origin_not_allowed');
    assert.equal(reply.headers.get('access-control-allow-origin'), FOREIGN_ORIGIN);
    assert.equal(problem.allowedOrigins, undefined, 'the refusal carries none of the configuration');
  });

  it('takes card details from the payment frame only, never from a city page', async () => {
    const reply = await call('POST', `${TENANT}/payment-methods`, {
      json: card(settings.data.cards.approved),
      headers: { origin },
    });
    expectStatus(reply, 403, 'origin_not_allowed');
  });
});
