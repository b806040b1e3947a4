import type { ConsentCategories } from './categories.js';

declare global {
  interface Window {
    dataLayer?: unknown[];
    gtag?: (...args: unknown[]) => void;
  }
}

/**
 * Sends Google Consent Mode v2 `gtag('consent', command, …)`, creating the standard
 * `dataLayer`/`gtag` shim when the page has none yet, so defaults are queued before any Google tag.
 * Marketing drives the three ad types, analytics `analytics_storage`, functional
 * `personalization_storage`; functionality and security storage are necessary, always granted.
 */
export function sendConsentMode(
  command: 'default' | 'update',
  { marketing, analytics, functional }: ConsentCategories,
): void {
  const dataLayer = (window.dataLayer ??= []);
  window.gtag ??= function gtag() {
    // gtag.js reads Arguments objects from the data layer, not arrays.
    // eslint-disable-next-line prefer-rest-params
    dataLayer.push(arguments);
  };
  const state = (granted: boolean) => (granted ? 'granted' : 'denied');
  window.gtag('consent', command, {
    ad_storage: state(marketing),
    ad_user_data: state(marketing),
    ad_personalization: state(marketing),
    analytics_storage: state(analytics),
    personalization_storage: state(functional),
    functionality_storage: 'granted',
    security_storage: 'granted',
  });
}
