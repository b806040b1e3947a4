import type { PaymentMethodToken } from '../../api/schemas.js';

/**
 * What the flow uses of `<civic-payment-fields>`: the frame that holds the card or bank
 * number and hands back only a single-use token. Typed structurally, so the flow depends on
 * the contract, not on the frame's implementation.
 */
export interface PaymentFieldsElement extends HTMLElement {
  readonly ready: boolean;
  readonly complete: boolean;
  submit(): Promise<PaymentMethodToken>;
}

export const paymentFieldsTag = 'civic-payment-fields';

/** `PaymentFieldsError.code`: 'invalid' (the frame shows and focuses the errors), 'not_ready' or a billing code. */
export function paymentFieldsErrorCode(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}
