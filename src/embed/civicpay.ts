import '../define/all.js';
import { configure } from '../core/global-config.js';
import { version } from '../version.js';
import { readScriptConfig } from './script-config.js';

configure(readScriptConfig(document.currentScript));

const civicPay = { configure, version };

declare global {
  interface Window {
    CivicPay: typeof civicPay;
  }
}

window.CivicPay = civicPay;
