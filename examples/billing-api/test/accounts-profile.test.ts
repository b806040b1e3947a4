import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as s from '../../../src/api/schemas.js';
import { count, harness, parsed, problem, signIn } from './helpers.js';

describe('accounts', () => {
  it('lists the resident’s two accounts, masked, one past due', async () => {
    const h = await harness();
    const token = await signIn(h);
    const { accounts } = parsed(s.AccountList, await h.call('GET', '/v1/accounts', { token }), 200);
    assert.deepEqual(
      accounts.map((a) => [a.id, a.maskedNumber, a.amountDueCents, a.pastDueCents]),
      [
        ['acct-sc-0301', '•••••6852', 6240, 0],
        ['acct-sc-0302', '•••••3428', 14590, 4825],
      ],
    );
    assert.ok(accounts.every((account) => account.lastPayment !== null && account.status === 'active'));
    const one = parsed(s.Account, await h.call('GET', '/v1/accounts/acct-sc-0302', { token }), 200);
    assert.deepEqual(one, accounts[1]);
  });

  it('answers 404 for an account that is not the resident’s', async () => {
    const h = await harness();
    const token = await signIn(h);
    problem(await h.call('GET', '/v1/accounts/acct-sc-0300', { token }), 404, 'not_found');
    problem(await h.call('GET', '/v1/accounts/acct-sc-0300/activity', { token }), 404, 'not_found');
  });

  it('pages the activity ten at a time, newest first, with an opaque cursor', async () => {
    const h = await harness();
    const token = await signIn(h);
    const items: s.ActivityItem[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
      const page = parsed(
        s.ActivityPage,
        await h.call('GET', `/v1/accounts/acct-sc-0301/activity${query}`, { token }),
        200,
      );
      assert.ok(page.items.length <= 10);
      items.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    assert.equal(pages, 3);
    assert.equal(items.length, 30);
    assert.equal(new Set(items.map((item) => item.id)).size, 30);
    const dates = items.map((item) => item.date);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.deepEqual(new Set(items.map((item) => item.type)), new Set(['bill', 'payment', 'adjustment']));
  });

  it('refuses a cursor it did not make', async () => {
    const h = await harness();
    const token = await signIn(h);
    const body = problem(
      await h.call('GET', '/v1/accounts/acct-sc-0301/activity?cursor=bogus', { token }),
      422,
      'validation',
    );
    assert.deepEqual(body.errors, [{ field: 'cursor', code: 'invalid_cursor' }]);
  });
});

describe('profile', () => {
  it('reads the contact details', async () => {
    const h = await harness();
    const token = await signIn(h);
    const profile = parsed(s.Profile, await h.call('GET', '/v1/profile', { token }), 200);
    assert.equal(profile.email, 'alex.rivera@example.com');
    assert.equal(profile.phones.fax, null);
  });

  it('changes only the sent fields and keeps an audit history of each change', async () => {
    const h = await harness();
    const token = await signIn(h);
    const before = parsed(s.Profile, await h.call('GET', '/v1/profile', { token }), 200);
    h.clock.advance(60);
    const address = { line1: '1 Ocean View', line2: null, city: 'San Clemente', state: 'CA', zip: '92673-1234' };
    const after = parsed(
      s.Profile,
      await h.call('PATCH', '/v1/profile', {
        token,
        json: { email: 'new@example.com', phones: { fax: '(949) 555-0100' }, mailingAddress: address },
      }),
      200,
    );
    assert.equal(after.email, 'new@example.com');
    assert.equal(after.phones.fax, '(949) 555-0100');
    assert.equal(after.phones.mobile, before.phones.mobile);
    assert.deepEqual(after.mailingAddress, address);
    assert.notEqual(after.updatedAt, before.updatedAt);
    const history = await h.rows('SELECT field, old_value, new_value FROM profile_changes ORDER BY id');
    assert.deepEqual(history, [
      { field: 'email', old_value: 'alex.rivera@example.com', new_value: 'new@example.com' },
      { field: 'phones.fax', old_value: null, new_value: '(949) 555-0100' },
      { field: 'mailingAddress', old_value: JSON.stringify(before.mailingAddress), new_value: JSON.stringify(address) },
    ]);
    parsed(s.Profile, await h.call('PATCH', '/v1/profile', { token, json: { email: 'new@example.com' } }), 200);
    assert.equal(await count(h, 'profile_changes'), 3, 'an unchanged value is not a change');
  });

  it('names the failing fields by path', async () => {
    const h = await harness();
    const token = await signIn(h);
    const body = problem(
      await h.call('PATCH', '/v1/profile', {
        token,
        json: {
          email: 'not-an-email',
          mailingAddress: { line1: 'x', line2: null, city: 'y', state: 'CA', zip: '9267' },
        },
      }),
      422,
      'validation',
    );
    assert.deepEqual(body.errors?.map((error) => error.field).sort(), ['email', 'mailingAddress.zip']);
    assert.equal(await count(h, 'profile_changes'), 0);
  });
});
