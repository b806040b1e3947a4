import type { LookupRequest } from '../../api/schemas.js';

export type BillKind = LookupRequest['kind'];

export type ReferenceError = 'number_empty' | 'account_invalid' | 'invoice_invalid';
export type ZipError = 'zip_empty' | 'zip_invalid';

/**
 * Reads an account number as printed on a bill ("482-910-375", "482 910 375") into its digits,
 * or an invoice number ("ar 10045", "AR10045") into the API's form "AR-10045".
 */
export function normalizeReference(
  kind: BillKind,
  input: string,
): { ok: true; value: string } | { ok: false; error: ReferenceError } {
  const compact = input.replace(/[\s\-‐‑–—.]/g, '');
  if (compact === '') return { ok: false, error: 'number_empty' };
  if (kind === 'account') {
    return /^\d{6,12}$/.test(compact) ? { ok: true, value: compact } : { ok: false, error: 'account_invalid' };
  }
  const match = /^([A-Za-z]{2})(\d{3,10})$/.exec(compact);
  return match
    ? { ok: true, value: `${match[1]!.toUpperCase()}-${match[2]}` }
    : { ok: false, error: 'invoice_invalid' };
}

/** Five digits; a ZIP+4 ("92672-1234") is cut to its first five. */
export function normalizeZip(input: string): { ok: true; value: string } | { ok: false; error: ZipError } {
  const text = input.replace(/\s/g, '');
  if (text === '') return { ok: false, error: 'zip_empty' };
  const match = /^(\d{5})(?:-?\d{4})?$/.exec(text);
  return match ? { ok: true, value: match[1]! } : { ok: false, error: 'zip_invalid' };
}

export function lookupRequest(kind: BillKind, number: string, zip: string): LookupRequest {
  return kind === 'account' ? { kind, accountNumber: number, zip } : { kind, invoiceNumber: number, zip };
}
