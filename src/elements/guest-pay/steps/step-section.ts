import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../../../core/i18n/catalog.js';
import type { PayMessages } from '../../../core/i18n/pay.js';
import { currentStep, type Flow, type Step } from '../flow-steps.js';
import { stepNames } from './step-list.js';

export interface StepSectionProps {
  t: Translate<PayMessages>;
  flow: Flow;
  step: Step;
  body: TemplateResult | typeof nothing;
}

/** A step's section, hidden unless current, headed by its position and name. */
export function stepSection({ t, flow, step, body }: StepSectionProps) {
  const index = flow.steps.indexOf(step);
  return html`<section class="step" part="step" data-step=${step} ?hidden=${step !== currentStep(flow)}>
    <h2 tabindex="-1" part="heading">
      <span class="visually-hidden">${t('stepPosition', index + 1, flow.steps.length)}: </span>${t(stepNames[step])}
    </h2>
    ${body}
  </section>`;
}
