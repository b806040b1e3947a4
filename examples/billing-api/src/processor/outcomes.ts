/** What the test processor decides for a payment method, fixed when it is tokenized. */
export type ProcessorOutcome = 'approved' | 'card_declined' | 'insufficient_funds' | 'expired_card';
