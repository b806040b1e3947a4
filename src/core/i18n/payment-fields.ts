import { defineCatalog } from './catalog.js';
import type en from './en/payment-fields.js';

/** Strings of `<civic-payment-fields>` on the host page; the frame has its own (src/frame/messages.ts). */
export const paymentFieldsMessages = defineCatalog<typeof en>('paymentFields', {
  en: () => import('./en/payment-fields.js'),
  es: () => import('./es/payment-fields.js'),
});

export type PaymentFieldsMessages = typeof en;
