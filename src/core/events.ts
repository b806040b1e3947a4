import type { BillingErrorCode } from '../api/errors.js';
import type { ConsentCategories, Customer, Payment, Profile } from '../api/schemas.js';

const options = { bubbles: true, composed: true } as const;

/** Fired when a resident signs in. */
export class CivicSignedInEvent extends Event {
  constructor(readonly customer: Customer) {
    super('civic-signed-in', options);
  }
}

/** Fired when a resident signs out. */
export class CivicSignedOutEvent extends Event {
  constructor() {
    super('civic-signed-out', options);
  }
}

/** Fired when the session ends by idle expiry or is rejected by the API. */
export class CivicSessionExpiredEvent extends Event {
  constructor() {
    super('civic-session-expired', options);
  }
}

/** Fired with the receipt when a payment is approved. Carries no card or bank number. */
export class CivicPaymentSucceededEvent extends Event {
  constructor(readonly payment: Omit<Payment, 'receiptToken'>) {
    super('civic-payment-succeeded', options);
  }
}

/** Fired when a payment is declined or fails. */
export class CivicPaymentFailedEvent extends Event {
  constructor(readonly code: BillingErrorCode) {
    super('civic-payment-failed', options);
  }
}

/** Fired after contact details are saved, with the names of the fields that changed. */
export class CivicContactUpdatedEvent extends Event {
  constructor(
    readonly profile: Profile,
    readonly changed: string[],
  ) {
    super('civic-contact-updated', options);
  }
}

/**
 * Fired on `document` when the consent choice changes. `reloadRecommended` is true when a
 * withdrawn category's scripts have already run: only a reload stops them.
 */
export class CivicConsentChangeEvent extends Event {
  constructor(
    readonly categories: ConsentCategories,
    readonly previous: ConsentCategories | undefined,
    readonly reloadRecommended = false,
  ) {
    super('civic-consent-change', options);
  }
}

/** Fired when an element cannot do its job (bad configuration, API failure). */
export class CivicErrorEvent extends Event {
  constructor(
    readonly code: BillingErrorCode,
    readonly message: string,
  ) {
    super('civic-error', options);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-signed-in': CivicSignedInEvent;
    'civic-signed-out': CivicSignedOutEvent;
    'civic-session-expired': CivicSessionExpiredEvent;
    'civic-payment-succeeded': CivicPaymentSucceededEvent;
    'civic-payment-failed': CivicPaymentFailedEvent;
    'civic-contact-updated': CivicContactUpdatedEvent;
    'civic-consent-change': CivicConsentChangeEvent;
    'civic-error': CivicErrorEvent;
  }
}
