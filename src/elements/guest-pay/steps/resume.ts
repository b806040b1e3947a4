import { html, nothing } from 'lit';
import type { Translate } from '../../../core/i18n/catalog.js';
import type { PayMessages } from '../../../core/i18n/pay.js';

export interface ResumeProps {
  t: Translate<PayMessages>;
  /** Offers "Try again" when the answer about a payment sent before a reload was lost. */
  canRetry: boolean;
  onRetry: () => void;
}

/** Shown in place of the steps while a payment sent before a reload is checked. */
export function resumeStep({ t, canRetry, onRetry }: ResumeProps) {
  return html`<section class="step" part="step" data-step="resume">
    <h2 tabindex="-1" part="heading">${t('heading')}</h2>
    ${
      canRetry
        ? html`<div class="actions">
            <button class="primary" type="button" @click=${onRetry}>${t('tryAgain')}</button>
          </div>`
        : nothing
    }
  </section>`;
}
