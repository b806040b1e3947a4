import type * as s from '../../../src/api/schemas.js';

/** `•••••6852`: only the last four characters stay readable. */
export function maskNumber(value: string): string {
  return `•••••${value.slice(-4)}`;
}

/** `1•• Avenida Del Mar, San Clemente`: enough for a guest to recognise, not to locate. */
export function maskAddress(address: s.Address): string {
  const street = address.line1.replace(
    /^(\d)(\d*)/,
    (_, first: string, rest: string) => first + '•'.repeat(rest.length),
  );
  return `${street}, ${address.city}`;
}
