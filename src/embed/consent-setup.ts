import { consent } from '../consent/engine.js';
import { readConsentScriptSettings } from '../consent/script-settings.js';

/**
 * Configures the consent engine from the script tag's data-* attributes and, unless the tag says
 * `data-consent-banner="off"` or the page already has one, adds a `<civic-consent-banner>`, so
 * one script tag is a complete cookie banner.
 */
export function setUpConsent(script: HTMLOrSVGScriptElement | null): void {
  consent.configure(readConsentScriptSettings(script));
  if (script instanceof HTMLScriptElement && script.dataset.consentBanner === 'off') return;
  const addBanner = () => {
    if (!document.querySelector('civic-consent-banner')) document.body.append(document.createElement('civic-consent-banner'));
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', addBanner, { once: true });
  else addBanner();
}
