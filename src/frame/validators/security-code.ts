import { brandRule, type CardBrand } from './card-brands.js';

export type SecurityCodeError = 'securityCodeRequired' | 'securityCodeLength3' | 'securityCodeLength4';

/** Four digits for American Express, three for every other brand. */
export function validateSecurityCode(value: string, brand: CardBrand | undefined): SecurityCodeError | undefined {
  const code = value.trim();
  if (code === '') return 'securityCodeRequired';
  const length = brand ? brandRule(brand).cvcLength : 3;
  if (!new RegExp(`^\\d{${length}}$`).test(code)) return length === 4 ? 'securityCodeLength4' : 'securityCodeLength3';
  return undefined;
}
