import { AccountNumber, InvoiceNumber, type LookupRequest } from '../../api/schemas.js';
import { invalid, type FieldCheck } from '../../core/field-check.js';
import { bySchema } from '../../core/schema-rule.js';

export type BillKind = LookupRequest['kind'];

export type ReferenceError = 'number_empty' | 'account_invalid' | 'invoice_invalid';

/**
 * Reads an account number as printed on a bill ("482-910-375", "482 910 375") into its digits,
 * or an invoice number ("ar 10045", "AR10045") into the API's form "AR-10045", then checks it
 * by the API's own schema for it.
 */
export function normalizeReference(kind: BillKind, input: string): FieldCheck<string, ReferenceError> {
  const compact = input.replace(/[\s\-‐‑–—.]/g, '');
  if (compact === '') return invalid('number_empty');
  if (kind === 'account') {
    const check = bySchema(AccountNumber, compact);
    return check.ok ? check : invalid('account_invalid');
  }
  const check = bySchema(InvoiceNumber, compact.toUpperCase().replace(/^([A-Z]{2})/, '$1-'));
  return check.ok ? check : invalid('invoice_invalid');
}

export function lookupRequest(kind: BillKind, number: string, zip: string): LookupRequest {
  return kind === 'account' ? { kind, accountNumber: number, zip } : { kind, invoiceNumber: number, zip };
}
