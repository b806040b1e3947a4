import { digitsOf, onlyDigitsSpacesDashes } from './digits.js';

export type AccountNumberError = 'accountRequired' | 'accountLength';

/** US bank account numbers run from 4 to 17 digits. */
export function validateAccountNumber(value: string): AccountNumberError | undefined {
  const digits = digitsOf(value);
  if (digits === '') return 'accountRequired';
  if (!onlyDigitsSpacesDashes(value) || digits.length < 4 || digits.length > 17) return 'accountLength';
  return undefined;
}
