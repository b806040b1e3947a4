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
import type { FieldCheck } from '../../src/core/field-check.js';
import { frameText } from '../../src/frame/messages.js';

const errorOf = (check: FieldCheck<unknown, string>) => (check.ok ? undefined : check.error);

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
        expect(errorOf(validateCardNumber(number, allBrands))).to.equal(undefined);
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
    expect(errorOf(validateCardNumber('4242 4242-4242 4242', allBrands))).to.equal(undefined);
  });

  it('returns a key for each way a number can be wrong', () => {
    expect(errorOf(validateCardNumber('', allBrands))).to.equal('cardNumberRequired');
    expect(errorOf(validateCardNumber('4242 4242 4242 424x', allBrands))).to.equal('cardNumberCharacters');
    expect(errorOf(validateCardNumber('9999999999999995', allBrands))).to.equal('cardBrandUnknown');
    expect(errorOf(validateCardNumber('378282246310005', ['visa', 'mastercard']))).to.equal('cardBrandNotAccepted');
    expect(errorOf(validateCardNumber('424242424242', allBrands))).to.equal('cardNumberLength');
    expect(errorOf(validateCardNumber('55555555555544440', allBrands))).to.equal('cardNumberLength');
    expect(errorOf(validateCardNumber('3782822463100050', allBrands))).to.equal('cardNumberLength');
    expect(errorOf(validateCardNumber('4242424242424241', allBrands))).to.equal('cardNumberChecksum');
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
    expect(errorOf(validateSecurityCode('1234', 'amex'))).to.equal(undefined);
    expect(errorOf(validateSecurityCode('123', 'amex'))).to.equal('securityCodeLength4');
    expect(errorOf(validateSecurityCode('123', 'visa'))).to.equal(undefined);
    expect(errorOf(validateSecurityCode('1234', 'mastercard'))).to.equal('securityCodeLength3');
    expect(errorOf(validateSecurityCode('12a', 'discover'))).to.equal('securityCodeLength3');
    expect(errorOf(validateSecurityCode(' ', 'visa'))).to.equal('securityCodeRequired');
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
    expect(errorOf(validateExpiry('05/26', now))).to.equal(undefined);
    expect(errorOf(validateExpiry('01/27', now))).to.equal(undefined);
  });

  it('refuses past months, impossible months and other text', () => {
    expect(errorOf(validateExpiry('04/26', now))).to.equal('expiryPast');
    expect(errorOf(validateExpiry('12/25', now))).to.equal('expiryPast');
    expect(errorOf(validateExpiry('13/27', now))).to.equal('expiryMonth');
    expect(errorOf(validateExpiry('00/27', now))).to.equal('expiryMonth');
    expect(errorOf(validateExpiry('next year', now))).to.equal('expiryFormat');
    expect(errorOf(validateExpiry('', now))).to.equal('expiryRequired');
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
      expect(errorOf(validateRoutingNumber(routing))).to.equal(undefined);
    });
  }

  it('returns a key for each way a routing number can be wrong', () => {
    expect(errorOf(validateRoutingNumber(''))).to.equal('routingRequired');
    expect(errorOf(validateRoutingNumber('01100001'))).to.equal('routingLength');
    expect(errorOf(validateRoutingNumber('0110000155'))).to.equal('routingLength');
    expect(errorOf(validateRoutingNumber('01100001a'))).to.equal('routingLength');
    expect(errorOf(validateRoutingNumber('011000016'))).to.equal('routingChecksum');
    expect(errorOf(validateRoutingNumber('123456789'))).to.equal('routingChecksum');
    // Both pass the checksum but no bank uses their first two digits.
    expect(abaChecksumValid('130000006')).to.equal(true);
    expect(errorOf(validateRoutingNumber('130000006'))).to.equal('routingPrefix');
    expect(errorOf(validateRoutingNumber('500000005'))).to.equal('routingPrefix');
  });

  it('accepts the 80 prefix and spaces', () => {
    expect(errorOf(validateRoutingNumber('800000006'))).to.equal(undefined);
    expect(errorOf(validateRoutingNumber('0110 0001 5'))).to.equal(undefined);
  });
});

describe('validateAccountNumber', () => {
  it('takes 4 to 17 digits', () => {
    expect(errorOf(validateAccountNumber('000123456789'))).to.equal(undefined);
    expect(errorOf(validateAccountNumber('1234'))).to.equal(undefined);
    expect(errorOf(validateAccountNumber('12345678901234567'))).to.equal(undefined);
    expect(errorOf(validateAccountNumber('123'))).to.equal('accountLength');
    expect(errorOf(validateAccountNumber('123456789012345678'))).to.equal('accountLength');
    expect(errorOf(validateAccountNumber('12-34x'))).to.equal('accountLength');
    expect(errorOf(validateAccountNumber(''))).to.equal('accountRequired');
  });
});

describe('name and ZIP', () => {
  it('needs a name of at most 100 characters', () => {
    expect(errorOf(validateName('Ana López'))).to.equal(undefined);
    expect(errorOf(validateName('  '))).to.equal('nameRequired');
    expect(errorOf(validateName('a'.repeat(101)))).to.equal('nameTooLong');
  });

  it('needs a five-digit ZIP, and cuts a ZIP+4 to it', () => {
    expect(errorOf(validatePostalCode('92672'))).to.equal(undefined);
    expect(errorOf(validatePostalCode('9267'))).to.equal('postalCodeFormat');
    expect(validatePostalCode('92672-1234')).to.deep.equal({ ok: true, value: '92672' });
    expect(errorOf(validatePostalCode('926720'))).to.equal('postalCodeFormat');
    expect(errorOf(validatePostalCode(''))).to.equal('postalCodeRequired');
  });
});

