import type { ConsentSettings } from './settings.js';

/**
 * Reads the consent options of the script tag that loaded civicpay:
 * data-consent-revision, data-privacy-url, data-privacy-updated, data-cookie-domain,
 * data-cookie-days, data-consent-mode, data-honor-dnt, data-record-consent.
 * Boolean options are on when present, unless set to "false".
 */
export function readConsentScriptSettings(script: HTMLOrSVGScriptElement | null): Partial<ConsentSettings> {
  const data = script instanceof HTMLScriptElement ? script.dataset : {};
  const flag = (value: string | undefined) => (value === undefined ? undefined : value !== 'false');
  const days = Number(data.cookieDays);
  return {
    revision: data.consentRevision || undefined,
    privacyUrl: data.privacyUrl || undefined,
    lastUpdated: data.privacyUpdated || undefined,
    cookieDomain: data.cookieDomain || undefined,
    expiryDays: days > 0 ? days : undefined,
    consentMode: flag(data.consentMode),
    honorDoNotTrack: flag(data.honorDnt),
    recordConsent: flag(data.recordConsent),
  };
}
