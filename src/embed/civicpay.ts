import '../define/all.js';
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
