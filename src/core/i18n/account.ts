import { defineCatalog } from './catalog.js';
import type en from './en/account.js';

/** Strings of the resident account elements: sign-in, balance, activity, contact details. */
export const account = defineCatalog<typeof en>('account', {
  en: () => import('./en/account.js'),
  es: () => import('./es/account.js'),
});

export type AccountMessages = typeof en;
