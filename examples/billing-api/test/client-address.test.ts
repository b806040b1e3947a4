import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { limitKeyForAddress } from '../src/client-address.js';
import { TENANT, harness, problem } from './helpers.js';

/** A lookup that fails, for a different number each time (the per-number limit stays out of it). */
const unknownAccount = (index: number) => ({ kind: 'account', accountNumber: `${900_000_000 + index}`, zip: '92672' });

describe('client addresses for the rate limits', () => {
  it('counts IPv6 by its /64 and IPv4-mapped IPv6 as the IPv4 address', () => {
    assert.equal(limitKeyForAddress('2001:db8:1:2:3:4:5:6'), '2001:db8:1:2::/64');
    assert.equal(limitKeyForAddress('2001:db8:1:2::ffff'), '2001:db8:1:2::/64');
    assert.equal(limitKeyForAddress('2001:DB8:0001:0002:aaaa::1'), '2001:db8:1:2::/64');
    assert.equal(limitKeyForAddress('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(limitKeyForAddress('::1'), '0:0:0:0::/64');
    assert.equal(limitKeyForAddress('fe80::1%eth0'), 'fe80:0:0:0::/64');
    assert.equal(limitKeyForAddress('::ffff:192.0.2.7'), '192.0.2.7');
    assert.equal(limitKeyForAddress('::ffff:c000:207'), '192.0.2.7');
    assert.equal(limitKeyForAddress('192.0.2.7'), '192.0.2.7');
    assert.equal(limitKeyForAddress('unknown'), 'unknown');
  });

  it('stops failed lookups from twelve addresses of one /64 as from one address', async () => {
    const h = await harness();
    for (let host = 1; host <= 10; host++) {
      const reply = await h.call('POST', `${TENANT}/lookups`, {
        json: unknownAccount(host),
        client: `2001:db8:7:7::${host}`,
      });
      problem(reply, 404, 'lookup_failed');
    }
    for (const host of [11, 12]) {
      const reply = await h.call('POST', `${TENANT}/lookups`, {
        json: unknownAccount(host),
        client: `2001:db8:7:7:${host}::1`,
      });
      problem(reply, 429, 'rate_limited');
    }
    const otherNetwork = await h.call('POST', `${TENANT}/lookups`, {
      json: unknownAccount(13),
      client: '2001:db8:7:8::1',
    });
    problem(otherNetwork, 404, 'lookup_failed');
  });

  it('counts an IPv4-mapped address and its IPv4 address together', async () => {
    const h = await harness({ addressLimits: { failedSignIns: 2 } });
    const attempt = (client: string, username: string) =>
      h.call('POST', `${TENANT}/sessions`, { json: { username, password: 'x' }, client });
    problem(await attempt('::ffff:198.51.100.9', 'first'), 401, 'invalid_credentials');
    problem(await attempt('198.51.100.9', 'second'), 401, 'invalid_credentials');
    problem(await attempt('::ffff:198.51.100.9', 'third'), 429, 'rate_limited');
  });
});
