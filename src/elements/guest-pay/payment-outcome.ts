import type { BillingErrorCode, FieldError } from '../../api/errors.js';
import type { PayMessageKey } from '../../core/i18n/pay.js';
import type { Step } from './flow-steps.js';

export interface PaymentFailure {
  message: PayMessageKey;
  /** Where the resident goes next to fix it. */
  step: Step;
  /**
   * True when the server may have taken the payment without us hearing the answer: keep the
   * Idempotency-Key and the body, and offer "Try again" with the same key.
   */
  inDoubt: boolean;
  /** The field the API refused, which shows the error on that step. */
  field?: 'email';
}

/**
 * What a failed payment means for the resident: the message and the next step. A 422 that names
 * the receipt email (an API whose rule is stricter than the widget's) lands on the email field.
 */
export function paymentFailure(
  code: BillingErrorCode | string,
  fieldErrors: readonly FieldError[] = [],
): PaymentFailure {
  if (code === 'validation' && fieldErrors.some(({ field }) => field === 'receiptEmail')) {
    return { message: 'errorEmailInvalid', step: 'amount', inDoubt: false, field: 'email' };
  }
  switch (code) {
    case 'card_declined':
      return { message: 'errorCardDeclined', step: 'method', inDoubt: false };
    case 'insufficient_funds':
      return { message: 'errorInsufficientFunds', step: 'method', inDoubt: false };
    case 'expired_card':
      return { message: 'errorExpiredCard', step: 'method', inDoubt: false };
    case 'payment_method_expired':
      return { message: 'errorPaymentMethodExpired', step: 'method', inDoubt: false };
    case 'lookup_expired':
      return { message: 'errorLookupExpired', step: 'find', inDoubt: false };
    // Over the tenant's overpayment rule too: the amount step shows the most that may be paid.
    case 'amount_out_of_range':
    case 'overpayment_not_allowed':
      return { message: 'errorAmountOutOfRange', step: 'amount', inDoubt: false };
    case 'bank_authorization_required':
      return { message: 'errorBankAuthorization', step: 'review', inDoubt: false };
    case 'unauthorized':
      return { message: 'errorUnauthorized', step: 'review', inDoubt: false };
    case 'network':
    case 'aborted':
      return { message: 'errorInDoubtNetwork', step: 'review', inDoubt: true };
    case 'timeout':
      return { message: 'errorInDoubtTimeout', step: 'review', inDoubt: true };
    // A 5xx, a 429 or an unreadable answer may all come after the server committed.
    case 'rate_limited':
      return { message: 'errorInDoubtBusy', step: 'review', inDoubt: true };
    case 'server_error':
    case 'invalid_response':
    case 'http_error':
      return { message: 'errorInDoubtServer', step: 'review', inDoubt: true };
    default:
      return { message: 'errorPaymentGeneric', step: 'review', inDoubt: false };
  }
}

/** Declines the resident can fix with another card or account. */
export function isDecline(code: string): boolean {
  return code === 'card_declined' || code === 'insufficient_funds' || code === 'expired_card';
}
