import './consent-preferences.js';
import { defineElement } from '../core/define.js';
import { CivicConsentBanner } from '../elements/consent-banner/consent-banner.js';

defineElement('civic-consent-banner', CivicConsentBanner);
