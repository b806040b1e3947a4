import type { Tenant } from '../../api/schemas.js';

export type CardBrand = Tenant['cardBrands'][number];

export interface BrandRule {
  brand: CardBrand;
  /** Accepted lengths of the full number. */
  lengths: readonly number[];
  /** Digits per group when the number is shown while typing. */
  groups: readonly number[];
  cvcLength: number;
}

const rules: Record<CardBrand, BrandRule> = {
  visa: { brand: 'visa', lengths: [13, 16, 19], groups: [4, 4, 4, 4, 3], cvcLength: 3 },
  mastercard: { brand: 'mastercard', lengths: [16], groups: [4, 4, 4, 4], cvcLength: 3 },
  amex: { brand: 'amex', lengths: [15], groups: [4, 6, 5], cvcLength: 4 },
  discover: { brand: 'discover', lengths: [16, 17, 18, 19], groups: [4, 4, 4, 4, 3], cvcLength: 3 },
};

function inRange(digits: string, width: number, low: number, high: number): boolean {
  if (digits.length < width) return false;
  const prefix = Number(digits.slice(0, width));
  return prefix >= low && prefix <= high;
}

/**
 * The brand a number's leading digits (IIN) belong to, or undefined, from the networks' published
 * ranges: Visa 4; Mastercard 51–55 and 2221–2720; American Express 34 and 37; Discover 6011,
 * 644–649 and 65, and the China UnionPay ranges Discover acquires as its own in the US
 * (622126–622925, 624000–626999, 628200–628899).
 */
export function detectBrand(digits: string): CardBrand | undefined {
  if (digits.startsWith('4')) return 'visa';
  if (inRange(digits, 2, 51, 55) || inRange(digits, 4, 2221, 2720)) return 'mastercard';
  if (inRange(digits, 2, 34, 34) || inRange(digits, 2, 37, 37)) return 'amex';
  if (
    digits.startsWith('6011') ||
    inRange(digits, 3, 644, 649) ||
    digits.startsWith('65') ||
    inRange(digits, 6, 622126, 622925) ||
    inRange(digits, 6, 624000, 626999) ||
    inRange(digits, 6, 628200, 628899)
  ) {
    return 'discover';
  }
  return undefined;
}

export function brandRule(brand: CardBrand): BrandRule {
  return rules[brand];
}
