import '../define/all.js';
import { configure, globalConfig } from '../core/global-config.js';
import { consent } from '../consent/engine.js';
import { version } from '../version.js';
import { readConsentScriptSettings } from '../consent/script-settings.js';
import { loadTenantSettings } from '../consent/tenant-settings.js';
import { readScriptConfig } from './script-config.js';
import './global.js';

const script = document.currentScript;
configure(readScriptConfig(script));
consent.configure(readConsentScriptSettings(script));
const { api, tenant } = globalConfig();
if (api && tenant) void loadTenantSettings(api, tenant);
window.CivicPay = { configure, consent, version };
