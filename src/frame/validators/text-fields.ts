import { invalid, valid, type FieldCheck } from '../../core/field-check.js';
import { normalizeZip } from '../../core/zip.js';

export type NameError = 'nameRequired' | 'nameTooLong';
export type PostalCodeError = 'postalCodeRequired' | 'postalCodeFormat';

export function validateName(value: string): FieldCheck<string, NameError> {
  const name = value.trim();
  if (name === '') return invalid('nameRequired');
  if (name.length > 100) return invalid('nameTooLong');
  return valid(name);
}

/** The billing ZIP code: five digits; a ZIP+4 is cut to its first five, which is all the API takes. */
export function validatePostalCode(value: string): FieldCheck<string, PostalCodeError> {
  const zip = normalizeZip(value);
  if (zip.ok) return zip;
  return invalid(zip.error === 'zip_empty' ? 'postalCodeRequired' : 'postalCodeFormat');
}
