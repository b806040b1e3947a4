import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { Address, Email, LookupRequest, PaymentMethodRequest, PaymentRequest, ZipCode } from '../../src/api/schemas.js';
import { checkEmail } from '../../src/core/email.js';
import { normalizeZip } from '../../src/core/zip.js';
import { checkField } from '../../src/elements/contact-info/contact-form.js';
import { checkReceiptEmail } from '../../src/elements/guest-pay/receipt-email.js';
import { lookupRequest, normalizeReference } from '../../src/elements/guest-pay/bill-reference.js';
import { validatePostalCode } from '../../src/frame/validators/text-fields.js';

const emails = [
  'resident@example.org',
  ' resident@example.org ',
  "o'neil+bills@city.example.org",
  'josé@example.com',
  'resident@exámple.com',
  'resident@example',
  'a..b@example.com',
  'a b@example.com',
  'a@example.org, b@example.org',
  '',
];

test('the widgets take an email exactly when the API schema does', () => {
  for (const typed of emails) {
    const api = z.safeParse(Email, typed.trim()).success;
    assert.equal(checkEmail(typed).ok, api, `checkEmail ${typed}`);
    assert.equal(checkField('email', typed).ok, api, `contact email ${typed}`);
    const receipt = checkReceiptEmail(typed);
    const body = { receiptEmail: receipt.ok ? receipt.value : typed.trim() };
    assert.equal(
      receipt.ok,
      z.safeParse(z.pick(PaymentRequest, { receiptEmail: true }), body).success,
      `receipt email ${typed}`,
    );
  }
});

test('josé@example.com is refused on the field by both email users, as the API refuses it', () => {
  assert.deepEqual(checkReceiptEmail('josé@example.com'), { ok: false, error: 'email_invalid' });
  assert.deepEqual(checkField('email', 'josé@example.com'), { ok: false, error: 'errorEmail' });
  assert.equal(z.safeParse(PaymentRequest.shape.receiptEmail, 'josé@example.com').success, false);
});

const zips = ['92672', ' 92672 ', '92672-1234', '92672 1234', '926721234', '9267', '926720', '92672-12', 'ABCDE', ''];

test('one ZIP reading: what it gives, each API field takes', () => {
  for (const typed of zips) {
    const five = normalizeZip(typed);
    const plus4 = normalizeZip(typed, true);
    assert.equal(five.ok, plus4.ok, typed);
    if (five.ok) assert.ok(z.safeParse(ZipCode, five.value).success, typed);
    if (plus4.ok) assert.ok(z.safeParse(Address.shape.zip, plus4.value).success, typed);
    const frame = validatePostalCode(typed);
    assert.equal(frame.ok, five.ok, `frame ${typed}`);
    if (frame.ok) {
      const card = { type: 'card', number: '4242424242424242', expMonth: 1, expYear: 2030, cvc: '123', name: 'A' };
      assert.ok(z.safeParse(PaymentMethodRequest, { ...card, zip: frame.value }).success, typed);
    }
  }
  assert.deepEqual(normalizeZip('92672-1234'), { ok: true, value: '92672' });
  assert.deepEqual(normalizeZip('92672-1234', true), { ok: true, value: '92672-1234' });
  assert.deepEqual(checkField('zip', '926721234'), { ok: true, value: '92672-1234' });
});

test('a bill reference the widget accepts makes a lookup the API accepts', () => {
  const cases = [
    ['account', '482-910-375'],
    ['account', '12345'],
    ['invoice', 'ar 10045'],
    ['invoice', 'AR-10045'],
    ['invoice', 'ARX10045'],
  ] as const;
  for (const [kind, typed] of cases) {
    const reference = normalizeReference(kind, typed);
    const api = reference.ok && z.safeParse(LookupRequest, lookupRequest(kind, reference.value, '92672')).success;
    assert.equal(reference.ok, api, typed);
  }
});

test('mailing address fields follow the API schema', () => {
  assert.deepEqual(checkField('line1', 'a'.repeat(201)), { ok: false, error: 'errorTooLong' });
  assert.deepEqual(checkField('city', 'San Clemente\u202e'), { ok: false, error: 'errorServerField' });
  assert.deepEqual(checkField('line2', ''), { ok: true, value: null });
  assert.deepEqual(checkField('state', 'ca'), { ok: true, value: 'CA' });
  assert.deepEqual(checkField('mobile', '949.555.0123'), { ok: true, value: '(949) 555-0123' });
});
