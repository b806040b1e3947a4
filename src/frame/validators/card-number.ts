import { brandRule, detectBrand, type CardBrand } from './card-brands.js';
import { digitsOf, onlyDigitsSpacesDashes } from './digits.js';
import { luhnValid } from './luhn.js';

export type CardNumberError =
  | 'cardNumberRequired'
  | 'cardNumberCharacters'
  | 'cardBrandUnknown'
  | 'cardBrandNotAccepted'
  | 'cardNumberLength'
  | 'cardNumberChecksum';

export function validateCardNumber(value: string, accepted: readonly CardBrand[]): CardNumberError | undefined {
  const digits = digitsOf(value);
  if (digits === '') return 'cardNumberRequired';
  if (!onlyDigitsSpacesDashes(value)) return 'cardNumberCharacters';
  const brand = detectBrand(digits);
  if (!brand) return 'cardBrandUnknown';
  if (!accepted.includes(brand)) return 'cardBrandNotAccepted';
  if (!brandRule(brand).lengths.includes(digits.length)) return 'cardNumberLength';
  if (!luhnValid(digits)) return 'cardNumberChecksum';
  return undefined;
}
