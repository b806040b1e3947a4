import { defineCatalog } from './catalog.js';
import type en from './en/audit.js';

/** Strings of the consent check (`?civicpay-audit`), loaded only with it. */
export const auditMessages = defineCatalog<typeof en>('audit', {
  en: () => import('./en/audit.js'),
  es: () => import('./es/audit.js'),
});

export type AuditMessages = typeof en;
