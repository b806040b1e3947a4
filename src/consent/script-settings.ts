import type { ConsentSettings } from './settings.js';

/**
 * Reads the consent options of the script tag that loaded civicpay: data-consent-revision,
 * data-privacy-url, data-privacy-updated, data-cookie-domain, data-cookie-days,
 * data-consent-mode, data-honor-dnt, data-record-consent. Flags are on when present, unless "false".
 */
export function readConsentScriptSettings(script: HTMLOrSVGScriptElement | null): Partial<ConsentSettings> {
  const data = script?.dataset ?? {};
  const flag = (value?: string) => (value === undefined ? undefined : value !== 'false');
  return {
    revision: data.consentRevision,
    privacyUrl: data.privacyUrl,
    lastUpdated: data.privacyUpdated,
    cookieDomain: data.cookieDomain,
    expiryDays: Number(data.cookieDays) > 0 ? Number(data.cookieDays) : undefined,
    consentMode: flag(data.consentMode),
    honorDoNotTrack: flag(data.honorDnt),
    recordConsent: flag(data.recordConsent),
  };
}
