import type { Payment } from '../../api/schemas.js';
import type { Translate } from '../../core/i18n/catalog.js';
import type { PayMessages } from '../../core/i18n/pay.js';

type Method = Pick<Payment['method'], 'brand' | 'last4'>;

const brandKeys = {
  visa: 'brandVisa',
  mastercard: 'brandMastercard',
  amex: 'brandAmex',
  discover: 'brandDiscover',
} as const;

/** "Visa ending in 4242", "Bank account ending in 6789": never more than the last four digits. */
export function methodLabel(method: Method, t: Translate<PayMessages>): string {
  if (method.brand === 'bank') return t('methodBankEnding', method.last4);
  return t('methodCardEnding', t(brandKeys[method.brand]), method.last4);
}
