import { consent as pageConsent, type Consent } from './engine.js';

/** The page's consent engine: the same one as `CivicPay.consent`. */
export const consent: Consent = pageConsent;
export { createConsent, type Consent, type ConsentEngine, type ConsentState, type ConsentChange } from './engine.js';
export type { ConsentSettings } from './settings.js';
export type { ConsentSource } from './store.js';
export type { ConsentCategories, ConsentCategory, OptionalCategory } from './categories.js';
export type { CookiePattern } from './cookie-cleanup.js';
export { loadTenantSettings } from './tenant-settings.js';
export type { AuditReport, GatedFinding, GatedStatus, UngatedFinding, UngatedReason } from './audit.js';
