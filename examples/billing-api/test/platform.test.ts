import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as s from '../../../src/api/schemas.js';
import { DEMO_ORIGIN, FOREIGN_ORIGIN, HARBOR, TENANT, harness, parsed, problem } from './helpers.js';

describe('tenants', () => {
  it('serves both tenants with the documented settings', async () => {
    const h = await harness({ extraOrigins: ['http://localhost:8100'] });
    const city = parsed(s.Tenant, await h.call('GET', TENANT), 200);
    assert.equal(city.name, 'City of San Clemente');
    assert.deepEqual(city.convenienceFees.card, { fixedCents: 0, basisPoints: 295 });
    assert.equal(city.privacyNotice.lastUpdated, '2017-12-08');
    assert.deepEqual(city.allowedOrigins, ['http://localhost:8000', 'http://127.0.0.1:8000', 'http://localhost:8100']);
    const harbor = parsed(s.Tenant, await h.call('GET', HARBOR), 200);
    assert.equal(harbor.amount.partialPayment, 'full-only');
    assert.deepEqual(harbor.paymentMethods, ['card']);
    assert.equal(harbor.challenge, 'after-failures');
    assert.equal(city.challenge, undefined);
  });

  it('answers 404 unknown_tenant for a tenant that does not exist, on every tenant path', async () => {
    const h = await harness();
    problem(await h.call('GET', '/v1/tenants/atlantis'), 404, 'unknown_tenant');
    problem(await h.call('POST', '/v1/tenants/atlantis/lookups', { json: {} }), 404, 'unknown_tenant');
  });

  it("lets every embedding site read an unknown tenant's 404, so a typo is reported, not hidden", async () => {
    const reply = await (
      await harness()
    ).call('GET', '/v1/tenants/atlantis', { headers: { origin: 'http://localhost:8000' } });
    assert.equal(reply.status, 404);
    assert.equal(reply.headers.get('access-control-allow-origin'), 'http://localhost:8000');
  });
});

describe('errors', () => {
  it('answers 404 not_found for unknown routes', async () => {
    problem(await (await harness()).call('GET', '/v2/anything'), 404, 'not_found');
  });

  it('refuses a body over 16 KiB with 413', async () => {
    const h = await harness();
    const big = JSON.stringify({ username: 'x'.repeat(17 * 1024), password: 'p' });
    problem(
      await h.call('POST', `${TENANT}/sessions`, { body: big, headers: { 'content-type': 'application/json' } }),
      413,
      'payload_too_large',
    );
  });

  it('answers malformed JSON with 400 and a wrong content type with 415', async () => {
    const h = await harness();
    const json = { 'content-type': 'application/json' };
    problem(await h.call('POST', `${TENANT}/lookups`, { body: '{"kind":', headers: json }), 400, 'malformed_json');
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    problem(await h.call('POST', `${TENANT}/lookups`, { body: 'kind=account', headers: form }), 415, 'malformed_json');
  });

  it('lists field paths and codes for schema failures', async () => {
    const h = await harness();
    const reply = await h.call('POST', `${TENANT}/lookups`, {
      json: { kind: 'account', accountNumber: '12', zip: 'abc' },
    });
    const body = problem(reply, 422, 'validation');
    assert.deepEqual(body.errors?.map((error) => error.field).sort(), ['accountNumber', 'zip']);
  });

  it('answers an internal failure with a bare 500 server_error', async () => {
    const h = await harness();
    await h.storage.close();
    const original = console.error;
    console.error = () => {};
    try {
      const body = problem(
        await h.call('POST', `${TENANT}/lookups`, {
          json: { kind: 'account', accountNumber: '482910375', zip: '92672' },
        }),
        500,
        'server_error',
      );
      assert.equal(body.detail, undefined);
    } finally {
      console.error = original;
    }
  });
});

