import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../helpers/lit-warnings.js';
import '../../../src/define/payment-fields.js';
import type { CivicPaymentFields } from '../../../src/elements/payment-fields/payment-fields.js';
import { TENANT, TEST_API } from '../../helpers/env.js';
import { validCard } from './helpers.js';

describe('<civic-payment-fields> keyboard', () => {
  it('Tab moves into the frame, through its fields and out again', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <button id="before">Back</button>
        <civic-payment-fields api=${TEST_API} tenant=${TENANT} lang="en"></civic-payment-fields>
        <button id="after">Continue</button>
      </div>`,
    );
    const element = page.querySelector<CivicPaymentFields>('civic-payment-fields')!;
    await waitUntil(() => element.ready, 'never ready', { timeout: 8000 });
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    for (const value of validCard) {
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: value });
    }
    await waitUntil(() => element.complete, 'typing by keyboard did not fill the form');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(page.querySelector('#after'));
  });

  it('Enter in a field submits the form the element sits in', async () => {
    let submitted = 0;
    const form = await fixture<HTMLFormElement>(
      html`<form @submit=${(event: Event) => (event.preventDefault(), submitted++)}>
        <civic-payment-fields api=${TEST_API} tenant=${TENANT} lang="en"></civic-payment-fields>
      </form>`,
    );
    const element = form.querySelector<CivicPaymentFields>('civic-payment-fields')!;
    await waitUntil(() => element.ready, 'never ready', { timeout: 8000 });
    element.focus();
    await sendKeys({ type: '4242' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => submitted === 1, 'Enter did not submit the form');
  });
});
