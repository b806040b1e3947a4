import { html, nothing } from 'lit';
import type { Translate } from '../../../core/i18n/catalog.js';
import type { PayMessages } from '../../../core/i18n/pay.js';

/** The step's Back button; absent on the first step. */
export interface BackButton {
  disabled: boolean;
  onClick: () => void;
}

export interface StepActionsProps {
  t: Translate<PayMessages>;
  submitLabel: string;
  submitDisabled?: boolean;
  back: BackButton | undefined;
}

/**
 * The step's buttons. A busy submit button is aria-disabled, not disabled: disabling the focused
 * button would drop focus to the page; the step ignores submits while it is busy.
 */
export function stepActions({ t, submitLabel, submitDisabled = false, back }: StepActionsProps) {
  return html`<div class="actions">
    ${
      back
        ? html`<button class="secondary" type="button" ?disabled=${back.disabled} @click=${back.onClick}>
            ${t('back')}
          </button>`
        : nothing
    }
    <button class="primary" type="submit" aria-disabled=${submitDisabled ? 'true' : 'false'}>${submitLabel}</button>
  </div>`;
}