describe('security headers', () => {
  it('marks every response nosniff, no-referrer and, for the API, no-store', async () => {
    const h = await harness();
    for (const reply of [await h.call('GET', TENANT), await h.call('GET', '/nowhere')]) {
      assert.equal(reply.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(reply.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(reply.headers.get('cache-control'), 'no-store');
    }
  });
});

describe('CORS', () => {
  it('echoes an allowed origin for both tenants and the non-tenant paths', async () => {
    const h = await harness({ extraOrigins: ['http://localhost:8100'] });
    for (const path of [TENANT, HARBOR, '/v1/sessions/current']) {
      for (const origin of [DEMO_ORIGIN, 'http://127.0.0.1:8000', 'http://localhost:8100']) {
        const reply = await h.call('GET', path, { headers: { origin } });
        assert.equal(reply.headers.get('access-control-allow-origin'), origin, `${path} ${origin}`);
        assert.match(reply.headers.get('access-control-expose-headers') ?? '', /idempotent-replayed/);
        assert.equal(reply.headers.get('access-control-allow-credentials'), null);
      }
    }
  });

  it('answers an allowed preflight with the methods and headers the client sends', async () => {
    const reply = await (
      await harness()
    ).call('OPTIONS', `${TENANT}/payments`, {
      headers: { origin: DEMO_ORIGIN, 'access-control-request-method': 'POST' },
    });
    assert.equal(reply.status, 204);
    assert.equal(reply.headers.get('access-control-allow-origin'), DEMO_ORIGIN);
    assert.match(reply.headers.get('access-control-allow-headers') ?? '', /idempotency-key/);
    assert.match(reply.headers.get('access-control-allow-headers') ?? '', /x-receipt-token/);
  });

  it('gives a foreign origin no CORS headers and refuses its state-changing requests', async () => {
    const h = await harness();
    for (const path of ['/v1/sessions/current', '/v1/accounts', `${TENANT}/payments`]) {
      const read = await h.call('GET', path, { headers: { origin: FOREIGN_ORIGIN } });
      assert.equal(read.headers.get('access-control-allow-origin'), null, path);
    }

    const preflight = await h.call('OPTIONS', `${TENANT}/payments`, {
      headers: { origin: FOREIGN_ORIGIN, 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.status, 204);
    assert.equal([...preflight.headers.keys()].filter((name) => name.startsWith('access-control-')).length, 0);

    const post = await h.call('POST', `${TENANT}/lookups`, {
      json: { kind: 'account', accountNumber: '482910375', zip: '92672' },
      headers: { origin: FOREIGN_ORIGIN },
    });
    problem(post, 403, 'origin_not_allowed');
    assert.equal(post.headers.get('access-control-allow-origin'), null);
  });

  it('tells a foreign origin, readably and without the configuration, that the tenant refuses it', async () => {
    const h = await harness();
    const refused = await h.call('GET', TENANT, { headers: { origin: FOREIGN_ORIGIN } });
    const body = problem(refused, 403, 'origin_not_allowed');
    assert.equal(refused.headers.get('access-control-allow-origin'), FOREIGN_ORIGIN);
    assert.equal(refused.headers.get('access-control-allow-credentials'), null);
    assert.doesNotMatch(JSON.stringify(body), /localhost|allowedOrigins|San Clemente/);

    const unknown = await h.call('GET', '/v1/tenants/no-such-city', { headers: { origin: FOREIGN_ORIGIN } });
    problem(unknown, 404, 'unknown_tenant');
    assert.equal(unknown.headers.get('access-control-allow-origin'), FOREIGN_ORIGIN);

    const withoutOrigin = await h.call('GET', TENANT);
    assert.equal(withoutOrigin.status, 200, 'server-side callers still read the configuration');
  });

  it('answers a malformed escape in the tenant with 404 unknown_tenant, not a server error', async () => {
    const h = await harness();
    for (const path of ['/v1/tenants/%E0%A4%A', '/v1/tenants/%E0%A4%A/lookups']) {
      problem(await h.call('GET', path, { headers: { origin: DEMO_ORIGIN } }), 404, 'unknown_tenant');
    }
  });

  it('takes card and bank details only from the payment frame, never from a city page', async () => {
    const card = {
      type: 'card',
      number: '4242424242424242',
      expMonth: 12,
      expYear: 2030,
      cvc: '123',
      name: 'A',
      zip: '92672',
    };
    const fromCity = await (
      await harness()
    ).call('POST', `${TENANT}/payment-methods`, {
      json: card,
      headers: { origin: DEMO_ORIGIN },
    });
    problem(fromCity, 403, 'origin_not_allowed');
    assert.equal(fromCity.headers.get('access-control-allow-origin'), null);

    const fromFrame = await (
      await harness()
    ).call('POST', `${TENANT}/payment-methods`, {
      json: card,
      headers: { origin: 'http://localhost' },
    });
    assert.equal(fromFrame.status, 201);

    const fromTestPage = await (
      await harness({ tokenizeOrigins: [DEMO_ORIGIN] })
    ).call('POST', `${TENANT}/payment-methods`, {
      json: card,
      headers: { origin: DEMO_ORIGIN },
    });
    assert.equal(fromTestPage.status, 201);
    assert.equal(fromTestPage.headers.get('access-control-allow-origin'), DEMO_ORIGIN);
  });

  it('accepts the API’s own origin (the payment frame) for state-changing requests', async () => {
    const reply = await (
      await harness()
    ).call('POST', `${TENANT}/fee-quotes`, {
      json: { amountCents: 1000, method: 'card' },
      headers: { origin: 'http://localhost' },
    });
    assert.equal(reply.status, 200);
  });
});

describe('payment frame', () => {
  const frameDir = mkdtempSync(join(tmpdir(), 'civicpay-frame-'));
  writeFileSync(join(frameDir, 'payment-fields.html'), '<!doctype html><title>Payment</title>');
  writeFileSync(join(frameDir, 'payment-fields.js'), 'export {};');
  writeFileSync(join(frameDir, 'payment-fields.js.map'), '{}');

  it('serves the frame files with their types and a strict CSP naming the tenant origins', async () => {
    const h = await harness({ frameDir });
    const html = await h.app.request('/frame/payment-fields.html');
    assert.equal(html.status, 200);
    assert.equal(html.headers.get('content-type'), 'text/html; charset=utf-8');
    const csp = html.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /frame-ancestors http:\/\/localhost:8000 http:\/\/127\.0\.0\.1:8000;/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.equal(html.headers.get('x-content-type-options'), 'nosniff');
    const js = await h.app.request('/frame/payment-fields.js');
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    const map = await h.app.request('/frame/payment-fields.js.map');
    assert.equal(map.headers.get('content-type'), 'application/json; charset=utf-8');
  });

  it('answers 404 for missing files, escapes from the directory and a missing directory', async () => {
    const h = await harness({ frameDir });
    problem(await h.call('GET', '/frame/nothing.js'), 404, 'not_found');
    problem(await h.call('GET', '/frame/%2e%2e/%2e%2e/etc/passwd.json'), 404, 'not_found');
    problem(await h.call('GET', '/frame/%E0%A4%A.js'), 404, 'not_found');
    problem(
      await (await harness({ frameDir: join(frameDir, 'absent') })).call('GET', '/frame/payment-fields.html'),
      404,
      'not_found',
    );
  });
});
