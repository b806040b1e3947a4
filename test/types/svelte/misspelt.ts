// Type errors a developer makes with civicpay in Svelte 5, checked on the element types Svelte's
// own checker uses; test/node/framework-types.test.ts expects each one, by line, and no other.
import type { SvelteHTMLElements } from 'svelte/elements';
import type { CivicPaymentFailedEvent, CivicPaymentSucceededEvent } from 'civicpay';

type GuestPay = SvelteHTMLElements['civic-guest-pay'];
const paid = (event: CivicPaymentSucceededEvent) => event.payment.confirmation;
const failed = (event: CivicPaymentFailedEvent) => event.code;

export const right: GuestPay = {
  api: 'https://billing.example.gov',
  tenant: 'san-clemente',
  class: 'pay',
  'oncivic-payment-succeeded': paid,
};
export const misspeltAttribute: GuestPay = { tennant: 'san-clemente' };
export const wrongEventClass: GuestPay = { 'oncivic-payment-succeeded': failed };
