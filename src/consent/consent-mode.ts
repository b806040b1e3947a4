import type { ConsentCategories } from './categories.js';

type Gtag = (...args: unknown[]) => void;

declare global {
  interface Window {
    dataLayer?: unknown[];
    gtag?: Gtag;
  }
}

type ConsentModeState = Record<string, 'granted' | 'denied'>;

/** Google Consent Mode v2 types, from the four civicpay categories. */
export function consentModeState(categories: ConsentCategories): ConsentModeState {
  const state = (granted: boolean) => (granted ? 'granted' : 'denied');
  return {
    ad_storage: state(categories.marketing),
    ad_user_data: state(categories.marketing),
    ad_personalization: state(categories.marketing),
    analytics_storage: state(categories.analytics),
    personalization_storage: state(categories.functional),
    functionality_storage: 'granted',
    security_storage: 'granted',
  };
}

/**
 * Sends `gtag('consent', command, …)`, creating the standard `dataLayer`/`gtag` shim when the
 * page has none yet, so the defaults are queued before any Google tag loads.
 */
export function sendConsentMode(command: 'default' | 'update', categories: ConsentCategories): void {
  const dataLayer = (window.dataLayer ??= []);
  window.gtag ??= function gtag() {
    // gtag.js reads Arguments objects from the data layer, not arrays.
    // eslint-disable-next-line prefer-rest-params
    dataLayer.push(arguments);
  };
  window.gtag('consent', command, consentModeState(categories));
}
