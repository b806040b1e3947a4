// The running server and docs/openapi.json agree both ways: every documented method and path is
// routed, and everything routed is documented (the probes and the payment frame apart).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createAdaptorServer } from '@hono/node-server';
import * as z from 'zod/mini';
import * as s from '../../../src/api/schemas.js';
import { createApp } from '../src/app.js';
import type { SqlStorage } from '../src/storage/sql-storage.js';
import { TestClock, resident } from './helpers.js';
import { openTestStorage } from './test-storage.js';

/** Served, but not part of the v1 contract: load balancer probes and the payment frame's files. */
const OUTSIDE_CONTRACT = ['GET /healthz', 'GET /readyz', 'GET /frame/*'];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

const document = JSON.parse(readFileSync(new URL('../../../docs/openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, unknown>>;
};
const documented = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
);

/** A concrete URL path for a template: the demo tenant, and made-up ids elsewhere. */
const concrete = (template: string) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'tenant' ? 'san-clemente' : `no-such-${name}`));

describe('the server’s routes and docs/openapi.json', () => {
  let storage: SqlStorage;
  let app: ReturnType<typeof createApp>;
  let server: ReturnType<typeof createAdaptorServer>;
  let base = '';
  let notRouted: s.Problem;

  const send = async (method: string, path: string, token?: string) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  /** A session: the routes behind sign-in answer only with one. */
  const signIn = async () => {
    const response = await fetch(`${base}/v1/tenants/san-clemente/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(resident),
    });
    return z.parse(s.Session, await response.json()).token;
  };
  /** Whether the router found nothing: the same answer as for a path nobody would route. */
  const isNotRouted = (reply: { status: number; body: unknown }) =>
    reply.status === notRouted.status && JSON.stringify(reply.body) === JSON.stringify(notRouted);

  before(async () => {
    storage = await openTestStorage(new TestClock().now);
    app = createApp({ storage });
    server = createAdaptorServer({ fetch: app.fetch, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const reply = await send('GET', '/v1/no-such-route');
    notRouted = z.parse(s.Problem, reply.body);
    assert.equal(notRouted.status, 404);
  });

  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await storage.close();
  });

  it('answers every documented method and path from a route', async () => {
    assert.ok(documented.length >= 18, `${documented.length} operations documented`);
    const token = await signIn();
    // Deletes last: signing out ends the session the routes behind sign-in need.
    const deletesLast = [...documented].sort((a, b) => Number(a.startsWith('DELETE')) - Number(b.startsWith('DELETE')));
    for (const operation of deletesLast) {
      const [method, template] = operation.split(' ') as [string, string];
      const reply = await send(method, concrete(template), token);
      assert.ok(!isNotRouted(reply), `${operation} is documented but not routed: ${JSON.stringify(reply.body)}`);
    }
  });

  it('answers nothing on a documented path but its documented methods', async () => {
    const token = await signIn();
    for (const template of Object.keys(document.paths)) {
      for (const method of METHODS.filter((name) => !documented.includes(`${name} ${template}`))) {
        const reply = await send(method, concrete(template), token);
        assert.ok(isNotRouted(reply), `${method} ${template} is routed but not documented: ${reply.status}`);
      }
    }
  });

  it('routes no method and path that the document and the list of probes leave out', () => {
    const routed = new Set(
      app.routes
        .filter((route) => route.method !== 'ALL')
        .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    assert.deepEqual([...routed].sort(), [...documented, ...OUTSIDE_CONTRACT].sort());
  });
});
