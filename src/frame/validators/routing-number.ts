import { digitsOf, onlyDigitsSpacesDashes } from './digits.js';

export type RoutingNumberError = 'routingRequired' | 'routingLength' | 'routingPrefix' | 'routingChecksum';

/** Federal Reserve districts (00–12), thrifts (21–32), electronic (61–72) and traveler's cheques (80). */
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

export function validateRoutingNumber(value: string): RoutingNumberError | undefined {
  const digits = digitsOf(value);
  if (digits === '') return 'routingRequired';
  if (!onlyDigitsSpacesDashes(value) || digits.length !== 9) return 'routingLength';
  if (!validPrefix(Number(digits.slice(0, 2)))) return 'routingPrefix';
  if (!abaChecksumValid(digits)) return 'routingChecksum';
  return undefined;
}
