import { invalid, valid, type FieldCheck } from './field-check.js';
import type { Locale } from './locale.js';

export type MoneyParseError = 'empty' | 'invalid' | 'negative' | 'zero' | 'too_many_decimals' | 'too_large';

/** The cents in `value`, or what is wrong. */
export type MoneyParseResult = FieldCheck<number, MoneyParseError>;

/** Largest amount any tenant can accept: $10,000,000.00. */
export const MAX_CENTS = 1_000_000_000;

/**
 * Parses what a resident typed ("1,234.5", "$84.17", "84") into integer cents, without floats.
 * US dollars: the period is the decimal mark, commas only group thousands.
 */
export function parseMoney(input: string, maxCents = MAX_CENTS): MoneyParseResult {
  const text = input.trim().replace(/^\$\s*/, '');
  if (text === '') return invalid('empty');
  if (/^[-−(]/.test(text)) return invalid('negative');

  const match = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[1] === '' && !match[2])) return invalid('invalid');
  const [, wholePart, fraction = ''] = match;
  if (fraction.length > 2) return invalid('too_many_decimals');

  const whole = wholePart.replace(/,/g, '') || '0';
  if (whole.replace(/^0+/, '').length > 10) return invalid('too_large');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (cents === 0) return invalid('zero');
  if (cents > maxCents) return invalid('too_large');
  return valid(cents);
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats integer cents as US dollars in the resident's locale. */
export function formatMoney(cents: number, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale === 'es' ? 'es-US' : 'en-US', { style: 'currency', currency: 'USD' });
    formatters.set(locale, formatter);
  }
  return formatter.format(cents / 100);
}

/** Formats cents for an input field: "84.17", no currency sign or grouping. */
export function centsToInput(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(Math.abs(cents % 100)).padStart(2, '0')}`;
}
