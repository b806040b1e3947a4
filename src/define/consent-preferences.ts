import { defineElement } from '../core/define.js';
import { CivicConsentPreferences } from '../elements/consent-preferences/consent-preferences.js';

defineElement('civic-consent-preferences', CivicConsentPreferences);
