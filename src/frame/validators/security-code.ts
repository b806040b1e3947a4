import { invalid, valid, type FieldCheck } from '../../core/field-check.js';
import { brandRule, type CardBrand } from './card-brands.js';

export type SecurityCodeError = 'securityCodeRequired' | 'securityCodeLength3' | 'securityCodeLength4';

/** Four digits for American Express, three for every other brand. */
export function validateSecurityCode(
  value: string,
  brand: CardBrand | undefined,
): FieldCheck<string, SecurityCodeError> {
  const code = value.trim();
  if (code === '') return invalid('securityCodeRequired');
  const length = brand ? brandRule(brand).cvcLength : 3;
  if (!new RegExp(`^\\d{${length}}$`).test(code))
    return invalid(length === 4 ? 'securityCodeLength4' : 'securityCodeLength3');
  return valid(code);
}
