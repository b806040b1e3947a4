// Type errors a developer makes with civicpay in React; test/node/framework-types.test.ts
// expects each one, by line, and no other.
import type { CivicPaymentFailedEvent } from 'civicpay';

export const rightAttributes = <civic-guest-pay api="https://billing.example.gov" tenant="san-clemente" lang="es" />;
export const misspeltAttribute = <civic-guest-pay tennant="san-clemente" />;
export const misspeltTag = <civic-gest-pay />;
export const wrongEventClass = (
  <civic-guest-pay oncivic-payment-succeeded={(event: CivicPaymentFailedEvent) => event.code} />
);
