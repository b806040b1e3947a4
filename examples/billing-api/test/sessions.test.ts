import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as s from '../../../src/api/schemas.js';
import { TENANT, harness, parsed, problem, resident, signIn } from './helpers.js';

describe('sign-in', () => {
  it('returns a bearer token, its idle expiry and the customer; stores only the token hash', async () => {
    const h = await harness();
    const session = parsed(s.Session, await h.call('POST', `${TENANT}/sessions`, { json: resident }), 201);
    assert.equal(session.customer.displayName, 'Alex Rivera');
    assert.equal(session.idleTimeoutSeconds, 900);
    assert.equal(Buffer.from(session.token, 'base64url').length, 32);
    const stored = (await h.rows('SELECT token_hash FROM sessions')).map((row) => Object.values(row)[0]) as string[];
    assert.equal(stored.length, 1);
    assert.notEqual(stored[0], session.token);
    assert.ok(!stored[0]!.includes(session.token));
  });

  it('answers a wrong password and an unknown user with the same generic 401', async () => {
    const h = await harness();
    const wrong = problem(
      await h.call('POST', `${TENANT}/sessions`, { json: { ...resident, password: 'nope' } }),
      401,
      'invalid_credentials',
    );
    const unknown = problem(
      await h.call('POST', `${TENANT}/sessions`, { json: { username: 'ghost', password: 'nope' } }),
      401,
      'invalid_credentials',
    );
    assert.deepEqual(wrong, unknown);
  });

  it('does not sign the resident in on another tenant', async () => {
    const h = await harness();
    problem(
      await h.call('POST', '/v1/tenants/harbor-district/sessions', { json: resident }),
      401,
      'invalid_credentials',
    );
  });

  it('does not count a successful sign-in against the client address', async () => {
    const h = await harness({ addressLimits: { failedSignIns: 2 } });
    for (let attempt = 0; attempt < 3; attempt++) await signIn(h);
    problem(
      await h.call('POST', `${TENANT}/sessions`, { json: { username: 'first', password: 'x' } }),
      401,
      'invalid_credentials',
    );
    parsed(s.Session, await h.call('POST', `${TENANT}/sessions`, { json: resident }), 201);
  });

  it('limits failed attempts per client address across user names (20 by default)', async () => {
    const h = await harness();
    for (let attempt = 1; attempt <= 20; attempt++) {
      problem(
        await h.call('POST', `${TENANT}/sessions`, { json: { username: `user${attempt}`, password: 'x' } }),
        401,
        'invalid_credentials',
      );
    }
    problem(await h.call('POST', `${TENANT}/sessions`, { json: resident }), 429, 'rate_limited');
    parsed(s.Session, await h.call('POST', `${TENANT}/sessions`, { json: resident, client: '192.0.2.50' }), 201);
  });

  it('takes a per-address limit from its options', async () => {
    const h = await harness({ addressLimits: { failedSignIns: 2 } });
    for (const username of ['first', 'second']) {
      problem(
        await h.call('POST', `${TENANT}/sessions`, { json: { username, password: 'x' } }),
        401,
        'invalid_credentials',
      );
    }
    problem(await h.call('POST', `${TENANT}/sessions`, { json: resident }), 429, 'rate_limited');
  });
});

describe('the current session', () => {
  it('describes the session and slides its expiry on every authenticated request', async () => {
    const h = await harness();
    const token = await signIn(h);
    h.clock.advance(600);
    const info = parsed(s.SessionInfo, await h.call('GET', '/v1/sessions/current', { token }), 200);
    assert.equal(info.expiresAt, new Date(h.clock.time.getTime() + 900_000).toISOString());
    h.clock.advance(600);
    parsed(s.AccountList, await h.call('GET', '/v1/accounts', { token }), 200);
    h.clock.advance(600);
    parsed(s.SessionInfo, await h.call('GET', '/v1/sessions/current', { token }), 200);
  });

  it('expires after the idle timeout', async () => {
    const h = await harness({ sessionIdleSeconds: 60 });
    const token = await signIn(h);
    h.clock.advance(61);
    problem(await h.call('GET', '/v1/sessions/current', { token }), 401, 'unauthorized');
    problem(await h.call('GET', '/v1/accounts', { token }), 401, 'unauthorized');
  });

  it('ends after 12 hours however active, and never promises an expiry past that', async () => {
    const h = await harness();
    const signedInAt = h.clock.time.getTime();
    const token = await signIn(h);
    for (let minutes = 10; minutes < 12 * 60 - 10; minutes += 10) {
      h.clock.advance(600);
      parsed(s.AccountList, await h.call('GET', '/v1/accounts', { token }), 200);
    }
    h.clock.advance(600);
    const info = parsed(s.SessionInfo, await h.call('GET', '/v1/sessions/current', { token }), 200);
    assert.equal(info.expiresAt, new Date(signedInAt + 12 * 3600_000).toISOString());
    h.clock.advance(600);
    problem(await h.call('GET', '/v1/sessions/current', { token }), 401, 'unauthorized');
  });

  it('takes the maximum age from its options', async () => {
    const h = await harness({ sessionMaxSeconds: 120 });
    const session = parsed(s.Session, await h.call('POST', `${TENANT}/sessions`, { json: resident }), 201);
    assert.equal(session.expiresAt, new Date(h.clock.time.getTime() + 120_000).toISOString());
    h.clock.advance(60);
    parsed(s.SessionInfo, await h.call('GET', '/v1/sessions/current', { token: session.token }), 200);
    h.clock.advance(61);
    problem(await h.call('GET', '/v1/accounts', { token: session.token }), 401, 'unauthorized');
  });

  it('ends sessions older than a lowered maximum age at once', async () => {
    const h = await harness();
    const token = await signIn(h);
    h.clock.advance(300);
    const restarted = await harness({ storage: h.storage, now: h.clock.now, sessionMaxSeconds: 240 });
    problem(await restarted.call('GET', '/v1/sessions/current', { token }), 401, 'unauthorized');
    parsed(s.SessionInfo, await h.call('GET', '/v1/sessions/current', { token }), 200);
  });

  it('refuses a missing, malformed or unknown token', async () => {
    const h = await harness();
    const missing = await h.call('GET', '/v1/profile');
    problem(missing, 401, 'unauthorized');
    assert.equal(missing.headers.get('www-authenticate'), 'Bearer');
    problem(await h.call('GET', '/v1/profile', { token: 'not a token' }), 401, 'unauthorized');
    problem(await h.call('GET', '/v1/profile', { token: 'A'.repeat(43) }), 401, 'unauthorized');
  });

  it('signs out with 204, after which the token no longer works', async () => {
    const h = await harness();
    const token = await signIn(h);
    const reply = await h.call('DELETE', '/v1/sessions/current', { token });
    assert.equal(reply.status, 204);
    problem(await h.call('GET', '/v1/sessions/current', { token }), 401, 'unauthorized');
  });
});
