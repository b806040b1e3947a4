import { expect } from '@open-wc/testing';
import '../../helpers/lit-warnings.js';
import { checkAmount, initialAmountCents } from '../../../src/elements/guest-pay/amount-rules.js';
import type { Bill } from '../../../src/elements/guest-pay/bill.js';

const partial: Bill = {
  source: { kind: 'lookup', lookupToken: 't' },
  kind: 'account',
  maskedNumber: '•••300',
  displayName: 'A. Resident',
  maskedAddress: '1•• Calle',
  amountDueCents: 8417,
  dueDate: '2030-01-01',
  minCents: 100,
  maxCents: 1_000_000,
  partialPayment: 'allowed',
};
const fullOnly: Bill = {
  ...partial,
  kind: 'invoice',
  amountDueCents: 25_000,
  minCents: 25_000,
  maxCents: 25_000,
  partialPayment: 'full-only',
};

describe('amount rules', () => {
  const refused: Array<[string, string]> = [
    ['', 'empty'],
    ['abc', 'invalid'],
    ['1e3', 'invalid'],
    ['0', 'zero'],
    ['-5', 'negative'],
    ['84.175', 'too_many_decimals'],
    ['10000.01', 'too_large'],
    ['0.99', 'too_small'],
  ];
  for (const [typed, error] of refused) {
    it(`refuses "${typed}" as ${error}`, () => {
      expect(checkAmount(typed, partial)).to.deep.equal({ ok: false, error });
    });
  }
  it('accepts any amount in range when partial payments are allowed', () => {
    expect(checkAmount('84.17', partial)).to.deep.equal({ ok: true, value: 8417 });
    expect(checkAmount('$1.00', partial)).to.deep.equal({ ok: true, value: 100 });
    expect(checkAmount('10,000', partial)).to.deep.equal({ ok: true, value: 1_000_000 });
  });
  it('pays a full-only bill in full whatever is typed', () => {
    expect(checkAmount('1.00', fullOnly)).to.deep.equal({ ok: true, value: 25_000 });
    expect(checkAmount('', { ...fullOnly, amountDueCents: 0 })).to.deep.equal({ ok: false, error: 'nothing_due' });
  });
  it('prefills the amount due only when it can be paid', () => {
    expect(initialAmountCents(partial)).to.equal(8417);
    expect(initialAmountCents({ ...partial, amountDueCents: 0 })).to.equal(undefined);
    expect(initialAmountCents({ ...partial, amountDueCents: 2_000_000 })).to.equal(undefined);
  });
});
