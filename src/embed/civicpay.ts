// The script-tag entry: the consent engine, the banner and preferences, and the loader that
// brings every other element's code when its tag appears (design §7).
import '../define/consent-banner.js';
import { configure, globalConfig } from '../core/global-config.js';
import { consent } from '../consent/engine.js';
import { version } from '../version.js';
import { readConsentScriptSettings } from '../consent/script-settings.js';
import { loadTenantSettings } from '../consent/tenant-settings.js';
import { elementLocale } from '../core/element-locale.js';
import { Autoloader } from '../loader/autoload.js';
import { readScriptConfig } from './script-config.js';
import './global.js';

// Installed by the first lines of civicpay.min.js, which run this chunk.
const runtime = window.civicpayDefine as NonNullable<Window['civicpayDefine']>;
const script = runtime.script;
configure(readScriptConfig(script));
consent.configure(readConsentScriptSettings(script));
const { api, tenant } = globalConfig();
if (api && tenant) void loadTenantSettings(api, tenant);

const autoloader = new Autoloader(runtime);
const load = (...tags: string[]) =>
  Promise.all(tags.map((tag) => autoloader.load(tag, elementLocale(document.documentElement)))).then(() => undefined);
window.CivicPay = { configure, consent, version, load, discover: (root) => autoloader.watch(root) };

const preload = script.dataset.preload?.split(/[\s,]+/).filter(Boolean) ?? [];
load(...preload).catch(() => {
  // Told on the console already; the elements show the failure when they appear.
});
autoloader.watch(document);
