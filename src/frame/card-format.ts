import { brandRule, detectBrand } from './validators/card-brands.js';

const MAX_CARD_DIGITS = 19;
const UNKNOWN_BRAND_GROUPS = [4, 4, 4, 4, 3];

/** Shows a card number in its brand's groups ("3782 822463 10005", "4242 4242 4242 4242"). */
export function formatCardNumber(digits: string): string {
  const brand = detectBrand(digits);
  const groups = brand ? brandRule(brand).groups : UNKNOWN_BRAND_GROUPS;
  const parts: string[] = [];
  let rest = digits.slice(0, MAX_CARD_DIGITS);
  for (const size of groups) {
    if (rest === '') break;
    parts.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  return parts.join(' ');
}

/** Where the caret belongs in `formatted` so that it stays after the same number of digits. */
export function caretAfterDigits(formatted: string, digitsBefore: number): number {
  if (digitsBefore === 0) return 0;
  let seen = 0;
  for (let index = 0; index < formatted.length; index++) {
    if (/\d/.test(formatted[index]!)) seen++;
    if (seen === digitsBefore) return index + 1;
  }
  return formatted.length;
}
