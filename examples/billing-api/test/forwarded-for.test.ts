import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as s from '../../../src/api/schemas.js';
import { addressBehindProxies } from '../src/forwarded-for.js';
import { TENANT, harness, parsed, problem, resident } from './helpers.js';

describe('the client address behind reverse proxies', () => {
  it('takes the entry the nearest trusted proxy wrote, never one the client could forge', () => {
    assert.equal(addressBehindProxies('198.51.100.7', 1), '198.51.100.7');
    assert.equal(addressBehindProxies('6.6.6.6, 198.51.100.7', 1), '198.51.100.7');
    assert.equal(addressBehindProxies('6.6.6.6, 198.51.100.7, 10.0.0.2', 2), '198.51.100.7');
    assert.equal(addressBehindProxies(undefined, 1), undefined);
    assert.equal(addressBehindProxies('198.51.100.7', 2), undefined);
  });

  it('counts failed sign-ins per resident behind one proxy, not for everyone the proxy serves', async () => {
    const h = await harness({ clientAddress: undefined, trustedProxyHops: 1, addressLimits: { failedSignIns: 2 } });
    const from = (address: string) => ({ 'x-forwarded-for': address });
    for (const username of ['first', 'second']) {
      const reply = await h.call('POST', `${TENANT}/sessions`, {
        json: { username, password: 'x' },
        headers: from('6.6.6.6, 198.51.100.7'),
      });
      problem(reply, 401, 'invalid_credentials');
    }
    const limited = await h.call('POST', `${TENANT}/sessions`, { json: resident, headers: from('198.51.100.7') });
    problem(limited, 429, 'rate_limited');
    const neighbour = await h.call('POST', `${TENANT}/sessions`, { json: resident, headers: from('198.51.100.8') });
    parsed(s.Session, neighbour, 201);
  });

  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    const h = await harness({ clientAddress: undefined, addressLimits: { failedSignIns: 2 } });
    for (const address of ['198.51.100.1', '198.51.100.2']) {
      const reply = await h.call('POST', `${TENANT}/sessions`, {
        json: { username: 'first', password: 'x' },
        headers: { 'x-forwarded-for': address },
      });
      problem(reply, 401, 'invalid_credentials');
    }
    const reply = await h.call('POST', `${TENANT}/sessions`, {
      json: resident,
      headers: { 'x-forwarded-for': '198.51.100.3' },
    });
    problem(reply, 429, 'rate_limited');
  });
});
