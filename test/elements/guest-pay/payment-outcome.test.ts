import { expect } from '@open-wc/testing';
import '../../helpers/lit-warnings.js';
import { isDecline, paymentFailure } from '../../../src/elements/guest-pay/payment-outcome.js';

describe('payment outcome', () => {
  it('sends declines back to the payment method with the key cleared', () => {
    for (const code of ['card_declined', 'insufficient_funds', 'expired_card']) {
      expect(paymentFailure(code)).to.include({ step: 'method', inDoubt: false });
      expect(isDecline(code)).to.equal(true);
    }
  });
  it('keeps the key for failures after which the server may have paid', () => {
    for (const code of ['network', 'timeout', 'server_error', 'invalid_response', 'rate_limited']) {
      expect(paymentFailure(code).inDoubt, code).to.equal(true);
    }
    expect(paymentFailure('rate_limited').message).to.equal('errorInDoubtBusy');
  });
  it('puts a refused receipt email on the email field of the amount step', () => {
    expect(paymentFailure('validation', [{ field: 'receiptEmail', code: 'invalid_format' }])).to.deep.equal({
      message: 'errorEmailInvalid',
      step: 'amount',
      inDoubt: false,
      field: 'email',
    });
    expect(paymentFailure('validation', [{ field: 'amountCents', code: 'too_small' }])).to.include({ step: 'review' });
  });
  it('sends an expired lookup back to finding the bill', () => {
    expect(paymentFailure('lookup_expired')).to.deep.equal({
      message: 'errorLookupExpired',
      step: 'find',
      inDoubt: false,
    });
  });
  it('sends an amount over the tenant’s overpayment rule back to the amount step', () => {
    expect(paymentFailure('overpayment_not_allowed')).to.deep.equal({
      message: 'errorAmountOutOfRange',
      step: 'amount',
      inDoubt: false,
    });
  });
  it('treats an unknown refusal as definitive', () => {
    expect(paymentFailure('idempotency_conflict')).to.include({ step: 'review', inDoubt: false });
    expect(isDecline('network')).to.equal(false);
  });
});
