import { defineCatalog } from './catalog.js';
import type en from './en/consent.js';

/** Strings of the consent banner, preferences, privacy notice and link notice. Kept short: the banner's language ships on every page. */
export const consentMessages = defineCatalog<typeof en>('consent', {
  en: () => import('./en/consent.js'),
  es: () => import('./es/consent.js'),
});

export type ConsentMessages = typeof en;
