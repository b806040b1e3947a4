import type { Tenant } from '../api/schemas.js';
import { isSafeUrl } from '../core/safe-url.js';
import { applyTenantSettings } from './engine.js';
import { isIsoDate, type ConsentSettings } from './settings.js';

const loads = new Map<string, Promise<void>>();

/**
 * Takes the notice revision, date and address and the consent options from the tenant's public
 * configuration. Plain fetch and a hand check of the few fields used keep ky and zod out of the
 * consent bundle. Failure leaves the page's own settings in force.
 */
export function loadTenantSettings(api: string, tenant: string): Promise<void> {
  const url = `${api.replace(/\/+$/, '')}/v1/tenants/${encodeURIComponent(tenant)}`;
  let load = loads.get(url);
  if (!load) {
    load = fetch(url, { credentials: 'omit' })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((body) => {
        const settings = consentSettingsOf(body);
        if (settings) applyTenantSettings(settings);
      })
      .catch(() => undefined);
    loads.set(url, load);
  }
  return load;
}

export function consentSettingsOf(body: unknown): Partial<ConsentSettings> | undefined {
  const { privacyNotice: notice, consent } = (body ?? {}) as Partial<Tenant>;
  if (
    typeof notice?.revision !== 'string' ||
    !notice.revision ||
    notice.revision.length > 64 ||
    !isIsoDate(notice.lastUpdated) ||
    !isSafeUrl(notice.url) ||
    typeof consent?.honorDoNotTrack !== 'boolean' ||
    typeof consent.recordConsent !== 'boolean'
  ) {
    return undefined;
  }
  return {
    revision: notice.revision,
    lastUpdated: notice.lastUpdated,
    privacyUrl: notice.url,
    honorDoNotTrack: consent.honorDoNotTrack,
    recordConsent: consent.recordConsent,
  };
}
