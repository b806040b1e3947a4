import type { Tenant } from '../api/schemas.js';
import { isSafeUrl } from '../core/safe-url.js';
import { consent } from './engine.js';
import { isIsoDate, type ConsentSettings } from './settings.js';

/**
 * Takes the notice revision, date and address and the consent options from the tenant's public
 * configuration. Plain fetch and a hand check of the few fields used keep ky and zod out. The full
 * script-tag bundle calls it when the tag has data-api and data-tenant; npm users may call it.
 */
export function loadTenantSettings(api: string, tenant: string): Promise<void> {
  const url = `${api.replace(/\/+$/, '')}/v1/tenants/${encodeURIComponent(tenant)}`;
  return consent.applyTenantSettings(
    fetch(url, { credentials: 'omit' })
      .then((response) => response.json())
      .then(consentSettingsOf),
  );
}

/** The consent settings in a tenant's configuration; throws when they are not what the API promises. */
export function consentSettingsOf(body: Pick<Tenant, 'privacyNotice' | 'consent'>): Partial<ConsentSettings> {
  const { revision, lastUpdated, url } = body.privacyNotice;
  const { honorDoNotTrack, recordConsent } = body.consent;
  if (
    !/^.{1,64}$/.test(revision) ||
    !isIsoDate(lastUpdated) ||
    !isSafeUrl(url) ||
    typeof honorDoNotTrack !== 'boolean' ||
    typeof recordConsent !== 'boolean'
  ) {
    throw new TypeError('tenant consent settings');
  }
  return { revision, lastUpdated, privacyUrl: url, honorDoNotTrack, recordConsent };
}
