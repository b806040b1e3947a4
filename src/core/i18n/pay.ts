import { defineCatalog } from './catalog.js';
import type en from './en/pay.js';

/** Every string `<civic-guest-pay>` shows or announces. */
export const pay = defineCatalog<typeof en>('pay', {
  en: () => import('./en/pay.js'),
  es: () => import('./es/pay.js'),
});

export type PayMessages = typeof en;
export type PayMessageKey = {
  [K in keyof PayMessages]: PayMessages[K] extends string ? K : never;
}[keyof PayMessages];
