import { invalid, valid, type FieldCheck } from '../../core/field-check.js';

export type ExpiryError = 'expiryRequired' | 'expiryFormat' | 'expiryMonth' | 'expiryPast' | 'expiryTooFar';

export interface Expiry {
  month: number;
  year: number;
}

/** Issuers print cards valid for a few years, none for twenty: a date further ahead is a typing mistake. */
export const MAX_YEARS_AHEAD = 20;

/** Reads "MM/YY", "MM / YYYY", "MMYY" or "M/YY"; undefined when it is none of them. */
export function parseExpiry(value: string): Expiry | undefined {
  const match = /^\s*(\d{1,2})\s*[/-]?\s*(\d{2}|\d{4})\s*$/.exec(value);
  if (!match) return undefined;
  const [, month = '', year = ''] = match;
  if (month.length === 1 && !/[/-]/.test(value)) return undefined;
  return { month: Number(month), year: year.length === 2 ? 2000 + Number(year) : Number(year) };
}

/** Months counted from year 0, to compare an expiry with today. */
export const monthIndex = (year: number, month: number): number => year * 12 + month - 1;

/** A card is good through the last day of its expiry month, and expires at most twenty years ahead. */
export function validateExpiry(value: string, now: Date): FieldCheck<Expiry, ExpiryError> {
  if (value.trim() === '') return invalid('expiryRequired');
  const expiry = parseExpiry(value);
  if (!expiry) return invalid('expiryFormat');
  if (expiry.month < 1 || expiry.month > 12) return invalid('expiryMonth');
  const thisMonth = monthIndex(now.getFullYear(), now.getMonth() + 1);
  const months = monthIndex(expiry.year, expiry.month) - thisMonth;
  if (months < 0) return invalid('expiryPast');
  if (months > MAX_YEARS_AHEAD * 12) return invalid('expiryTooFar');
  return valid(expiry);
}
