import { invalid, valid, type FieldCheck } from '../../core/field-check.js';
import { digitsOf, onlyDigitsSpacesDashes } from './digits.js';

export type AccountNumberError = 'accountRequired' | 'accountLength';

/** US bank account numbers run from 4 to 17 digits. */
export function validateAccountNumber(value: string): FieldCheck<string, AccountNumberError> {
  const digits = digitsOf(value);
  if (digits === '') return invalid('accountRequired');
  if (!onlyDigitsSpacesDashes(value) || digits.length < 4 || digits.length > 17) return invalid('accountLength');
  return valid(digits);
}
