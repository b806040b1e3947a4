import { expect } from '@open-wc/testing';
import { centsToInput, formatMoney, parseMoney } from '../../src/core/money.js';

describe('parseMoney', () => {
  const accepted: Array<[string, number]> = [
    ['84.17', 8417],
    ['$84.17', 8417],
    ['$ 84.17', 8417],
    ['84', 8400],
    ['84.1', 8410],
    ['84.', 8400],
    ['.5', 50],
    ['1,234.5', 123450],
    ['1,234,567.89', 123456789],
    ['  250.00 ', 25000],
    ['0.01', 1],
  ];
  for (const [input, cents] of accepted) {
    it(`reads "${input}" as ${cents} cents`, () => {
      expect(parseMoney(input)).to.deep.equal({ ok: true, value: cents });
    });
  }

  const refused: Array<[string, string]> = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'invalid'],
    ['1e3', 'invalid'],
    ['12,34', 'invalid'],
    ['1.2.3', 'invalid'],
    ['$', 'empty'],
    ['-5', 'negative'],
    ['(5.00)', 'negative'],
    ['0', 'zero'],
    ['0.00', 'zero'],
    ['84.175', 'too_many_decimals'],
    ['1.234', 'too_many_decimals'],
    ['10000000.01', 'too_large'],
    ['99999999999999', 'too_large'],
  ];
  for (const [input, error] of refused) {
    it(`refuses "${input}" as ${error}`, () => {
      expect(parseMoney(input)).to.deep.equal({ ok: false, error });
    });
  }

  it('refuses amounts past a given maximum', () => {
    expect(parseMoney('10,000.01', 1_000_000)).to.deep.equal({ ok: false, error: 'too_large' });
    expect(parseMoney('10,000.00', 1_000_000)).to.deep.equal({ ok: true, value: 1_000_000 });
  });

  it('never loses a cent to floating point', () => {
    for (let cents = 1; cents < 100_000; cents += 37) {
      expect(parseMoney(centsToInput(cents))).to.deep.equal({ ok: true, value: cents });
    }
  });
});

describe('formatMoney', () => {
  it('formats cents as US dollars in English and Spanish', () => {
    expect(formatMoney(8417, 'en')).to.equal('$84.17');
    expect(formatMoney(123456, 'en')).to.equal('$1,234.56');
    expect(formatMoney(8417, 'es')).to.match(/84\.17/);
    expect(formatMoney(8417, 'es')).to.contain('$');
  });

  it('shows a credit as a negative amount', () => {
    expect(formatMoney(-1250, 'en')).to.equal('-$12.50');
  });
});
