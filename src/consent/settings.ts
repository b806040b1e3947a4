import type { CookiePattern } from './cookie-cleanup.js';
import type { ConsentCategory } from './categories.js';

/** Everything the consent engine can be told, by `configure()`, data-* attributes or the tenant. */
export interface ConsentSettings {
  /** Revision of the privacy notice; a stored choice for another revision is asked again. */
  revision: string;
  /** The notice's "Last Updated" date, YYYY-MM-DD, shown in the banner. */
  lastUpdated?: string;
  /** Address of the privacy notice (http(s) or relative). */
  privacyUrl?: string;
  /** Domain of the `civic_consent` cookie, such as `sanclemente.gov`, to share one choice across subdomains. */
  cookieDomain?: string;
  /** Days the choice is kept. */
  expiryDays: number;
  /** Treat Do Not Track like Global Privacy Control (GPC is always honoured). */
  honorDoNotTrack: boolean;
  /** Send Google Consent Mode v2 defaults and updates through `gtag`. */
  consentMode: boolean;
  /** Post proof-of-consent records to the billing API (needs `api` and `tenant`). */
  recordConsent: boolean;
  api?: string;
  tenant?: string;
  /** Cookies to delete when a category is withdrawn, by name or pattern. */
  cookies: Partial<Record<ConsentCategory, CookiePattern[]>>;
}

export const defaultSettings: ConsentSettings = {
  revision: '1',
  expiryDays: 365,
  honorDoNotTrack: false,
  consentMode: false,
  recordConsent: false,
  cookies: {},
};

/** Drops undefined values, so a layer only overrides what it really sets. */
export function definedOnly(settings: Partial<ConsentSettings>): Partial<ConsentSettings> {
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  return /^\d{4}-\d\d-\d\d$/.test(value as string) && Date.parse(value as string) > 0;
}
