export type NameError = 'nameRequired' | 'nameTooLong';
export type PostalCodeError = 'postalCodeRequired' | 'postalCodeFormat';

export function validateName(value: string): NameError | undefined {
  const name = value.trim();
  if (name === '') return 'nameRequired';
  if (name.length > 100) return 'nameTooLong';
  return undefined;
}

/** Five-digit US ZIP code (the billing API takes no ZIP+4). */
export function validatePostalCode(value: string): PostalCodeError | undefined {
  const zip = value.trim();
  if (zip === '') return 'postalCodeRequired';
  if (!/^\d{5}$/.test(zip)) return 'postalCodeFormat';
  return undefined;
}
