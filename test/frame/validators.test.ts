import { expect } from '@open-wc/testing';
import '../helpers/lit-warnings.js';
import { detectBrand } from '../../src/frame/validators/card-brands.js';
import { luhnValid } from '../../src/frame/validators/luhn.js';
import { validateCardNumber } from '../../src/frame/validators/card-number.js';
import { validateSecurityCode } from '../../src/frame/validators/security-code.js';
import { parseExpiry, validateExpiry } from '../../src/frame/validators/expiry.js';
import { abaChecksumValid, validateRoutingNumber } from '../../src/frame/validators/routing-number.js';
import { validateAccountNumber } from '../../src/frame/validators/account-number.js';
import { validateName, validatePostalCode } from '../../src/frame/validators/text-fields.js';
import type { CardBrand } from '../../src/frame/validators/card-brands.js';

const allBrands: CardBrand[] = ['visa', 'mastercard', 'amex', 'discover'];

/** Public test numbers of each brand; the last Discover ones sit at the ends of the 622126–622925 range. */
const testCards: Record<CardBrand, string[]> = {
  visa: ['4242424242424242', '4000056655665556', '4111111111111111', '4222222222222', '4111111111111111110'],
  mastercard: [
    '5555555555554444',
    '5105105105105100',
    '5200828282828210',
    '2223003122003222',
    '2221000000000009',
    '2720000000000005',
  ],
  amex: ['378282246310005', '371449635398431'],
  discover: [
    '6011111111111117',
    '6011000990139424',
    '6445644564456445',
    '6500000000000002',
    '6221260000000000',
    '6229250000000003',
    '6011000000000000001',
  ],
};

describe('card brand detection', () => {
  for (const [brand, numbers] of Object.entries(testCards)) {
    for (const number of numbers) {
      it(`${number} is ${brand} and valid`, () => {
        expect(detectBrand(number)).to.equal(brand);
        expect(validateCardNumber(number, allBrands)).to.equal(undefined);
      });
    }
  }

  it('knows no brand outside the ranges', () => {
    for (const number of [
      '2220999999999999',
      '2721000000000000',
      '5000000000000000',
      '5600000000000000',
      '3530111333300000',
      '6221250000000001',
      '6229260000000002',
      '6430000000000000',
      '1',
    ]) {
      expect(detectBrand(number), number).to.equal(undefined);
    }
  });

  it('detects a brand from the first digits, while typing', () => {
    expect(detectBrand('4')).to.equal('visa');
    expect(detectBrand('37')).to.equal('amex');
    expect(detectBrand('2221')).to.equal('mastercard');
    expect(detectBrand('222')).to.equal(undefined);
    expect(detectBrand('622126')).to.equal('discover');
  });
});

describe('validateCardNumber', () => {
  it('accepts spaces and dashes', () => {
    expect(validateCardNumber('4242 4242-4242 4242', allBrands)).to.equal(undefined);
  });

  it('returns a key for each way a number can be wrong', () => {
    expect(validateCardNumber('', allBrands)).to.equal('cardNumberRequired');
    expect(validateCardNumber('4242 4242 4242 424x', allBrands)).to.equal('cardNumberCharacters');
    expect(validateCardNumber('9999999999999995', allBrands)).to.equal('cardBrandUnknown');
    expect(validateCardNumber('378282246310005', ['visa', 'mastercard'])).to.equal('cardBrandNotAccepted');
    expect(validateCardNumber('424242424242', allBrands)).to.equal('cardNumberLength');
    expect(validateCardNumber('55555555555544440', allBrands)).to.equal('cardNumberLength');
    expect(validateCardNumber('3782822463100050', allBrands)).to.equal('cardNumberLength');
    expect(validateCardNumber('4242424242424241', allBrands)).to.equal('cardNumberChecksum');
  });
});

describe('luhnValid', () => {
  it('checks the last digit', () => {
    expect(luhnValid('79927398713')).to.equal(true);
    expect(luhnValid('79927398710')).to.equal(false);
    expect(luhnValid('')).to.equal(false);
  });
});

describe('validateSecurityCode', () => {
  it('wants 4 digits for American Express and 3 for the others', () => {
    expect(validateSecurityCode('1234', 'amex')).to.equal(undefined);
    expect(validateSecurityCode('123', 'amex')).to.equal('securityCodeLength4');
    expect(validateSecurityCode('123', 'visa')).to.equal(undefined);
    expect(validateSecurityCode('1234', 'mastercard')).to.equal('securityCodeLength3');
    expect(validateSecurityCode('12a', 'discover')).to.equal('securityCodeLength3');
    expect(validateSecurityCode(' ', 'visa')).to.equal('securityCodeRequired');
  });
});

