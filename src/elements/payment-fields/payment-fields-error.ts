import type { BillingErrorCode } from '../../api/errors.js';
import { isKnownCode } from '../../api/errors.js';

/**
 * `invalid`: a field is invalid (the frame shows every error and focuses the first one).
 * `not_ready`: the frame has not finished its handshake. Anything else: the billing API's code.
 */
export type PaymentFieldsErrorCode = 'invalid' | 'not_ready' | BillingErrorCode;

/** What `<civic-payment-fields>.submit()` rejects with. Never carries card or bank data. */
export class PaymentFieldsError extends Error {
  constructor(readonly code: PaymentFieldsErrorCode) {
    super(`The payment fields could not be submitted: ${code}.`);
    this.name = 'PaymentFieldsError';
  }
}

/** A code from the frame, trusted only when it is one we know. */
export function toPaymentFieldsErrorCode(code: string): PaymentFieldsErrorCode {
  if (code === 'invalid' || code === 'not_ready' || isKnownCode(code)) return code;
  return 'http_error';
}
