import type { Account, Lookup, PaymentSource, Tenant } from '../../api/schemas.js';

/** What is being paid, however it was found: by a guest lookup or from a signed-in account. */
export interface Bill {
  source: PaymentSource;
  kind: 'account' | 'invoice';
  maskedNumber: string;
  displayName: string;
  maskedAddress: string;
  amountDueCents: number;
  dueDate: string | null;
  minCents: number;
  maxCents: number;
  partialPayment: Tenant['amount']['partialPayment'];
}

export function billFromLookup(lookup: Lookup): Bill {
  return {
    source: { kind: 'lookup', lookupToken: lookup.lookupToken },
    kind: lookup.payee.kind,
    maskedNumber: lookup.payee.maskedNumber,
    displayName: lookup.payee.displayName,
    maskedAddress: lookup.payee.maskedAddress,
    amountDueCents: lookup.amountDueCents,
    dueDate: lookup.dueDate,
    minCents: lookup.minCents,
    maxCents: lookup.maxCents,
    partialPayment: lookup.partialPayment,
  };
}

/** A signed-in resident's own account, within the tenant's amount rules. */
export function billFromAccount(account: Account, tenant: Tenant, displayName: string): Bill {
  const fullOnly = tenant.amount.partialPayment === 'full-only';
  const { line1, city } = account.serviceAddress;
  return {
    source: { kind: 'account', accountId: account.id },
    kind: 'account',
    maskedNumber: account.maskedNumber,
    displayName,
    maskedAddress: `${line1}, ${city}`,
    amountDueCents: account.amountDueCents,
    dueDate: account.dueDate,
    minCents: fullOnly ? account.amountDueCents : tenant.amount.minCents,
    maxCents: fullOnly ? account.amountDueCents : tenant.amount.maxCents,
    partialPayment: tenant.amount.partialPayment,
  };
}
