import type { configure } from '../core/global-config.js';
import type { consent } from '../consent/engine.js';

/** `window.CivicPay`, the same shape from either script-tag bundle. */
export interface CivicPayGlobal {
  configure: typeof configure;
  consent: typeof consent;
  version: string;
}

declare global {
  interface Window {
    CivicPay: CivicPayGlobal;
  }
}