/** Appends the digit that makes `partial` pass Luhn, so a test breaks only the rule it names. */
function withLuhnDigit(partial: string): string {
  const number = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']
    .map((digit) => partial + digit)
    .find((candidate) => luhnValid(candidate))!;
  return number;
}

/** Appends the ninth digit that makes the ABA checksum hold. */
function withAbaDigit(first8: string): string {
  return ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map((digit) => first8 + digit).find(abaChecksumValid)!;
}

describe('card numbers that pass Luhn but break a network rule', () => {
  const pad = (prefix: string, length: number) => withLuhnDigit(prefix.padEnd(length - 1, '0'));

  it('refuses leading digits no accepted network issues', () => {
    for (const prefix of [
      '1',
      '2220',
      '2721',
      '30',
      '3095',
      '36',
      '3528',
      '50',
      '56',
      '6010',
      '6012',
      '622926',
      '623',
      '6270',
      '6281',
      '6289',
      '643',
      '66',
      '7',
      '8',
      '9',
    ]) {
      const number = pad(prefix, 16);
      expect(luhnValid(number), number).to.equal(true);
      expect(errorOf(validateCardNumber(number, allBrands)), number).to.equal('cardBrandUnknown');
    }
  });

  it('refuses lengths a network does not issue', () => {
    const wrong: Array<[string, number]> = [
      ['4', 12],
      ['4', 14],
      ['4', 15],
      ['4', 17],
      ['4', 18],
      ['51', 15],
      ['55', 17],
      ['2221', 19],
      ['34', 14],
      ['37', 16],
      ['6011', 15],
      ['65', 20],
      ['624000', 15],
    ];
    for (const [prefix, length] of wrong) {
      const number = pad(prefix, length);
      expect(luhnValid(number), number).to.equal(true);
      expect(errorOf(validateCardNumber(number, allBrands)), number).to.equal('cardNumberLength');
    }
  });

  it('takes the UnionPay ranges Discover acquires, at both ends', () => {
    for (const prefix of ['624000', '626999', '628200', '628899']) {
      const number = pad(prefix, 16);
      expect(detectBrand(number), number).to.equal('discover');
      expect(validateCardNumber(number, allBrands)).to.deep.equal({ ok: true, value: number });
    }
  });

  it('gives the digits of a valid number to send to the API', () => {
    expect(validateCardNumber('4242 4242-4242 4242', allBrands)).to.deep.equal({ ok: true, value: '4242424242424242' });
  });
});

describe('expiry dates no issuer prints', () => {
  const now = new Date(2026, 4, 17);

  it('accepts up to twenty years ahead', () => {
    expect(validateExpiry('05/46', now)).to.deep.equal({ ok: true, value: { month: 5, year: 2046 } });
    expect(validateExpiry('04/2046', now)).to.deep.equal({ ok: true, value: { month: 4, year: 2046 } });
  });

  it('refuses later dates and impossible months', () => {
    expect(errorOf(validateExpiry('06/46', now))).to.equal('expiryTooFar');
    expect(errorOf(validateExpiry('12/99', now))).to.equal('expiryTooFar');
    expect(errorOf(validateExpiry('01/2100', now))).to.equal('expiryTooFar');
    expect(errorOf(validateExpiry('00/30', now))).to.equal('expiryMonth');
    expect(errorOf(validateExpiry('13/30', now))).to.equal('expiryMonth');
  });
});

describe('routing numbers that pass the checksum but not the ABA prefixes', () => {
  it('refuses every first-two-digit group the ABA does not assign', () => {
    for (const prefix of ['13', '20', '33', '45', '60', '73', '79', '81', '99']) {
      const routing = withAbaDigit(`${prefix}000000`);
      expect(abaChecksumValid(routing), routing).to.equal(true);
      expect(errorOf(validateRoutingNumber(routing)), routing).to.equal('routingPrefix');
    }
  });

  it('accepts each assigned group at its ends', () => {
    for (const prefix of ['00', '12', '21', '32', '61', '72', '80']) {
      const routing = withAbaDigit(`${prefix}100000`);
      expect(validateRoutingNumber(routing), routing).to.deep.equal({ ok: true, value: routing });
    }
  });

  it('gives the nine digits to send to the API', () => {
    expect(validateRoutingNumber('0110 0001 5')).to.deep.equal({ ok: true, value: '011000015' });
  });
});

describe('frame messages', () => {
  it('has an English and a Spanish sentence for every rule', () => {
    const keys = [
      'cardBrandUnknown',
      'cardNumberLength',
      'cardNumberChecksum',
      'expiryMonth',
      'expiryPast',
      'expiryTooFar',
      'routingPrefix',
      'routingChecksum',
    ] as const;
    const [en, es] = [frameText('en'), frameText('es')];
    for (const key of keys) {
      expect(en(key), key).to.be.a('string').and.not.equal('');
      expect(es(key), key).to.be.a('string').and.not.equal(en(key));
    }
  });
});
