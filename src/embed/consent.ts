// The consent-only script-tag bundle: engine, banner, preferences and privacy notice (design §2).
// <civic-link-notice> ships in civicpay.min.js and on npm: with it this bundle would pass its
// 12,000-byte gzip budget.
import '../define/consent-banner.js';
import '../define/privacy-notice.js';
import { configure } from '../core/global-config.js';
import { consent } from '../consent/engine.js';
import { version } from '../version.js';
import { readConsentScriptSettings } from '../consent/script-settings.js';
import { readScriptConfig } from './script-config.js';
import './global.js';

const script = document.currentScript;
configure(readScriptConfig(script));
consent.configure(readConsentScriptSettings(script));
window.CivicPay = { configure, consent, version };
