import type * as s from '../../../../src/api/schemas.js';
import type { Queryer } from './driver.js';
import * as rows from './rows.js';
import { firstRow } from './rows.js';
import type { PayeeRecord } from './storage.js';

// Finding what a guest or a payment wants to pay: a utility account or an invoice.

export async function findPayee(
  db: Queryer,
  tenantId: string,
  request: s.LookupRequest,
): Promise<PayeeRecord | undefined> {
  if (request.kind === 'account') {
    const row = await firstRow<rows.AccountPayeeRow>(
      "SELECT * FROM accounts WHERE tenant_id = ? AND account_number = ? AND status != 'closed'",
      [tenantId, request.accountNumber],
      db,
    );
    const payee = row && rows.accountPayee(row);
    return payee?.address.zip.slice(0, 5) === request.zip ? payee : undefined;
  }
  const row = await firstRow<rows.InvoicePayeeRow>(
    'SELECT * FROM invoices WHERE tenant_id = ? AND invoice_number = ? AND billing_zip = ?',
    [tenantId, request.invoiceNumber, request.zip],
    db,
  );
  return row && rows.invoicePayee(row);
}

export async function accountPayee(db: Queryer, accountId: string): Promise<PayeeRecord | undefined> {
  const row = await firstRow<rows.AccountPayeeRow>('SELECT * FROM accounts WHERE id = ?', [accountId], db);
  return row && rows.accountPayee(row);
}

export async function invoicePayee(db: Queryer, invoiceId: string): Promise<PayeeRecord | undefined> {
  const row = await firstRow<rows.InvoicePayeeRow>('SELECT * FROM invoices WHERE id = ?', [invoiceId], db);
  return row && rows.invoicePayee(row);
}
