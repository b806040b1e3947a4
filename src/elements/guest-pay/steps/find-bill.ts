import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Translate } from '../../../core/i18n/catalog.js';
import type { PayMessages } from '../../../core/i18n/pay.js';
import { normalizeZip } from '../../../core/zip.js';
import { normalizeReference, type BillKind } from '../bill-reference.js';
import { textField, type TextFieldName } from './text-field.js';

export interface FindBillProps {
  t: Translate<PayMessages>;
  kind: BillKind;
  number: string;
  zip: string;
  touched: Pick<ReadonlySet<TextFieldName>, 'has'>;
  lookupFailed: boolean;
  lookingUp: boolean;
  /** The API asked for a wait before the next lookup: the button stays focusable but does nothing. */
  waiting: boolean;
  onSubmit: (event: Event) => void;
  onChooseKind: (kind: BillKind) => void;
  onNumberInput: (value: string) => void;
  onZipInput: (value: string) => void;
  onTouch: (field: TextFieldName) => void;
}

/** Step 1: an account or invoice number and its ZIP code. */
export function findBillStep(props: FindBillProps) {
  const { t, kind, touched, lookupFailed, onTouch } = props;
  const account = kind === 'account';
  const reference = normalizeReference(kind, props.number);
  const zip = normalizeZip(props.zip);
  const referenceError = reference.ok
    ? undefined
    : {
        number_empty: t('errorNumberEmpty'),
        account_invalid: t('errorAccountNumberInvalid'),
        invoice_invalid: t('errorInvoiceNumberInvalid'),
      }[reference.error];
  const zipError = zip.ok ? undefined : { zip_empty: t('errorZipEmpty'), zip_invalid: t('errorZipInvalid') }[zip.error];
  return html`<form novalidate @submit=${props.onSubmit}>
    <fieldset>
      <legend>${t('whatToPay')}</legend>
      ${(['account', 'invoice'] as const).map(
        (choice) =>
          html`<label class="choice">
            <input
              type="radio"
              name="kind"
              .checked=${live(kind === choice)}
              @change=${() => props.onChooseKind(choice)}
            />
            ${choice === 'account' ? t('kindAccount') : t('kindInvoice')}
          </label>`,
      )}
    </fieldset>
    ${textField({
      field: 'number',
      label: account ? t('accountNumber') : t('invoiceNumber'),
      hint: account ? t('accountNumberHint') : t('invoiceNumberHint'),
      value: props.number,
      error: referenceError,
      inputmode: account ? 'numeric' : 'text',
      autocomplete: 'off',
      touched: touched.has('number'),
      lookupFailed,
      onInput: props.onNumberInput,
      onBlur: () => onTouch('number'),
    })}
    ${textField({
      field: 'zip',
      label: account ? t('serviceZip') : t('billingZip'),
      value: props.zip,
      error: zipError,
      inputmode: 'numeric',
      autocomplete: 'postal-code',
      touched: touched.has('zip'),
      lookupFailed,
      onInput: props.onZipInput,
      onBlur: () => onTouch('zip'),
    })}
    <div class="actions">
      <button class="primary" type="submit" aria-disabled=${props.lookingUp || props.waiting ? 'true' : 'false'}>
        ${t('findBill')}
      </button>
    </div>
  </form>`;
}
