import type { configure } from '../core/global-config.js';
import type { Consent } from '../consent/engine.js';

/** `window.CivicPay`, set by dist/civicpay.min.js. */
export interface CivicPayGlobal {
  configure: typeof configure;
  consent: Consent;
  version: string;
  /**
   * Starts loading elements' code before their tags appear (`'guest-pay'` or `'civic-guest-pay'`);
   * resolves once they are defined.
   */
  load(...tags: string[]): Promise<void>;
  /** Watches a closed-to-us place for civicpay tags: a shadow root the page's own components made before civicpay could see it. */
  discover(root: Document | ShadowRoot): void;
}

declare global {
  interface Window {
    CivicPay: CivicPayGlobal;
  }
}
