import { defineCatalog } from './catalog.js';
import type en from './en/common.js';

/** Strings every element may show: configuration and API failures, shared buttons. */
export const common = defineCatalog<typeof en>('common', {
  en: () => import('./en/common.js'),
  es: () => import('./es/common.js'),
});

export type CommonMessages = typeof en;
