import type { Translate } from '../../core/i18n/catalog.js';
import type { PayMessages } from '../../core/i18n/pay.js';
import type { AmountError } from './amount-rules.js';
import type { Bill } from './bill.js';

/** The sentence for an amount the bill cannot take, with the limit when there is one. */
export function amountErrorText(
  error: AmountError,
  bill: Bill,
  t: Translate<PayMessages>,
  money: (cents: number) => string,
): string {
  switch (error) {
    case 'empty':
      return t('errorAmountEmpty');
    case 'invalid':
      return t('errorAmountInvalid');
    case 'negative':
      return t('errorAmountNegative');
    case 'zero':
      return t('errorAmountZero');
    case 'too_many_decimals':
      return t('errorAmountTooManyDecimals');
    case 'too_large':
      return t('errorAmountTooLarge', money(bill.maxCents));
    case 'too_small':
      return t('errorAmountTooSmall', money(bill.minCents));
    case 'nothing_due':
      return t('errorNothingDue');
  }
}
