import { createBillingClient } from '../../../src/api/client.js';
import type { PaymentMethodRequest, PaymentMethodToken } from '../../../src/api/schemas.js';

/**
 * Stands in for `<civic-payment-fields>` in these unit tests only: same contract (submit,
 * ready, complete), and it tokenizes on the real API, so the rest of the flow is real. The
 * real frame is exercised end to end in test/e2e/guest-pay.e2e.mjs.
 */
export class PaymentFieldsDouble extends HTMLElement {
  static card: PaymentMethodRequest = testCard('4242424242424242');
  static bank: PaymentMethodRequest = {
    type: 'bank',
    routingNumber: '011000015',
    accountNumber: '000123456789',
    accountType: 'checking',
    holderName: 'Ana Resident',
  };
  /** What the next submit() rejects with instead of tokenizing, once. */
  static nextError: { code: string } | undefined;

  ready = true;
  complete = true;

  async submit(): Promise<PaymentMethodToken> {
    const error = PaymentFieldsDouble.nextError;
    PaymentFieldsDouble.nextError = undefined;
    if (error) throw Object.assign(new Error(error.code), error);
    const client = createBillingClient({ api: this.getAttribute('api')!, tenant: this.getAttribute('tenant')! });
    const method = this.getAttribute('method') === 'bank' ? PaymentFieldsDouble.bank : PaymentFieldsDouble.card;
    return client.createPaymentMethod(method);
  }
}

export function testCard(number: string): PaymentMethodRequest {
  return {
    type: 'card',
    number,
    expMonth: 12,
    expYear: new Date().getFullYear() + 3,
    cvc: '123',
    name: 'Ana Resident',
    zip: '92672',
  };
}

if (!customElements.get('civic-payment-fields')) customElements.define('civic-payment-fields', PaymentFieldsDouble);
