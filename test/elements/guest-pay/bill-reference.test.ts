import { expect } from '@open-wc/testing';
import '../../helpers/lit-warnings.js';
import { lookupRequest, normalizeReference } from '../../../src/elements/guest-pay/bill-reference.js';
import { normalizeZip } from '../../../src/core/zip.js';

describe('bill reference normalization', () => {
  for (const typed of ['482910375', '482-910-375', ' 482 910 375 ', '482–910–375', '482.910.375']) {
    it(`reads account number "${typed}" as 482910375`, () => {
      expect(normalizeReference('account', typed)).to.deep.equal({ ok: true, value: '482910375' });
    });
  }
  for (const typed of ['AR-10045', 'ar 10045', 'AR10045', 'ar-100-45']) {
    it(`reads invoice number "${typed}" as AR-10045`, () => {
      expect(normalizeReference('invoice', typed)).to.deep.equal({ ok: true, value: 'AR-10045' });
    });
  }
  it('refuses what cannot be an account or invoice number', () => {
    expect(normalizeReference('account', '  ')).to.deep.equal({ ok: false, error: 'number_empty' });
    expect(normalizeReference('account', '12345')).to.deep.equal({ ok: false, error: 'account_invalid' });
    expect(normalizeReference('account', '1234567890123')).to.deep.equal({ ok: false, error: 'account_invalid' });
    expect(normalizeReference('account', '482A910375')).to.deep.equal({ ok: false, error: 'account_invalid' });
    expect(normalizeReference('invoice', '10045')).to.deep.equal({ ok: false, error: 'invoice_invalid' });
  });
  it('reads ZIP codes, cutting ZIP+4 to five digits', () => {
    expect(normalizeZip('92672')).to.deep.equal({ ok: true, value: '92672' });
    expect(normalizeZip(' 92672-1234 ')).to.deep.equal({ ok: true, value: '92672' });
    expect(normalizeZip('')).to.deep.equal({ ok: false, error: 'zip_empty' });
    expect(normalizeZip('9267')).to.deep.equal({ ok: false, error: 'zip_invalid' });
    expect(normalizeZip('9267a')).to.deep.equal({ ok: false, error: 'zip_invalid' });
  });
  it('builds the API lookup body for each kind', () => {
    expect(lookupRequest('account', '482910375', '92672')).to.deep.equal({
      kind: 'account',
      accountNumber: '482910375',
      zip: '92672',
    });
    expect(lookupRequest('invoice', 'AR-10045', '92672')).to.deep.equal({
      kind: 'invoice',
      invoiceNumber: 'AR-10045',
      zip: '92672',
    });
  });
});
