export type ExpiryError = 'expiryRequired' | 'expiryFormat' | 'expiryMonth' | 'expiryPast';

export interface Expiry {
  month: number;
  year: number;
}

/** Reads "MM/YY", "MM / YYYY", "MMYY" or "M/YY"; undefined when it is none of them. */
export function parseExpiry(value: string): Expiry | undefined {
  const match = /^\s*(\d{1,2})\s*[/-]?\s*(\d{2}|\d{4})\s*$/.exec(value);
  if (!match) return undefined;
  const [, month = '', year = ''] = match;
  if (month.length === 1 && !/[/-]/.test(value)) return undefined;
  return { month: Number(month), year: year.length === 2 ? 2000 + Number(year) : Number(year) };
}

/** A card is good through the last day of its expiry month. */
export function validateExpiry(value: string, now: Date): ExpiryError | undefined {
  if (value.trim() === '') return 'expiryRequired';
  const expiry = parseExpiry(value);
  if (!expiry) return 'expiryFormat';
  if (expiry.month < 1 || expiry.month > 12) return 'expiryMonth';
  const thisMonth = now.getFullYear() * 12 + now.getMonth();
  if (expiry.year * 12 + expiry.month - 1 < thisMonth) return 'expiryPast';
  return undefined;
}
