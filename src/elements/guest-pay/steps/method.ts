import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PaymentMethodToken } from '../../../api/schemas.js';
import type { Translate } from '../../../core/i18n/catalog.js';
import type { PayMessages } from '../../../core/i18n/pay.js';
import type { Locale } from '../../../core/locale.js';
import { stepActions, type BackButton } from './step-actions.js';

export type Method = PaymentMethodToken['type'];

export interface MethodProps {
  t: Translate<PayMessages>;
  locale: Locale;
  api: string;
  tenant: string;
  allowed: readonly Method[];
  method: Method;
  /** Methods whose payment fields exist; only the chosen one shows. */
  fieldsFor: ReadonlySet<Method>;
  checking: boolean;
  back: BackButton | undefined;
  onSubmit: (event: Event) => void;
  onChooseMethod: (method: Method) => void;
}

/** Step 3: card or bank, typed into `<civic-payment-fields>`. */
export function methodStep(props: MethodProps) {
  const { t, allowed } = props;
  return html`<form novalidate @submit=${props.onSubmit}>
    ${
      allowed.length > 1
        ? html`<fieldset>
            <legend>${t('methodLegend')}</legend>
            ${allowed.map(
              (method) =>
                html`<label class="choice">
                  <input
                    type="radio"
                    name="method"
                    .checked=${live(props.method === method)}
                    @change=${() => props.onChooseMethod(method)}
                  />
                  ${method === 'card' ? t('methodCard') : t('methodBank')}
                </label>`,
            )}
          </fieldset>`
        : nothing
    }
    ${[...props.fieldsFor].map(
      (method) =>
        html`<civic-payment-fields
          api=${props.api}
          tenant=${props.tenant}
          lang=${props.locale}
          method=${method}
          ?hidden=${method !== props.method}
        ></civic-payment-fields>`,
    )}
    ${stepActions({ t, submitLabel: t('continue'), submitDisabled: props.checking, back: props.back })}
  </form>`;
}
