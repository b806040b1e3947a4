import type { Database } from 'better-sqlite3';
import type * as s from '../../../src/api/schemas.js';
import { maskAddress, maskNumber } from './masking.js';

/** What can be paid: a utility account or an accounts-receivable invoice. */
export interface Payee {
  kind: 'account' | 'invoice';
  id: string;
  maskedNumber: string;
  displayName: string;
  maskedAddress: string;
  amountDueCents: number;
  dueDate: string | null;
}

interface AccountPayeeRow {
  id: string;
  account_number: string;
  holder_display_name: string;
  service_address_json: string;
  amount_due_cents: number;
  due_date: string | null;
}

interface InvoicePayeeRow {
  id: string;
  invoice_number: string;
  payee_display_name: string;
  billing_address_json: string;
  amount_due_cents: number;
  due_date: string | null;
}

function accountPayee(row: AccountPayeeRow): Payee {
  return {
    kind: 'account',
    id: row.id,
    maskedNumber: maskNumber(row.account_number),
    displayName: row.holder_display_name,
    maskedAddress: maskAddress(JSON.parse(row.service_address_json) as s.Address),
    amountDueCents: row.amount_due_cents,
    dueDate: row.due_date,
  };
}

function invoicePayee(row: InvoicePayeeRow): Payee {
  return {
    kind: 'invoice',
    id: row.id,
    maskedNumber: `${row.invoice_number.slice(0, 3)}${maskNumber(row.invoice_number.slice(3))}`,
    displayName: row.payee_display_name,
    maskedAddress: maskAddress(JSON.parse(row.billing_address_json) as s.Address),
    amountDueCents: row.amount_due_cents,
    dueDate: row.due_date,
  };
}

export function findPayeeByLookup(db: Database, tenantId: string, request: s.LookupRequest): Payee | undefined {
  if (request.kind === 'account') {
    const row = db
      .prepare(
        `SELECT * FROM accounts WHERE tenant_id = ? AND account_number = ? AND status != 'closed'
         AND substr(json_extract(service_address_json, '$.zip'), 1, 5) = ?`,
      )
      .get(tenantId, request.accountNumber, request.zip) as AccountPayeeRow | undefined;
    return row && accountPayee(row);
  }
  const row = db
    .prepare('SELECT * FROM invoices WHERE tenant_id = ? AND invoice_number = ? AND billing_zip = ?')
    .get(tenantId, request.invoiceNumber, request.zip) as InvoicePayeeRow | undefined;
  return row && invoicePayee(row);
}

export function accountPayeeById(db: Database, accountId: string): Payee | undefined {
  const row = db.prepare('SELECT * FROM accounts WHERE id = ?').get(accountId) as AccountPayeeRow | undefined;
  return row && accountPayee(row);
}

export function invoicePayeeById(db: Database, invoiceId: string): Payee | undefined {
  const row = db.prepare('SELECT * FROM invoices WHERE id = ?').get(invoiceId) as InvoicePayeeRow | undefined;
  return row && invoicePayee(row);
}

export interface AmountRange {
  minCents: number;
  maxCents: number;
  partialPayment: s.Lookup['partialPayment'];
}

/**
 * Invoices are always paid in full. Accounts follow the tenant's rule: in full, or any amount
 * from the tenant's minimum to its maximum (paying ahead leaves a credit).
 */
export function amountRange(tenant: s.Tenant, payee: Payee): AmountRange {
  const partialPayment = payee.kind === 'invoice' ? 'full-only' : tenant.amount.partialPayment;
  if (partialPayment === 'full-only') {
    return { minCents: payee.amountDueCents, maxCents: payee.amountDueCents, partialPayment };
  }
  return { minCents: tenant.amount.minCents, maxCents: tenant.amount.maxCents, partialPayment };
}
