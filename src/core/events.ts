import type { BillingErrorCode } from '../api/errors.js';
import type { Customer, Payment, Profile } from '../api/schemas.js';

import { eventOptions as options, type CivicConsentChangeEvent, type CivicErrorEvent } from './page-events.js';

export { CivicConsentChangeEvent, CivicErrorEvent, type CivicErrorCode } from './page-events.js';

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
