import type { Address } from '../../api/schemas.js';

/** A US postal address as the lines printed on an envelope: street, unit, "City, ST 12345". */
export function addressLines(address: Address): string[] {
  const unit = address.line2?.trim();
  return [address.line1, ...(unit ? [unit] : []), `${address.city}, ${address.state} ${address.zip}`];
}
