import type * as s from '../../../src/api/schemas.js';

/** The convenience fee: fixed part plus basis points of the amount, rounded to the cent. */
export function convenienceFee(tenant: s.Tenant, method: s.PaymentMethodRequest['type'], amountCents: number): number {
  const rule = tenant.convenienceFees[method];
  return rule.fixedCents + Math.round((amountCents * rule.basisPoints) / 10_000);
}
