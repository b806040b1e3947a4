import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as s from '../../../src/api/schemas.js';
import {
  TENANT,
  guestAccount,
  harness,
  parsed,
  problem,
  resident,
  solvedChallenge,
  storageWithTenant,
  type Harness,
} from './helpers.js';

const STRANGER = '198.51.100.7';
const RESIDENT_HOME = '192.0.2.50';
const wrongPassword = { ...resident, password: 'guess' };

/** Failed sign-ins from one address, waiting out each Retry-After; the waits it was told. */
async function guessPasswords(h: Harness, count: number, client = STRANGER): Promise<number[]> {
  const waits: number[] = [];
  for (let guess = 0; guess < count; guess++) {
    let reply = await h.call('POST', `${TENANT}/sessions`, { json: wrongPassword, client });
    if (reply.status === 429) {
      const wait = problem(reply, 429, 'rate_limited').retryAfterSeconds!;
      assert.equal(reply.headers.get('retry-after'), String(wait));
      waits.push(wait);
      h.clock.advance(wait);
      reply = await h.call('POST', `${TENANT}/sessions`, { json: wrongPassword, client });
    }
    problem(reply, 401, 'invalid_credentials');
  }
  return waits;
}

describe('no lockout by strangers: sign-in', () => {
  it('a stranger’s 40 wrong passwords leave the right one working from the resident’s address', async () => {
    const h = await harness();
    await guessPasswords(h, 40);
    parsed(s.Session, await h.call('POST', `${TENANT}/sessions`, { json: resident, client: RESIDENT_HOME }), 201);
  });

  it('slows the guessing address with waits that double, up to 15 minutes', async () => {
    const h = await harness();
    const waits = await guessPasswords(h, 16);
    assert.deepEqual(waits, [2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
    // The right password from the guessing address waits too: it cannot be told from a guess.
    problem(await h.call('POST', `${TENANT}/sessions`, { json: resident, client: STRANGER }), 429, 'rate_limited');
  });

  it('lets parallel guesses from one address past the free attempts no further than sequential ones', async () => {
    const h = await harness();
    const replies = await Promise.all(
      Array.from({ length: 12 }, () => h.call('POST', `${TENANT}/sessions`, { json: wrongPassword, client: STRANGER })),
    );
    assert.equal(replies.filter((reply) => reply.status === 401).length, 5);
    assert.equal(replies.filter((reply) => reply.status === 429).length, 7);
  });

  it('a sign-in that succeeds clears its own address’s count', async () => {
    const h = await harness();
    await guessPasswords(h, 4, RESIDENT_HOME);
    parsed(s.Session, await h.call('POST', `${TENANT}/sessions`, { json: resident, client: RESIDENT_HOME }), 201);
    await guessPasswords(h, 5, RESIDENT_HOME).then((waits) => assert.deepEqual(waits, []));
  });

  it('guesses spread over many addresses lock no one out when the tenant asks for no challenge', async () => {
    const h = await harness();
    for (let address = 1; address <= 30; address++) {
      const client = `198.51.100.${address}`;
      problem(await h.call('POST', `${TENANT}/sessions`, { json: wrongPassword, client }), 401, 'invalid_credentials');
    }
    parsed(s.Session, await h.call('POST', `${TENANT}/sessions`, { json: resident, client: RESIDENT_HOME }), 201);
  });
});

describe('challenge step', () => {
  it('is not asked for by default', async () => {
    const h = await harness();
    parsed(s.Session, await h.call('POST', `${TENANT}/sessions`, { json: resident }), 201);
  });

  it('`after-failures`: after 5 failures for a user name from anywhere, every address must solve one', async () => {
    const h = await harness({ storage: await storageWithTenant({ challenge: 'after-failures' }) });
    for (let address = 1; address <= 5; address++) {
      const client = `198.51.100.${address}`;
      problem(await h.call('POST', `${TENANT}/sessions`, { json: wrongPassword, client }), 401, 'invalid_credentials');
    }
    const asked = await h.call('POST', `${TENANT}/sessions`, { json: resident, client: RESIDENT_HOME });
    problem(asked, 403, 'challenge_required');
    const challenge = await solvedChallenge(h);
    parsed(
      s.Session,
      await h.call('POST', `${TENANT}/sessions`, { json: { ...resident, challenge }, client: RESIDENT_HOME }),
      201,
    );
    // Each answer works once, on any instance sharing the database.
    problem(
      await h.call('POST', `${TENANT}/sessions`, { json: { ...resident, challenge }, client: RESIDENT_HOME }),
      403,
      'challenge_failed',
    );
  });

  it('`always`: refuses a missing, wrong, foreign-tenant, tampered or expired answer', async () => {
    const storage = await storageWithTenant({ challenge: 'always' });
    const h = await harness({ storage, challengeDifficultyBits: 12 });
    problem(await h.call('POST', `${TENANT}/sessions`, { json: resident }), 403, 'challenge_required');
    const good = await solvedChallenge(h);
    const wrongSolution = { ...good, solution: String(Number(good.solution) + 1) };
    const harbor = await solvedChallenge(h, '/v1/tenants/harbor-district');
    const [payload, signature] = good.token.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { bits: number };
    const easier = Buffer.from(JSON.stringify({ ...claims, bits: 1 })).toString('base64url');
    const tampered = { token: `${easier}.${signature}`, solution: '0' };
    for (const challenge of [wrongSolution, harbor, tampered]) {
      const reply = await h.call('POST', `${TENANT}/sessions`, { json: { ...resident, challenge } });
      problem(reply, 403, 'challenge_failed');
    }
    h.clock.advance(5 * 60 + 1);
    problem(
      await h.call('POST', `${TENANT}/sessions`, { json: { ...resident, challenge: good } }),
      403,
      'challenge_failed',
    );
    const fresh = await solvedChallenge(h);
    parsed(s.Session, await h.call('POST', `${TENANT}/sessions`, { json: { ...resident, challenge: fresh } }), 201);
  });

  it('issues a signed SHA-256 proof of work of 16 bits by default', async () => {
    const h = await harness();
    const challenge = parsed(s.Challenge, await h.call('POST', `${TENANT}/challenges`), 201);
    assert.equal(challenge.difficultyBits, 16);
    assert.equal(challenge.algorithm, 'SHA-256');
  });
});

describe('no lockout by strangers: guest lookup', () => {
  const wrongZip = { ...guestAccount, zip: '92000' };

  it('a stranger’s wrong ZIPs for an account leave the right ZIP working from another address', async () => {
    const h = await harness();
    const waits: number[] = [];
    for (let guess = 0; guess < 10; guess++) {
      let reply = await h.call('POST', `${TENANT}/lookups`, { json: wrongZip, client: STRANGER });
      if (reply.status === 429) {
        waits.push(problem(reply, 429, 'rate_limited').retryAfterSeconds!);
        h.clock.advance(waits.at(-1)!);
        reply = await h.call('POST', `${TENANT}/lookups`, { json: wrongZip, client: STRANGER });
      }
      problem(reply, 404, 'lookup_failed');
    }
    assert.deepEqual(waits, [2, 4, 8, 16, 32]);
    parsed(s.Lookup, await h.call('POST', `${TENANT}/lookups`, { json: guestAccount, client: RESIDENT_HOME }), 201);
  });

  it('`after-failures`: asks for a challenge once a number has 5 failures from anywhere', async () => {
    const h = await harness({ storage: await storageWithTenant({ challenge: 'after-failures' }) });
    for (let address = 1; address <= 5; address++) {
      const reply = await h.call('POST', `${TENANT}/lookups`, { json: wrongZip, client: `198.51.100.${address}` });
      problem(reply, 404, 'lookup_failed');
    }
    problem(
      await h.call('POST', `${TENANT}/lookups`, { json: guestAccount, client: RESIDENT_HOME }),
      403,
      'challenge_required',
    );
    const challenge = await solvedChallenge(h);
    const reply = await h.call('POST', `${TENANT}/lookups`, {
      json: { ...guestAccount, challenge },
      client: RESIDENT_HOME,
    });
    parsed(s.Lookup, reply, 201);
  });
});

describe('harvesting by successful lookups', () => {
  it('one address: stopped after 20 lookups an hour, found or not; other addresses unaffected', async () => {
    const h = await harness();
    let found = 0;
    for (let attempt = 0; attempt < 60; attempt++) {
      const reply = await h.call('POST', `${TENANT}/lookups`, { json: guestAccount, client: STRANGER });
      if (reply.status !== 201) {
        const body = problem(reply, 429, 'rate_limited');
        assert.ok(body.retryAfterSeconds! > 0 && body.retryAfterSeconds! <= 3600);
        break;
      }
      found += 1;
    }
    assert.equal(found, 20);
    parsed(s.Lookup, await h.call('POST', `${TENANT}/lookups`, { json: guestAccount, client: RESIDENT_HOME }), 201);
    h.clock.advance(60 * 60 + 1);
    parsed(s.Lookup, await h.call('POST', `${TENANT}/lookups`, { json: guestAccount, client: STRANGER }), 201);
  });

  it('many addresses: stopped at the tenant’s limit of lookups in 10 minutes, other tenants unaffected', async () => {
    const h = await harness({ limits: { lookupsPerTenant: 30 } });
    let found = 0;
    for (let attempt = 0; attempt < 60; attempt++) {
      const reply = await h.call('POST', `${TENANT}/lookups`, { json: guestAccount, client: `198.51.100.${attempt}` });
      if (reply.status !== 201) {
        problem(reply, 429, 'rate_limited');
        break;
      }
      found += 1;
    }
    assert.equal(found, 30);
    const harbor = { kind: 'account', accountNumber: '618273049', zip: '92672' };
    parsed(s.Lookup, await h.call('POST', '/v1/tenants/harbor-district/lookups', { json: harbor }), 201);
  });
});
