// The consent-only script-tag bundle: engine, banner, preferences, privacy notice, link notice.
import '../define/consent-banner.js';
import '../define/privacy-notice.js';
import '../define/link-notice.js';
import { configure } from '../core/global-config.js';
import { consent } from '../consent/engine.js';
import { version } from '../version.js';
import { setUpConsent } from './consent-setup.js';
import { readScriptConfig } from './script-config.js';
import './global.js';

const script = document.currentScript;
configure(readScriptConfig(script));
setUpConsent(script);
window.CivicPay = { configure, consent, version };
