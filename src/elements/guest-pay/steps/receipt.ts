import { html } from 'lit';
import type { Payment } from '../../../api/schemas.js';
import type { Translate } from '../../../core/i18n/catalog.js';
import type { PayMessages } from '../../../core/i18n/pay.js';
import { formatDate, type Locale } from '../../../core/locale.js';
import { formatMoney } from '../../../core/money.js';
import { methodLabel } from '../method-label.js';
import { summaryList } from '../summary-list.js';

export interface ReceiptProps {
  t: Translate<PayMessages>;
  locale: Locale;
  payment: Payment;
  onPrint: () => void;
  onPayAnother: () => void;
}

/** Step 5: the approved payment's receipt, to print, and a way to pay another bill. */
export function receiptStep({ t, locale, payment, onPrint, onPayAnother }: ReceiptProps) {
  const money = (cents: number) => formatMoney(cents, locale);
  return html`<div class="receipt">
    <p class="thanks">${t('receiptThanks')}</p>
    ${summaryList(
      [
        [t('receiptConfirmation'), payment.confirmation],
        [t('receiptDate'), formatDate(payment.createdAt, locale)],
        [t('reviewPayee'), `${payment.payee.displayName} · ${payment.payee.maskedNumber}`],
        [t('reviewMethod'), methodLabel(payment.method, t)],
        [t('reviewAmount'), money(payment.amountCents)],
        [t('reviewFee'), money(payment.feeCents)],
        [t('reviewTotal'), money(payment.totalCents), 'total'],
      ],
      'receipt',
    )}
    <div class="actions">
      <button class="primary" type="button" @click=${onPrint}>${t('printReceipt')}</button>
      <button class="secondary" type="button" @click=${onPayAnother}>${t('payAnother')}</button>
    </div>
  </div>`;
}
