import assert from 'node:assert/strict';
import { randomBytes, scryptSync } from 'node:crypto';
import { describe, it } from 'node:test';
import * as s from '../../../src/api/schemas.js';
import { TENANT, harness, parsed, problem, resident, signIn, type Harness } from './helpers.js';

const LATER = 5 * 60 + 1;

function patchProfile(h: Harness, token: string, json: unknown) {
  return h.call('PATCH', '/v1/profile', { token, json });
}

describe('changing the email or the mailing address', () => {
  it('needs the current password once the sign-in is more than 5 minutes old; phones do not', async () => {
    const h = await harness();
    const token = await signIn(h);
    h.clock.advance(LATER);
    problem(await patchProfile(h, token, { email: 'thief@example.net' }), 403, 'reauthentication_required');
    const address = { line1: '1 Thief Way', line2: null, city: 'Elsewhere', state: 'CA', zip: '90000' };
    problem(await patchProfile(h, token, { mailingAddress: address }), 403, 'reauthentication_required');
    const wrong = { email: 'thief@example.net', currentPassword: 'guess' };
    problem(await patchProfile(h, token, wrong), 403, 'reauthentication_required');
    parsed(s.Profile, await patchProfile(h, token, { phones: { fax: '(949) 555-0100' } }), 200);
    assert.equal(await h.value('SELECT email FROM customers'), 'alex.rivera@example.com');

    const right = { email: 'alex@example.org', currentPassword: resident.password };
    assert.equal(parsed(s.Profile, await patchProfile(h, token, right), 200).email, 'alex@example.org');
  });

  it('needs no password within 5 minutes of signing in', async () => {
    const h = await harness();
    const token = await signIn(h);
    h.clock.advance(4 * 60);
    parsed(s.Profile, await patchProfile(h, token, { email: 'alex@example.org' }), 200);
  });

  it('asks for the password at once when freshSignInSeconds is 0', async () => {
    const h = await harness({ freshSignInSeconds: 0 });
    const token = await signIn(h);
    problem(await patchProfile(h, token, { email: 'alex@example.org' }), 403, 'reauthentication_required');
    const right = { email: 'alex@example.org', currentPassword: resident.password };
    assert.equal(parsed(s.Profile, await patchProfile(h, token, right), 200).email, 'alex@example.org');
  });

  it('tells the old email address, through the outbox', async () => {
    const h = await harness();
    const token = await signIn(h);
    parsed(s.Profile, await patchProfile(h, token, { email: 'alex@example.org' }), 200);
    const sent = await h.storage.outbox(1);
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.to, 'alex.rivera@example.com');
    assert.match(sent[0]!.body, /changed to alex@example\.org/);
  });

  it('slows wrong current passwords like failed sign-ins', async () => {
    const h = await harness();
    const token = await signIn(h);
    h.clock.advance(LATER);
    for (let guess = 0; guess < 5; guess++) {
      const reply = await patchProfile(h, token, { email: 'thief@example.net', currentPassword: `guess-${guess}` });
      problem(reply, 403, 'reauthentication_required');
    }
    const slowed = await patchProfile(h, token, { email: 'thief@example.net', currentPassword: 'guess-5' });
    problem(slowed, 429, 'rate_limited');
  });
});

describe('active sessions', () => {
  it('lists them, marks the current one, and ends the others', async () => {
    const h = await harness();
    const first = await signIn(h);
    h.clock.advance(60);
    const second = await signIn(h);
    const listed = parsed(s.SessionList, await h.call('GET', '/v1/sessions', { token: second }), 200);
    assert.equal(listed.sessions.length, 2);
    assert.deepEqual(
      listed.sessions.map((session) => session.current),
      [true, false],
    );
    for (const session of listed.sessions) assert.ok(![first, second].some((token) => session.id.includes(token)));

    const ended = parsed(s.EndedSessions, await h.call('DELETE', '/v1/sessions/others', { token: second }), 200);
    assert.equal(ended.ended, 1);
    problem(await h.call('GET', '/v1/sessions/current', { token: first }), 401, 'unauthorized');
    const after = parsed(s.SessionList, await h.call('GET', '/v1/sessions', { token: second }), 200);
    assert.equal(after.sessions.length, 1);
    problem(await h.call('GET', '/v1/sessions'), 401, 'unauthorized');
  });
});

describe('the sessions list', () => {
  const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

  it('says which browser signed in and when each session was last used', async () => {
    const h = await harness();
    const signInWith = async (userAgent?: string) => {
      const headers: Record<string, string> = userAgent === undefined ? {} : { 'user-agent': userAgent };
      return parsed(s.Session, await h.call('POST', `${TENANT}/sessions`, { json: resident, headers }), 201).token;
    };
    const firefox = await signInWith(FIREFOX);
    const signedInAt = h.clock.now().toISOString();
    h.clock.advance(120);
    await h.call('GET', '/v1/accounts', { token: firefox });
    const usedAt = h.clock.now().toISOString();
    h.clock.advance(60);
    const bare = await signInWith();
    const { sessions } = parsed(s.SessionList, await h.call('GET', '/v1/sessions', { token: bare }), 200);
    assert.deepEqual(
      sessions.map(({ userAgent, createdAt, lastUsedAt, current }) => ({ userAgent, createdAt, lastUsedAt, current })),
      [
        {
          userAgent: null,
          createdAt: h.clock.now().toISOString(),
          lastUsedAt: h.clock.now().toISOString(),
          current: true,
        },
        { userAgent: FIREFOX, createdAt: signedInAt, lastUsedAt: usedAt, current: false },
      ],
    );
  });

  it('keeps a user agent only as plain, short text', async () => {
    const h = await harness();
    const hostile = `<img src=x onerror=alert(1)>\u0007\u007f\u0085${'x'.repeat(400)}`;
    const token = parsed(
      s.Session,
      await h.call('POST', `${TENANT}/sessions`, { json: resident, headers: { 'user-agent': hostile } }),
      201,
    ).token;
    const [session] = parsed(s.SessionList, await h.call('GET', '/v1/sessions', { token }), 200).sessions;
    assert.equal(session!.userAgent!.length, s.USER_AGENT_MAX_LENGTH);
    assert.ok(session!.userAgent!.startsWith('<img src=x onerror=alert(1)>xxx'), session!.userAgent!);
  });
});

describe('password hashing', () => {
  it('stores scrypt with N=2^17, r=8, p=1 and upgrades an older hash at the next sign-in', async () => {
    const h = await harness();
    assert.match(String(await h.value('SELECT password_hash FROM customers')), /^scrypt\$ln=17,r=8,p=1\$/);
    const salt = randomBytes(16);
    const legacy = `scrypt$${salt.toString('base64url')}$${scryptSync(resident.password, salt, 32, { N: 16384 }).toString('base64url')}`;
    await h.rows('UPDATE customers SET password_hash = ?', [legacy]);

    problem(
      await h.call('POST', '/v1/tenants/san-clemente/sessions', { json: { ...resident, password: 'x' } }),
      401,
      'invalid_credentials',
    );
    assert.equal(await h.value('SELECT password_hash FROM customers'), legacy, 'a wrong password upgrades nothing');
    await signIn(h);
    const upgraded = String(await h.value('SELECT password_hash FROM customers'));
    assert.match(upgraded, /^scrypt\$ln=17,r=8,p=1\$/);
    await signIn(h);
    assert.equal(await h.value('SELECT password_hash FROM customers'), upgraded, 'hashed once');
  });
});
