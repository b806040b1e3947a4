import type * as s from '../../../../src/api/schemas.js';
import type { ProcessorOutcome } from '../processor/outcomes.js';
import type { Queryer, SqlValue } from './driver.js';
import type {
  AccountRecord,
  ActivityRecord,
  PayeeRecord,
  PaymentMethodRecord,
  PaymentRecord,
  ProfileChange,
} from './storage.js';

/** Rows as both engines return them (snake_case columns), and their mapping to records. */

/** The first row the statement returns on `db`, if any. */
export async function firstRow<T>(sql: string, params: readonly SqlValue[], db: Queryer): Promise<T | undefined> {
  const [row] = await db.all<T>(sql, params);
  return row;
}

export interface CustomerRow {
  id: number;
  username: string;
  display_name: string;
  password_hash: string;
}

const lastPayment = (column: string) => `(SELECT ${column} FROM account_activity x
  WHERE x.account_id = a.id AND x.type = 'payment' ORDER BY x.date DESC, x.id DESC LIMIT 1)`;

export const ACCOUNT_SELECT = `SELECT a.*, ${lastPayment('-x.amount_cents')} AS last_payment_cents,
  ${lastPayment('x.date')} AS last_payment_date FROM accounts a`;

export interface AccountRow {
  id: string;
  account_number: string;
  service_address_json: string;
  balance_cents: number;
  amount_due_cents: number;
  past_due_cents: number;
  due_date: string | null;
  status: s.Account['status'];
  last_payment_cents: number | null;
  last_payment_date: string | null;
}

export function toAccount(row: AccountRow): AccountRecord {
  return {
    id: row.id,
    accountNumber: row.account_number,
    serviceAddress: JSON.parse(row.service_address_json) as s.Address,
    balanceCents: row.balance_cents,
    amountDueCents: row.amount_due_cents,
    pastDueCents: row.past_due_cents,
    dueDate: row.due_date,
    status: row.status,
    lastPayment:
      row.last_payment_date === null ? null : { amountCents: row.last_payment_cents!, date: row.last_payment_date },
  };
}

export interface ActivityRow {
  id: number;
  type: s.ActivityItem['type'];
  date: string;
  description: string;
  amount_cents: number;
}

export function toActivity(row: ActivityRow): ActivityRecord {
  return { id: row.id, type: row.type, date: row.date, description: row.description, amountCents: row.amount_cents };
}

export interface ProfileRow {
  display_name: string;
  email: string;
  phone_home: string | null;
  phone_mobile: string | null;
  phone_fax: string | null;
  mailing_address_json: string;
  updated_at: string;
}

export function toProfile(row: ProfileRow): s.Profile {
  return {
    displayName: row.display_name,
    email: row.email,
    phones: { home: row.phone_home, mobile: row.phone_mobile, fax: row.phone_fax },
    mailingAddress: JSON.parse(row.mailing_address_json) as s.Address,
    updatedAt: row.updated_at,
  };
}

/** Addresses in one key order, so equal addresses compare and audit as equal text. */
export function addressJson({ line1, line2, city, state, zip }: s.Address): string {
  return JSON.stringify({ line1, line2, city, state, zip });
}

/** The customer's contact columns after the changes. */
export function profileColumns(before: s.Profile, changes: readonly ProfileChange[]) {
  const next = {
    email: before.email,
    phoneHome: before.phones.home,
    phoneMobile: before.phones.mobile,
    phoneFax: before.phones.fax,
    mailingAddressJson: addressJson(before.mailingAddress),
  };
  for (const { field, value } of changes) {
    if (field === 'mailingAddress') next.mailingAddressJson = addressJson(value as s.Address);
    else if (field === 'email') next.email = value as string;
    else if (field === 'phones.home') next.phoneHome = value as string | null;
    else if (field === 'phones.mobile') next.phoneMobile = value as string | null;
    else next.phoneFax = value as string | null;
  }
  return next;
}

export interface AccountPayeeRow {
  id: string;
  account_number: string;
  holder_display_name: string;
  service_address_json: string;
  amount_due_cents: number;
  due_date: string | null;
}

export function accountPayee(row: AccountPayeeRow): PayeeRecord {
  return {
    kind: 'account',
    id: row.id,
    number: row.account_number,
    displayName: row.holder_display_name,
    address: JSON.parse(row.service_address_json) as s.Address,
    amountDueCents: row.amount_due_cents,
    dueDate: row.due_date,
  };
}

export interface InvoicePayeeRow {
  id: string;
  invoice_number: string;
  payee_display_name: string;
  billing_address_json: string;
  amount_due_cents: number;
  due_date: string | null;
}

export function invoicePayee(row: InvoicePayeeRow): PayeeRecord {
  return {
    kind: 'invoice',
    id: row.id,
    number: row.invoice_number,
    displayName: row.payee_display_name,
    address: JSON.parse(row.billing_address_json) as s.Address,
    amountDueCents: row.amount_due_cents,
    dueDate: row.due_date,
  };
}

export interface MethodRow {
  type: s.PaymentMethodToken['type'];
  brand: s.PaymentMethodToken['brand'];
  last4: string;
  processor_outcome: ProcessorOutcome;
  expires_at: string;
  used_at: string | null;
  fingerprint: string | null;
}

export function toMethod(row: MethodRow): PaymentMethodRecord {
  return {
    type: row.type,
    brand: row.brand,
    last4: row.last4,
    outcome: row.processor_outcome,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    fingerprint: row.fingerprint,
  };
}

export interface PaymentRow {
  confirmation: string;
  tenant_id: string;
  account_id: string | null;
  invoice_id: string | null;
  customer_id: number | null;
  amount_cents: number;
  fee_cents: number;
  method_type: s.Payment['method']['type'];
  method_brand: s.Payment['method']['brand'];
  method_last4: string;
  payee_masked_number: string;
  payee_display_name: string;
  receipt_email: string | null;
  created_at: string;
}

export function toPayment(row: PaymentRow): PaymentRecord {
  return {
    confirmation: row.confirmation,
    tenantId: row.tenant_id,
    accountId: row.account_id,
    invoiceId: row.invoice_id,
    customerId: row.customer_id,
    amountCents: row.amount_cents,
    feeCents: row.fee_cents,
    method: { type: row.method_type, brand: row.method_brand, last4: row.method_last4 },
    payeeMaskedNumber: row.payee_masked_number,
    payeeDisplayName: row.payee_display_name,
    receiptEmail: row.receipt_email,
    createdAt: row.created_at,
  };
}
