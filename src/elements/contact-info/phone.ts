/**
 * A US (NANP) phone number in the one format the billing API stores: `(949) 555-0123`.
 * Accepts any punctuation and an optional leading 1 or +1; undefined when it is not a number
 * that can exist (area code and exchange cannot start with 0 or 1).
 */
export function normalizePhone(input: string): string | undefined {
  let digits = input.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return undefined;
  if (/[^\d\s()+.-]/.test(input)) return undefined;
  return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
}
