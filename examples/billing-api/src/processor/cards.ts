import type * as s from '../../../../src/api/schemas.js';
import type { FieldError } from '../../../../src/api/errors.js';
import { brandRule, detectBrand, type CardBrand } from '../../../../src/frame/validators/card-brands.js';
import { luhnValid } from '../../../../src/frame/validators/luhn.js';
import { MAX_YEARS_AHEAD, monthIndex } from '../../../../src/frame/validators/expiry.js';
import type { ProcessorOutcome } from './outcomes.js';

type CardRequest = Extract<s.PaymentMethodRequest, { type: 'card' }>;

/** Test card numbers with a fixed outcome; any other valid number is approved. */
const testCardOutcomes: Record<string, ProcessorOutcome> = {
  '4000000000000002': 'card_declined',
  '4000000000009995': 'insufficient_funds',
  '4000000000000069': 'expired_card',
};

/**
 * Field errors for a card the tenant cannot take; an empty list means the card is usable.
 * The brand, length and checksum rules are the payment frame's own, so both sides agree.
 */
export function cardErrors(card: CardRequest, acceptedBrands: readonly CardBrand[], now: Date): FieldError[] {
  const errors: FieldError[] = [];
  const brand = detectBrand(card.number);
  if (!brand) errors.push({ field: 'number', code: 'unknown_brand' });
  else if (!acceptedBrands.includes(brand)) errors.push({ field: 'number', code: 'brand_not_accepted' });
  else if (!brandRule(brand).lengths.includes(card.number.length))
    errors.push({ field: 'number', code: 'invalid_length' });
  if (!luhnValid(card.number)) errors.push({ field: 'number', code: 'invalid_checksum' });

  // A card is good through its expiry month in the resident's time zone: judge by the last time
  // zone to reach a new month (UTC-12), so the server never refuses what the frame accepted.
  const lastZone = new Date(now.getTime() - 12 * 60 * 60 * 1000);
  const thisMonth = monthIndex(lastZone.getUTCFullYear(), lastZone.getUTCMonth() + 1);
  const ahead = monthIndex(card.expYear, card.expMonth) - thisMonth;
  if (ahead < 0) errors.push({ field: 'expYear', code: 'expired' });
  // A resident's month may be one past the UTC-12 one, so the far limit allows one month more.
  else if (ahead > MAX_YEARS_AHEAD * 12 + 1) errors.push({ field: 'expYear', code: 'too_far_ahead' });

  const cvcLength = brand ? brandRule(brand).cvcLength : 3;
  if (card.cvc.length !== cvcLength) errors.push({ field: 'cvc', code: 'invalid_length' });
  return errors;
}

export function cardOutcome(number: string): ProcessorOutcome {
  return testCardOutcomes[number] ?? 'approved';
}
