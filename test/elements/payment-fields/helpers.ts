import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/payment-fields.js';
import type { CivicPaymentFields } from '../../../src/elements/payment-fields/payment-fields.js';
import { TENANT, TEST_API } from '../../helpers/env.js';

export const futureExpiry = `12/${String((new Date().getFullYear() + 3) % 100).padStart(2, '0')}`;

export async function mountFields(
  options: {
    method?: 'card' | 'bank';
    lang?: string;
    api?: string;
    tenant?: string;
    waitReady?: boolean;
    /** Inline style of a wrapper, for theme tokens. */
    style?: string;
  } = {},
): Promise<CivicPaymentFields> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${options.style ?? ''}>
      <civic-payment-fields
        api=${options.api ?? TEST_API}
        tenant=${options.tenant ?? TENANT}
        lang=${options.lang ?? 'en'}
        method=${options.method ?? 'card'}
      ></civic-payment-fields>
    </div>`,
  );
  const element = wrapper.querySelector('civic-payment-fields')!;
  // Its first render waits for its strings, which load on demand.
  await element.updateComplete;
  if (options.waitReady !== false)
    await waitUntil(() => element.ready, 'the frame never became ready', { timeout: 8000 });
  return element;
}

/** Types into the frame's fields in order, pressing Tab between them, starting at the first field. */
export async function typeFields(element: CivicPaymentFields, values: string[]): Promise<void> {
  element.focus();
  for (const [index, value] of values.entries()) {
    if (index > 0) await sendKeys({ press: 'Tab' });
    if (value) await sendKeys({ type: value });
  }
}

export const validCard = ['4242424242424242', futureExpiry, '735', 'Ana López', '92672'];
export const validBank = ['011000015', '000123456789', '', 'Ana López'];

export function liveText(element: CivicPaymentFields): string {
  return element.shadowRoot!.querySelector('[part=live]')!.textContent ?? '';
}

export function frameOf(element: CivicPaymentFields): HTMLIFrameElement {
  return element.shadowRoot!.querySelector('iframe')!;
}
