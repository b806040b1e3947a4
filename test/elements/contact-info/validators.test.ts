import { expect } from '@open-wc/testing';
import { normalizePhone } from '../../../src/elements/contact-info/phone.js';
import { normalizeState } from '../../../src/elements/contact-info/postal.js';
import { normalizeZip } from '../../../src/core/zip.js';
import { checkEmail } from '../../../src/core/email.js';
import { changesFrom, fieldOfPath, validate, valuesOf } from '../../../src/elements/contact-info/contact-form.js';
import type { Profile } from '../../../src/api/schemas.js';
import '../../helpers/lit-warnings.js';

describe('normalizePhone', () => {
  for (const input of [
    '9495550123',
    '949-555-0123',
    '(949) 555-0123',
    '949.555.0123',
    '+1 949 555 0123',
    '1-949-555-0123',
  ]) {
    it(`reads "${input}" as (949) 555-0123`, () => expect(normalizePhone(input)).to.equal('(949) 555-0123'));
  }
  for (const input of [
    '555-0123',
    '0495550123',
    '9491550123',
    '94955501234',
    '949-555-0123 ext 4',
    '+44 20 7946 0958',
    '',
  ]) {
    it(`refuses "${input}"`, () => expect(normalizePhone(input)).to.equal(undefined));
  }
});

describe('normalizeZip with ZIP+4 kept, as mailing addresses take it', () => {
  const cases: Array<[string, string | undefined]> = [
    ['92672', '92672'],
    [' 92672 ', '92672'],
    ['92672-1234', '92672-1234'],
    ['926721234', '92672-1234'],
    ['92672 1234', '92672-1234'],
    ['9267', undefined],
    ['92672-12', undefined],
    ['ABCDE', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`reads "${input}" as ${expected}`, () => {
      const zip = normalizeZip(input, true);
      expect(zip.ok ? zip.value : undefined).to.equal(expected);
    });
  }
});

describe('normalizeState', () => {
  it('accepts US state, DC, territory and military codes in any case', () => {
    expect(normalizeState('ca')).to.equal('CA');
    expect(normalizeState(' DC ')).to.equal('DC');
    expect(normalizeState('pr')).to.equal('PR');
    expect(normalizeState('AE')).to.equal('AE');
  });
  it('refuses anything else', () => {
    for (const input of ['XX', 'C', 'CAL', 'California', '']) expect(normalizeState(input)).to.equal(undefined);
  });
});

describe('checkEmail', () => {
  it('accepts ordinary addresses, trimmed', () => {
    expect(checkEmail(' alex.rivera@example.com ')).to.deep.equal({ ok: true, value: 'alex.rivera@example.com' });
    expect(checkEmail("o'neil+bills@city.example.org")).to.deep.equal({
      ok: true,
      value: "o'neil+bills@city.example.org",
    });
  });
  it('refuses what the billing API refuses', () => {
    for (const input of [
      'alex',
      'alex@',
      '@example.com',
      'alex@example',
      '.alex@example.com',
      'a..b@example.com',
      'a b@example.com',
      'alex@example.c',
      'josé@example.com',
    ]) {
      expect(checkEmail(input), input).to.deep.equal({ ok: false, error: 'email_invalid' });
    }
  });
});

describe('contact form', () => {
  const profile: Profile = {
    displayName: 'Alex Rivera',
    email: 'alex@example.com',
    phones: { home: '(949) 555-0187', mobile: null, fax: null },
    mailingAddress: { line1: '218 Calle Serena', line2: null, city: 'San Clemente', state: 'CA', zip: '92672' },
    updatedAt: '2026-01-01T00:00:00.000Z',
  };

  it('finds nothing to change in the profile as loaded', () => {
    expect(validate(valuesOf(profile))).to.deep.equal({});
    expect(changesFrom(profile, valuesOf(profile))).to.deep.equal({ update: {}, changed: [] });
  });

  it('sends only what changed, normalized, and clears an emptied phone', () => {
    const values = { ...valuesOf(profile), home: '', mobile: '949 555 0123', zip: '926721234' };
    expect(changesFrom(profile, values)).to.deep.equal({
      update: {
        phones: { home: null, mobile: '(949) 555-0123' },
        mailingAddress: { ...profile.mailingAddress, zip: '92672-1234' },
      },
      changed: ['phones.home', 'phones.mobile', 'mailingAddress'],
    });
  });

  it('reports required, malformed and too-long fields', () => {
    const values = { ...valuesOf(profile), email: '', fax: '123', state: 'Cal', city: 'x'.repeat(101) };
    expect(validate(values)).to.deep.equal({
      email: 'errorRequired',
      fax: 'errorPhone',
      state: 'errorState',
      city: 'errorTooLong',
    });
  });

  it("maps the API's field paths to form fields", () => {
    expect(fieldOfPath('email')).to.equal('email');
    expect(fieldOfPath('phones.mobile')).to.equal('mobile');
    expect(fieldOfPath('mailingAddress.zip')).to.equal('zip');
    expect(fieldOfPath('mailingAddress')).to.equal('line1');
    expect(fieldOfPath('displayName')).to.equal(undefined);
  });
});
