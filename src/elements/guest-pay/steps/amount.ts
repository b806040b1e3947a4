import { html } from 'lit';
import type { Translate } from '../../../core/i18n/catalog.js';
import type { PayMessages } from '../../../core/i18n/pay.js';
import type { Locale } from '../../../core/locale.js';
import { formatMoney } from '../../../core/money.js';
import { amountErrorText } from '../amount-error-text.js';
import { amountIsFixed, checkAmount } from '../amount-rules.js';
import type { Bill } from '../bill.js';
import { checkReceiptEmail } from '../receipt-email.js';
import { billSummary } from './bill-summary.js';
import { stepActions, type BackButton } from './step-actions.js';
import { textField, type TextFieldName } from './text-field.js';

export interface AmountProps {
  t: Translate<PayMessages>;
  locale: Locale;
  bill: Bill;
  amount: string;
  email: string;
  /** An address the billing API refused. */
  refusedEmail?: string;
  touched: Pick<ReadonlySet<TextFieldName>, 'has'>;
  back: BackButton | undefined;
  onSubmit: (event: Event) => void;
  onAmountInput: (value: string) => void;
  onEmailInput: (value: string) => void;
  onTouch: (field: TextFieldName) => void;
}

/** Step 2: the bill found, the amount to pay and an optional receipt email. */
export function amountStep(props: AmountProps) {
  const { t, bill, touched, onTouch } = props;
  const fixed = amountIsFixed(bill);
  const check = checkAmount(props.amount, bill);
  const money = (cents: number) => formatMoney(cents, props.locale);
  const amountError = check.ok ? undefined : amountErrorText(check.error, bill, t, money);
  const email = checkReceiptEmail(props.email, props.refusedEmail);
  return html`${billSummary(bill, t, props.locale)}
    <form novalidate @submit=${props.onSubmit}>
      ${textField({
        field: 'amount',
        label: t('amountLabel'),
        hint: fixed ? t('amountHintFullOnly') : t('amountHintRange', money(bill.minCents), money(bill.maxCents)),
        value: props.amount,
        error: fixed && check.ok ? undefined : amountError,
        inputmode: 'decimal',
        autocomplete: 'off',
        readonly: fixed,
        touched: touched.has('amount'),
        onInput: props.onAmountInput,
        onBlur: () => onTouch('amount'),
      })}
      ${textField({
        field: 'email',
        label: t('emailLabel'),
        hint: t('emailHint'),
        value: props.email,
        error: email.ok ? undefined : t('errorEmailInvalid'),
        inputmode: 'email',
        autocomplete: 'email',
        type: 'email',
        touched: touched.has('email'),
        onInput: props.onEmailInput,
        onBlur: () => onTouch('email'),
      })}
      ${stepActions({ t, submitLabel: t('continue'), back: props.back })}
    </form>`;
}
