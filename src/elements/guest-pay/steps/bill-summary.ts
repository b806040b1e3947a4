import type { Translate } from '../../../core/i18n/catalog.js';
import type { PayMessages } from '../../../core/i18n/pay.js';
import { formatDate, type Locale } from '../../../core/locale.js';
import { formatMoney } from '../../../core/money.js';
import type { Bill } from '../bill.js';
import { summaryList } from '../summary-list.js';

/** The found bill: whose, where, how much and when due. */
export function billSummary(bill: Bill, t: Translate<PayMessages>, locale: Locale) {
  return summaryList(
    [
      [bill.kind === 'account' ? t('billAccount') : t('billInvoice'), bill.maskedNumber],
      [t('billName'), bill.displayName],
      [bill.kind === 'account' ? t('billServiceAddress') : t('billBillingAddress'), bill.maskedAddress],
      [t('amountDue'), formatMoney(bill.amountDueCents, locale)],
      [t('dueDate'), bill.dueDate ? formatDate(bill.dueDate, locale) : t('noDueDate')],
    ],
    'bill',
  );
}
