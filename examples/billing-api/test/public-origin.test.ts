import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { card, DEMO_ORIGIN, harness, problem, TENANT } from './helpers.js';

const PUBLIC = 'https://billing.example.gov';
const HSTS = 'max-age=63072000; includeSubDomains';

describe('the configured public origin', () => {
  it('recognises the payment frame by the configured origin behind a TLS proxy', async () => {
    const h = await harness({ publicOrigin: PUBLIC });
    // The proxy speaks plain http to the API, so the request's own URL is http://localhost.
    const reply = await h.call('POST', `${TENANT}/payment-methods`, {
      json: card('4242424242424242'),
      headers: { origin: PUBLIC },
    });
    assert.equal(reply.status, 201);
  });

  it('refuses a page whose origin only matches the Host header (DNS rebinding)', async () => {
    const h = await harness({ publicOrigin: PUBLIC });
    const rebound = await h.app.request('http://rebind.example:8787/v1/tenants/san-clemente/payment-methods', {
      method: 'POST',
      headers: { origin: 'http://rebind.example:8787', 'content-type': 'application/json' },
      body: JSON.stringify(card('4242424242424242')),
    });
    assert.equal(rebound.status, 403);
    problem(
      { status: rebound.status, headers: rebound.headers, body: await rebound.json() },
      403,
      'origin_not_allowed',
    );
    const fromRequestUrl = await h.call('POST', `${TENANT}/fee-quotes`, {
      json: { amountCents: 1000, method: 'card' },
      headers: { origin: 'http://localhost' },
    });
    problem(fromRequestUrl, 403, 'origin_not_allowed');
  });

  it('names the configured origin, not self, in the frame’s CSP', async () => {
    const frameDir = mkdtempSync(join(tmpdir(), 'civicpay-frame-'));
    writeFileSync(join(frameDir, 'payment-fields.html'), '<!doctype html><title>Payment</title>');
    const reply = await (await harness({ frameDir, publicOrigin: PUBLIC })).app.request('/frame/payment-fields.html');
    const csp = reply.headers.get('content-security-policy') ?? '';
    for (const directive of ['script-src', 'style-src', 'connect-src']) {
      assert.match(csp, new RegExp(`${directive} ${PUBLIC.replaceAll('.', '\\.')};`));
    }
    assert.ok(!csp.includes("'self'"), csp);
    assert.match(csp, new RegExp(`frame-ancestors [^;]*${DEMO_ORIGIN}`));
  });

  it('sends Strict-Transport-Security on every response when the origin is https', async () => {
    const h = await harness({ publicOrigin: PUBLIC });
    for (const [method, path] of [
      ['GET', `${TENANT}`],
      ['GET', '/nowhere'],
      ['GET', '/healthz'],
      ['OPTIONS', `${TENANT}/lookups`],
    ] as const) {
      const reply = await h.call(method, path, {
        headers: { origin: DEMO_ORIGIN, 'access-control-request-method': 'POST' },
      });
      assert.equal(reply.headers.get('strict-transport-security'), HSTS, `${method} ${path}`);
    }
  });

  it('sends no Strict-Transport-Security when the origin is http', async () => {
    const reply = await (await harness({ publicOrigin: 'http://localhost:8787' })).call('GET', TENANT);
    assert.equal(reply.headers.get('strict-transport-security'), null);
  });
});
