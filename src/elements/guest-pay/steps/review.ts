import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FeeQuote, PaymentMethodToken } from '../../../api/schemas.js';
import type { Translate } from '../../../core/i18n/catalog.js';
import type { PayMessages } from '../../../core/i18n/pay.js';
import type { Locale } from '../../../core/locale.js';
import { formatMoney } from '../../../core/money.js';
import { checkAmount } from '../amount-rules.js';
import type { Bill } from '../bill.js';
import { methodLabel } from '../method-label.js';
import { checkReceiptEmail } from '../receipt-email.js';
import { summaryList, type SummaryRow } from '../summary-list.js';
import { stepActions, type BackButton } from './step-actions.js';

export interface ReviewProps {
  t: Translate<PayMessages>;
  locale: Locale;
  bill: Bill;
  paymentMethod: PaymentMethodToken;
  amount: string;
  email: string;
  /** Unset while the fee is being quoted or when quoting failed. */
  quote: FeeQuote | undefined;
  /** Who the bank authorization names. */
  payee: string;
  bankAuthorized: boolean;
  authorizationTouched: boolean;
  inDoubt: boolean;
  quoting: boolean;
  paying: boolean;
  back: BackButton | undefined;
  onSubmit: (event: Event) => void;
  onBankAuthorized: (checked: boolean) => void;
  onBack: () => void;
  onRetryQuote: () => void;
}

/** Step 4: what will be paid, the fee and total, the bank authorization, and the Pay button. */
export function reviewStep(props: ReviewProps) {
  const { t, bill, quote, email } = props;
  const money = (cents: number) => formatMoney(cents, props.locale);
  const amount = checkAmount(props.amount, bill);
  const rows: SummaryRow[] = [
    [t('reviewPayee'), `${bill.displayName} · ${bill.maskedNumber}`],
    [t('reviewMethod'), methodLabel(props.paymentMethod, t)],
    [t('reviewEmail'), checkReceiptEmail(email).ok && email.trim() ? email.trim() : t('reviewNoEmail')],
    [t('reviewAmount'), amount.ok ? money(amount.value) : ''],
  ];
  if (quote) rows.push([t('reviewFee'), money(quote.feeCents)], [t('reviewTotal'), money(quote.totalCents), 'total']);
  const bank = props.paymentMethod.type === 'bank';
  const showAuthorizationError = bank && props.authorizationTouched && !props.bankAuthorized;
  return html`${summaryList(rows, 'review')}
    <form novalidate @submit=${props.onSubmit}>
      ${
        bank && quote
          ? html`<p class="authorization" id="authorization-text">
                ${t('bankAuthorizationText', props.payee, money(quote.totalCents))}
              </p>
              <div class="field">
                <label class="choice">
                  <input
                    type="checkbox"
                    name="authorization"
                    .checked=${live(props.bankAuthorized)}
                    aria-invalid=${showAuthorizationError ? 'true' : 'false'}
                    aria-describedby="authorization-text authorization-error"
                    @change=${(event: Event) => props.onBankAuthorized((event.target as HTMLInputElement).checked)}
                  />
                  ${t('bankAuthorizationAgree')}
                </label>
                <p class="field-error" id="authorization-error">
                  ${showAuthorizationError ? t('errorBankAuthorization') : ''}
                </p>
              </div>`
          : nothing
      }
      ${
        quote || props.quoting
          ? stepActions({
              t,
              submitLabel: !quote
                ? t('quoting')
                : props.inDoubt
                  ? t('tryAgain')
                  : t('payButton', money(quote.totalCents)),
              submitDisabled: props.paying || props.quoting,
              back: props.back,
            })
          : html`<div class="actions">
              <button class="secondary" type="button" @click=${props.onBack}>${t('back')}</button>
              <button class="primary" type="button" @click=${props.onRetryQuote}>${t('tryAgain')}</button>
            </div>`
      }
    </form>`;
}
