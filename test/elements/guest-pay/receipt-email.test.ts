import { expect } from '@open-wc/testing';
import '../../helpers/lit-warnings.js';
import { checkReceiptEmail } from '../../../src/elements/guest-pay/receipt-email.js';

describe('receipt email', () => {
  it('is optional', () => {
    expect(checkReceiptEmail('   ')).to.deep.equal({ ok: true, email: null });
  });
  it('keeps one trimmed address', () => {
    expect(checkReceiptEmail(' resident@example.org ')).to.deep.equal({ ok: true, email: 'resident@example.org' });
  });
  for (const typed of [
    'resident',
    'resident@',
    '@example.org',
    'a@b',
    'a b@example.org',
    'a@example.org, b@example.org',
  ]) {
    it(`refuses "${typed}"`, () => {
      expect(checkReceiptEmail(typed)).to.deep.equal({ ok: false, error: 'email_invalid' });
    });
  }
});