describe('expiry', () => {
  const now = new Date(2026, 4, 17); // 17 May 2026, local time

  it('reads the usual ways of writing it', () => {
    expect(parseExpiry('05/26')).to.deep.equal({ month: 5, year: 2026 });
    expect(parseExpiry('5/26')).to.deep.equal({ month: 5, year: 2026 });
    expect(parseExpiry('0526')).to.deep.equal({ month: 5, year: 2026 });
    expect(parseExpiry('05 / 2031')).to.deep.equal({ month: 5, year: 2031 });
    expect(parseExpiry('526')).to.equal(undefined);
    expect(parseExpiry('May 26')).to.equal(undefined);
  });

  it('accepts the current month and later', () => {
    expect(validateExpiry('05/26', now)).to.equal(undefined);
    expect(validateExpiry('01/27', now)).to.equal(undefined);
  });

  it('refuses past months, impossible months and other text', () => {
    expect(validateExpiry('04/26', now)).to.equal('expiryPast');
    expect(validateExpiry('12/25', now)).to.equal('expiryPast');
    expect(validateExpiry('13/27', now)).to.equal('expiryMonth');
    expect(validateExpiry('00/27', now)).to.equal('expiryMonth');
    expect(validateExpiry('next year', now)).to.equal('expiryFormat');
    expect(validateExpiry('', now)).to.equal('expiryRequired');
  });
});

describe('routing numbers', () => {
  const real = [
    '011000015',
    '021000021',
    '122105278',
    '026009593',
    '111000025',
    '121000358',
    '322271627',
    '061000104',
    '091000019',
  ];

  for (const routing of real) {
    it(`${routing} passes the ABA checksum and prefix`, () => {
      expect(abaChecksumValid(routing)).to.equal(true);
      expect(validateRoutingNumber(routing)).to.equal(undefined);
    });
  }

  it('returns a key for each way a routing number can be wrong', () => {
    expect(validateRoutingNumber('')).to.equal('routingRequired');
    expect(validateRoutingNumber('01100001')).to.equal('routingLength');
    expect(validateRoutingNumber('0110000155')).to.equal('routingLength');
    expect(validateRoutingNumber('01100001a')).to.equal('routingLength');
    expect(validateRoutingNumber('011000016')).to.equal('routingChecksum');
    expect(validateRoutingNumber('123456789')).to.equal('routingChecksum');
    // Both pass the checksum but no bank uses their first two digits.
    expect(abaChecksumValid('130000006')).to.equal(true);
    expect(validateRoutingNumber('130000006')).to.equal('routingPrefix');
    expect(validateRoutingNumber('500000005')).to.equal('routingPrefix');
  });

  it('accepts the 80 prefix and spaces', () => {
    expect(validateRoutingNumber('800000006')).to.equal(undefined);
    expect(validateRoutingNumber('0110 0001 5')).to.equal(undefined);
  });
});

describe('validateAccountNumber', () => {
  it('takes 4 to 17 digits', () => {
    expect(validateAccountNumber('000123456789')).to.equal(undefined);
    expect(validateAccountNumber('1234')).to.equal(undefined);
    expect(validateAccountNumber('12345678901234567')).to.equal(undefined);
    expect(validateAccountNumber('123')).to.equal('accountLength');
    expect(validateAccountNumber('123456789012345678')).to.equal('accountLength');
    expect(validateAccountNumber('12-34x')).to.equal('accountLength');
    expect(validateAccountNumber('')).to.equal('accountRequired');
  });
});

describe('name and ZIP', () => {
  it('needs a name of at most 100 characters', () => {
    expect(validateName('Ana López')).to.equal(undefined);
    expect(validateName('  ')).to.equal('nameRequired');
    expect(validateName('a'.repeat(101))).to.equal('nameTooLong');
  });

  it('needs a five-digit ZIP', () => {
    expect(validatePostalCode('92672')).to.equal(undefined);
    expect(validatePostalCode('9267')).to.equal('postalCodeFormat');
    expect(validatePostalCode('92672-1234')).to.equal('postalCodeFormat');
    expect(validatePostalCode('')).to.equal('postalCodeRequired');
  });
});
