import { invalid, valid, type FieldCheck } from '../../core/field-check.js';
import { digitsOf, onlyDigitsSpacesDashes } from './digits.js';

export type RoutingNumberError = 'routingRequired' | 'routingLength' | 'routingPrefix' | 'routingChecksum';

/**
 * The ABA's first two digits: Federal Reserve districts (00 for the US government, 01–12 for
 * banks), thrifts (21–32), electronic transactions (61–72) and traveler's cheques (80).
 */
function validPrefix(prefix: number): boolean {
  return prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
}

/** The ABA checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) is a multiple of 10. */
export function abaChecksumValid(digits: string): boolean {
  const weights = [3, 7, 1];
  let sum = 0;
  for (let index = 0; index < digits.length; index++) sum += Number(digits[index]) * weights[index % 3]!;
  return sum % 10 === 0;
}

/** The nine digits when the prefix is one the ABA assigns and the checksum holds. */
export function validateRoutingNumber(value: string): FieldCheck<string, RoutingNumberError> {
  const digits = digitsOf(value);
  if (digits === '') return invalid('routingRequired');
  if (!onlyDigitsSpacesDashes(value) || digits.length !== 9) return invalid('routingLength');
  if (!validPrefix(Number(digits.slice(0, 2)))) return invalid('routingPrefix');
  if (!abaChecksumValid(digits)) return invalid('routingChecksum');
  return valid(digits);
}
