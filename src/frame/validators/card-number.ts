import { invalid, valid, type FieldCheck } from '../../core/field-check.js';
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

/** The number's digits when its IIN belongs to an accepted brand, its length is one that brand issues and Luhn holds. */
export function validateCardNumber(value: string, accepted: readonly CardBrand[]): FieldCheck<string, CardNumberError> {
  const digits = digitsOf(value);
  if (digits === '') return invalid('cardNumberRequired');
  if (!onlyDigitsSpacesDashes(value)) return invalid('cardNumberCharacters');
  const brand = detectBrand(digits);
  if (!brand) return invalid('cardBrandUnknown');
  if (!accepted.includes(brand)) return invalid('cardBrandNotAccepted');
  if (!brandRule(brand).lengths.includes(digits.length)) return invalid('cardNumberLength');
  if (!luhnValid(digits)) return invalid('cardNumberChecksum');
  return valid(digits);
}
