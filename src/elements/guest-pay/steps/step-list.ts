import { html, nothing } from 'lit';
import type { Translate } from '../../../core/i18n/catalog.js';
import type { PayMessages } from '../../../core/i18n/pay.js';
import type { Flow } from '../flow-steps.js';

export const stepNames = {
  find: 'stepFind',
  amount: 'stepAmount',
  method: 'stepMethod',
  review: 'stepReview',
  receipt: 'stepReceipt',
} as const;

export interface StepListProps {
  t: Translate<PayMessages>;
  flow: Flow;
}

/** The step indicator: the current step is `aria-current="step"`, earlier ones say they are done. */
export function stepList({ t, flow }: StepListProps) {
  return html`<ol class="steps" part="steps" aria-label=${t('stepsLabel')}>
    ${flow.steps.map(
      (step, index) =>
        html`<li aria-current=${index === flow.index ? 'step' : nothing}>
          ${t(stepNames[step])}${
            index < flow.index ? html`<span class="visually-hidden"> (${t('completedStep')})</span>` : nothing
          }
        </li>`,
    )}
  </ol>`;
}
