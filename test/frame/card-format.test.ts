import { expect } from '@open-wc/testing';
import '../helpers/lit-warnings.js';
import { caretAfterDigits, formatCardNumber } from '../../src/frame/card-format.js';

describe('formatCardNumber', () => {
  it('groups by brand', () => {
    expect(formatCardNumber('4242424242424242')).to.equal('4242 4242 4242 4242');
    expect(formatCardNumber('378282246310005')).to.equal('3782 822463 10005');
    expect(formatCardNumber('6011000000000000001')).to.equal('6011 0000 0000 0000 001');
    expect(formatCardNumber('42424')).to.equal('4242 4');
    expect(formatCardNumber('')).to.equal('');
  });

  it('stops at 19 digits', () => {
    expect(formatCardNumber('4'.repeat(25)).replace(/ /g, '')).to.have.length(19);
  });
});

describe('caretAfterDigits', () => {
  it('keeps the caret after the same digit', () => {
    expect(caretAfterDigits('4242 4242', 4)).to.equal(4);
    expect(caretAfterDigits('4242 4242', 5)).to.equal(6);
    expect(caretAfterDigits('4242 4242', 0)).to.equal(0);
    expect(caretAfterDigits('4242', 9)).to.equal(4);
  });
});
