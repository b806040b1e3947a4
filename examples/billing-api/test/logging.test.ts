import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { harness } from './helpers.js';

// Decoded, %0D%0A would end the line here and start a forged one.
const FORGING = '/v1/tenants/x%0D%0APOST%20/v1/tenants/san-clemente/payments%20201%201ms';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function logged(options: Parameters<typeof harness>[0] = {}) {
  const lines: string[] = [];
  return { lines, h: await harness({ ...options, log: (line) => lines.push(line) }) };
}

describe('logs', () => {
  it('writes one JSON line per request with time, request id, method, raw path, status and ms', async () => {
    const { lines, h } = await logged();
    const reply = await h.call('GET', FORGING);
    assert.equal(lines.length, 1);
    assert.doesNotMatch(lines[0]!, /[\r\n]/);
    const entry = JSON.parse(lines[0]!);
    assert.deepEqual(Object.keys(entry), ['time', 'requestId', 'method', 'path', 'status', 'ms']);
    assert.equal(entry.time, h.clock.time.toISOString());
    assert.match(entry.requestId, UUID);
    assert.equal(entry.requestId, reply.headers.get('x-request-id'));
    assert.equal(entry.method, 'GET');
    assert.equal(entry.path, '/v1/tenants/x%0D%0APOST%20/v1/tenants/san-clemente/payments%20201%201ms');
    assert.equal(entry.status, 404);
    assert.ok(Number.isInteger(entry.ms) && entry.ms >= 0);
  });

  it('keeps bodies, queries, tokens, headers and addresses out of the line', async () => {
    const { lines, h } = await logged();
    await h.call('POST', '/v1/tenants/san-clemente/sessions?user=resident', {
      json: { username: 'resident', password: 'civicpay-demo-1' },
      headers: { authorization: 'Bearer secret-token-123', 'user-agent': 'agent-x' },
      client: '198.51.100.7',
    });
    assert.equal(lines.length, 1);
    for (const secret of ['civicpay-demo-1', 'resident', 'secret-token', 'agent-x', '198.51.100.7']) {
      assert.ok(!lines[0]!.includes(secret), `${secret} in ${lines[0]}`);
    }
    assert.equal(JSON.parse(lines[0]!).status, 201);
  });

  it('gives every request its own id and echoes it on errors too', async () => {
    const { lines, h } = await logged();
    const first = await h.call('GET', '/v1/accounts');
    const second = await h.call('GET', '/v1/tenants/san-clemente');
    assert.equal(first.status, 401);
    const ids = lines.map((line) => JSON.parse(line).requestId);
    assert.deepEqual(ids, [first.headers.get('x-request-id'), second.headers.get('x-request-id')]);
    assert.notEqual(ids[0], ids[1]);
  });

  it('ignores an incoming X-Request-Id unless the API sits behind trusted proxies', async () => {
    const { lines, h } = await logged();
    const reply = await h.call('GET', '/healthz', { headers: { 'x-request-id': 'from-client-1' } });
    assert.match(reply.headers.get('x-request-id')!, UUID);
    assert.match(JSON.parse(lines[0]!).requestId, UUID);
  });

  it('behind trusted proxies keeps a well-formed incoming id and replaces a malformed one', async () => {
    const { lines, h } = await logged({ trustedProxyHops: 1 });
    for (const bad of ['a"}{"status":200', 'a b', 'Root=1', 'x'.repeat(129), 'é', '']) {
      const reply = await h.call('GET', '/healthz', { headers: { 'x-request-id': bad } });
      assert.match(reply.headers.get('x-request-id')!, UUID, bad);
    }
    const good = await h.call('GET', '/healthz', { headers: { 'x-request-id': 'lb-7f3a.9:01_x-' + 'y'.repeat(100) } });
    assert.equal(good.headers.get('x-request-id'), 'lb-7f3a.9:01_x-' + 'y'.repeat(100));
    assert.equal(JSON.parse(lines.at(-1)!).requestId, good.headers.get('x-request-id'));
  });

  it('writes the failed request’s path percent-encoded too', async () => {
    const h = await harness();
    await h.storage.close();
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => errors.push(line);
    try {
      await h.call('GET', '/v1/payments/SC-1%0D%0AGET%20%2Fv1%2Fprofile%20200%201ms', {
        headers: { 'x-receipt-token': 'token' },
      });
    } finally {
      console.error = original;
    }
    assert.equal(errors.length, 1);
    // The error's name differs by database (TypeError from SQLite, Error from PostgreSQL).
    assert.match(errors[0]!, /^GET \/v1\/payments\/SC-1%0D%0AGET%20%2Fv1%2Fprofile%20200%201ms failed: \w*Error$/);
  });
});
