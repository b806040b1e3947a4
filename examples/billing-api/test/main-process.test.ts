import assert from 'node:assert/strict';
import { request } from 'node:http';
import { describe, it } from 'node:test';
import { ready, startMain } from './main-process.js';

const LOOKUP = JSON.stringify({ kind: 'account', accountNumber: '482910375', zip: '92672' });

/** A lookup whose body arrives in two parts; the request is in flight until `finish` is called. */
function slowLookup(base: string) {
  const url = new URL('/v1/tenants/san-clemente/lookups', base);
  let finish = () => {};
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': LOOKUP.length } },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      },
    );
    req.on('error', reject);
    req.write(LOOKUP.slice(0, 10));
    finish = () => req.end(LOOKUP.slice(10));
  });
  return { response, finish: () => finish() };
}

const BANK = {
  routingNumber: '011000015',
  accountNumber: '000123456789',
  accountType: 'checking',
  holderName: 'Alex Rivera',
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the API process', () => {
  it('on SIGTERM stops accepting, finishes the request in flight, then exits 0', async () => {
    const main = await startMain();
    await ready(main);
    const slow = slowLookup(main.base);
    await pause(300); // the server has the headers and waits for the rest of the body
    main.child.kill('SIGTERM');
    await pause(300);
    await assert.rejects(fetch(`${main.base}/healthz`), 'a new connection is refused');
    assert.equal(main.child.exitCode, null, 'still running while a request is in flight');
    slow.finish();
    const { status, body } = await slow.response;
    assert.equal(status, 201, body);
    assert.match(body, /"lookupToken"/);
    assert.equal(await main.exited, 0);
    assert.match(main.output(), /"path":"\/v1\/tenants\/san-clemente\/lookups","status":201/);
  });

  it('cuts off a request still open after the grace period and exits 1', async () => {
    const main = await startMain({ SHUTDOWN_GRACE_SECONDS: '1' });
    await ready(main);
    const slow = slowLookup(main.base);
    slow.response.catch(() => {}); // the connection is cut
    await pause(300);
    const signalled = Date.now();
    main.child.kill('SIGINT');
    assert.equal(await main.exited, 1);
    const took = Date.now() - signalled;
    assert.ok(took >= 900 && took < 5000, `exited after ${took} ms`);
    assert.match(main.output(), /cut off/);
  });

  it('refuses to start when PUBLIC_ORIGIN is not a bare origin', async () => {
    for (const bad of [
      'https://billing.example.gov/',
      'billing.example.gov',
      'https://billing.example.gov:443',
      'ftp://x.example',
    ]) {
      const main = await startMain({ PUBLIC_ORIGIN: bad });
      assert.equal(await main.exited, 1, bad);
      assert.match(main.output(), /^PUBLIC_ORIGIN is invalid: .*not an origin/m, bad);
      assert.doesNotMatch(main.output(), /\n\s+at /, 'no stack trace');
    }
  });

  it('takes the per-tenant tokenizing limit from TOKENIZE_PER_TENANT, and refuses a bad one', async () => {
    const bad = await startMain({ TOKENIZE_PER_TENANT: 'many' });
    assert.equal(await bad.exited, 1);
    assert.match(bad.output(), /^TOKENIZE_PER_TENANT must be a positive integer, not "many"\.$/m);

    const main = await startMain({ TOKENIZE_PER_TENANT: '2' });
    try {
      await ready(main);
      const tokenize = () =>
        fetch(`${main.base}/v1/tenants/san-clemente/payment-methods`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'bank', ...BANK }),
        });
      assert.deepEqual(
        [(await tokenize()).status, (await tokenize()).status, (await tokenize()).status],
        [201, 201, 429],
      );
    } finally {
      main.child.kill('SIGTERM');
      await main.exited;
    }
  });

  it('with an https PUBLIC_ORIGIN sends HSTS and recognises the frame only by that origin', async () => {
    const main = await startMain({ PUBLIC_ORIGIN: 'https://billing.example.gov' });
    await ready(main);
    try {
      const tenant = await fetch(`${main.base}/v1/tenants/san-clemente`);
      assert.equal(tenant.headers.get('strict-transport-security'), 'max-age=63072000; includeSubDomains');
      const quote = (origin: string) =>
        fetch(`${main.base}/v1/tenants/san-clemente/fee-quotes`, {
          method: 'POST',
          headers: { origin, 'content-type': 'application/json' },
          body: JSON.stringify({ amountCents: 1000, method: 'card' }),
        });
      assert.equal((await quote('https://billing.example.gov')).status, 200);
      assert.equal((await quote(main.base)).status, 403, 'the origin the socket was reached by is not ours');
    } finally {
      main.child.kill('SIGTERM');
      assert.equal(await main.exited, 0);
    }
  });

  it('defaults the public origin to http://localhost:PORT', async () => {
    const main = await startMain();
    await ready(main);
    try {
      const port = new URL(main.base).port;
      assert.match(main.output(), new RegExp(`public origin http://localhost:${port} `));
      const reply = await fetch(`${main.base}/v1/tenants/san-clemente/fee-quotes`, {
        method: 'POST',
        headers: { origin: `http://localhost:${port}`, 'content-type': 'application/json' },
        body: JSON.stringify({ amountCents: 1000, method: 'card' }),
      });
      assert.equal(reply.status, 200);
      assert.equal(reply.headers.get('strict-transport-security'), null);
    } finally {
      main.child.kill('SIGTERM');
      await main.exited;
    }
  });
});
