import { expect } from '@open-wc/testing';
import '../../helpers/lit-warnings.js';
import { checkReceiptEmail } from '../../../src/elements/guest-pay/receipt-email.js';

describe('receipt email', () => {
  it('is optional', () => {
    expect(checkReceiptEmail('   ')).to.deep.equal({ ok: true, value: null });
  });
  it('keeps one trimmed address', () => {
    expect(checkReceiptEmail(' resident@example.org ')).to.deep.equal({ ok: true, value: 'resident@example.org' });
  });
  for (const typed of [
    'resident',
    'resident@',
    '@example.org',
    'a@b',
    'a b@example.org',
    'a@example.org, b@example.org',
    // The billing API's schema refuses letters with accents before the @.
    'josé@example.com',
  ]) {
    it(`refuses "${typed}"`, () => {
      expect(checkReceiptEmail(typed)).to.deep.equal({ ok: false, error: 'email_invalid' });
    });
  }

  it('keeps refusing an address the billing API refused, until it is changed', () => {
    expect(checkReceiptEmail('resident@example.org', 'resident@example.org')).to.deep.equal({
      ok: false,
      error: 'email_invalid',
    });
    expect(checkReceiptEmail('other@example.org', 'resident@example.org').ok).to.equal(true);
  });
});
