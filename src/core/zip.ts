import { invalid, valid, type FieldCheck } from './field-check.js';

export type ZipError = 'zip_empty' | 'zip_invalid';

/**
 * The one reading of a US ZIP code: "92672", "92672-1234", "92672 1234" or "926721234". With
 * `plus4` the result keeps the ZIP+4 as "92672-1234" (mailing addresses); without, it is cut to
 * the five digits that lookups and card billing ZIPs take.
 */
export function normalizeZip(input: string, plus4 = false): FieldCheck<string, ZipError> {
  const text = input.trim();
  if (text === '') return invalid('zip_empty');
  const match = /^(\d{5})(?:[-\s]?(\d{4}))?$/.exec(text);
  if (!match) return invalid('zip_invalid');
  return valid(plus4 && match[2] ? `${match[1]}-${match[2]}` : match[1]!);
}
