import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as s from '../../../src/api/schemas.js';
import { TENANT, card, guestPaymentBody, harness, parsed, pay, problem, signIn } from './helpers.js';

const address: s.Address = { line1: '218 Calle Serena', line2: null, city: 'San Clemente', state: 'CA', zip: '92672' };
const RIGHT_TO_LEFT_OVERRIDE = '\u202e';
const FIRST_STRONG_ISOLATE = '\u2068';

describe('text that reaches other systems', () => {
  it('stores names and addresses in Unicode NFC, whatever form they were typed in', async () => {
    const h = await harness();
    const token = await signIn(h);
    const decomposed = { ...address, line1: '12 Calle Sen\u0303ora', city: ' San Clemente ' };
    const profile = parsed(
      s.Profile,
      await h.call('PATCH', '/v1/profile', { token, json: { mailingAddress: decomposed } }),
      200,
    );
    assert.equal(profile.mailingAddress.line1, '12 Calle Se\u00f1ora');
    assert.equal(profile.mailingAddress.city, 'San Clemente');
    const stored = String(await h.value("SELECT new_value FROM profile_changes WHERE field = 'mailingAddress'"));
    assert.ok(stored.includes('Se\u00f1ora') && !stored.includes('n\u0303'));
  });

  it('refuses control and bidi-override characters in an address with a field error', async () => {
    const h = await harness();
    const token = await signIn(h);
    const cases: [Partial<s.Address>, string][] = [
      [{ line1: `218 Calle ${RIGHT_TO_LEFT_OVERRIDE}aneres` }, 'mailingAddress.line1'],
      [{ line2: 'Apt 4\r\nDELETE' }, 'mailingAddress.line2'],
      [{ city: `San Clemente\u0007` }, 'mailingAddress.city'],
      [{ city: `${FIRST_STRONG_ISOLATE}San Clemente` }, 'mailingAddress.city'],
    ];
    for (const [change, field] of cases) {
      const reply = await h.call('PATCH', '/v1/profile', {
        token,
        json: { mailingAddress: { ...address, ...change } },
      });
      assert.deepEqual(problem(reply, 422, 'validation').errors, [{ field, code: 'forbidden_characters' }]);
    }
    assert.equal(await h.value('SELECT count(*) FROM profile_changes').then(Number), 0);
  });

  it('refuses them in the card holder’s name and the receipt email', async () => {
    const h = await harness();
    const named = await h.call('POST', `${TENANT}/payment-methods`, {
      json: card('4242424242424242', { name: `Alex ${RIGHT_TO_LEFT_OVERRIDE}areviR` }),
    });
    assert.deepEqual(problem(named, 422, 'validation').errors, [{ field: 'name', code: 'forbidden_characters' }]);
    const body = await guestPaymentBody(h);
    const reply = await pay(h, { ...body, receiptEmail: `guest${RIGHT_TO_LEFT_OVERRIDE}@example.com` });
    assert.deepEqual(
      problem(reply, 422, 'validation').errors?.map((error) => error.field),
      ['receiptEmail'],
    );
  });
});
