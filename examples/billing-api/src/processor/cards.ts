import type * as s from '../../../../src/api/schemas.js';
import type { FieldError } from '../../../../src/api/errors.js';
import type { ProcessorOutcome } from './outcomes.js';

type CardRequest = Extract<s.PaymentMethodRequest, { type: 'card' }>;
type CardBrand = s.Tenant['cardBrands'][number];

const brandRules: { brand: CardBrand; prefix: RegExp; lengths: number[] }[] = [
  { brand: 'amex', prefix: /^3[47]/, lengths: [15] },
  { brand: 'visa', prefix: /^4/, lengths: [13, 16, 19] },
  { brand: 'mastercard', prefix: /^(5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d{2}|27[01]\d|2720)/, lengths: [16] },
  { brand: 'discover', prefix: /^(6011|65|64[4-9])/, lengths: [16, 17, 18, 19] },
];

/** Test card numbers with a fixed outcome; any other valid number is approved. */
const testCardOutcomes: Record<string, ProcessorOutcome> = {
  '4000000000000002': 'card_declined',
  '4000000000009995': 'insufficient_funds',
  '4000000000000069': 'expired_card',
};

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export function cardBrand(number: string): CardBrand | undefined {
  return brandRules.find((rule) => rule.prefix.test(number))?.brand;
}

/** Field errors for a card the tenant cannot take; an empty list means the card is usable. */
export function cardErrors(card: CardRequest, acceptedBrands: readonly CardBrand[], now: Date): FieldError[] {
  const errors: FieldError[] = [];
  const rule = brandRules.find((candidate) => candidate.prefix.test(card.number));
  if (!rule) errors.push({ field: 'number', code: 'unknown_brand' });
  else if (!acceptedBrands.includes(rule.brand)) errors.push({ field: 'number', code: 'brand_not_accepted' });
  else if (!rule.lengths.includes(card.number.length)) errors.push({ field: 'number', code: 'invalid_length' });
  if (!luhnValid(card.number)) errors.push({ field: 'number', code: 'invalid_checksum' });

  const thisMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  if (card.expYear * 12 + (card.expMonth - 1) < thisMonth) errors.push({ field: 'expYear', code: 'expired' });

  const cvcLength = rule?.brand === 'amex' ? 4 : 3;
  if (card.cvc.length !== cvcLength) errors.push({ field: 'cvc', code: 'invalid_length' });
  return errors;
}

export function cardOutcome(number: string): ProcessorOutcome {
  return testCardOutcomes[number] ?? 'approved';
}
