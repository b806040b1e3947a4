import type * as s from '../../../src/api/schemas.js';
import { maskAddress, maskNumber } from './masking.js';
import type { PayeeRecord } from './storage/storage.js';

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

/** What a guest may see of a payee: the number and street masked. */
export function toPayee(record: PayeeRecord): Payee {
  const maskedNumber =
    record.kind === 'invoice'
      ? `${record.number.slice(0, 3)}${maskNumber(record.number.slice(3))}`
      : maskNumber(record.number);
  return {
    kind: record.kind,
    id: record.id,
    maskedNumber,
    displayName: record.displayName,
    maskedAddress: maskAddress(record.address),
    amountDueCents: record.amountDueCents,
    dueDate: record.dueDate,
  };
}

export interface AmountRange {
  minCents: number;
  maxCents: number;
  partialPayment: s.Lookup['partialPayment'];
}

/**
 * Invoices are always paid in full. Accounts follow the tenant's rules: in full, or any amount
 * from the tenant's minimum up to what its overpayment rule allows (paying ahead leaves a credit).
 */
export function amountRange(tenant: s.Tenant, payee: Payee): AmountRange {
  const partialPayment = payee.kind === 'invoice' ? 'full-only' : tenant.amount.partialPayment;
  if (partialPayment === 'full-only') {
    return { minCents: payee.amountDueCents, maxCents: payee.amountDueCents, partialPayment };
  }
  const maxCents = Math.min(tenant.amount.maxCents, mostWithCredit(tenant.amount.overpayment, payee.amountDueCents));
  return { minCents: tenant.amount.minCents, maxCents, partialPayment };
}

function mostWithCredit(rule: s.OverpaymentRule | undefined, dueCents: number): number {
  switch (rule?.rule) {
    case undefined:
    case 'allowed':
      return Number.MAX_SAFE_INTEGER;
    case 'up-to':
      return dueCents + rule.maxCreditCents;
    case 'not-allowed':
      return dueCents;
  }
}
