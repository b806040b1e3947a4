import { isSafeUrl } from '../core/safe-url.js';
import { knownCategory, type ConsentCategory } from './categories.js';
import { warnOnce } from './warn.js';

const activated = new WeakSet<Element>();
const activatedCategories = new Set<ConsentCategory>();

/** Categories whose gated scripts or frames have run in this page view. */
export function hasActivated(category: ConsentCategory): boolean {
  return activatedCategories.has(category);
}

/**
 * Runs every gated script and loads every gated iframe whose categories (space-separated in
 * `data-civic-consent`) are all granted. Each element runs at most once per page view.
 */
export function activateGated(granted: (category: ConsentCategory) => boolean): void {
  for (const element of document.querySelectorAll<HTMLElement>(
    'script[data-civic-consent],iframe[data-civic-consent]',
  )) {
    const needed = element.dataset.civicConsent!.split(/\s+/).filter(Boolean);
    if (activated.has(element) || !needed.length) continue;
    if (!needed.every((name) => knownCategory(name, 'data-civic-consent') && granted(name))) continue;
    activated.add(element);
    needed.forEach((name) => activatedCategories.add(name as ConsentCategory));
    const src = element instanceof HTMLScriptElement ? element.getAttribute('src') : element.dataset.src;
    if (!isSafeUrl(src) || (element instanceof HTMLScriptElement && element.type !== 'text/plain')) {
      warnOnce('civicpay: gated scripts need type="text/plain" and an http(s) src; iframes an http(s) data-src.');
    } else if (element instanceof HTMLScriptElement) {
      runScript(element, src);
    } else {
      (element as HTMLIFrameElement).src = src;
    }
  }
}

/** Gates elements added to the page after the engine started, too. */
export function watchGated(granted: (category: ConsentCategory) => boolean): void {
  new MutationObserver(() => activateGated(granted)).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
}

/** A text/plain script never runs; a clone with the real type (data-type, default classic) does. */
function runScript(original: HTMLScriptElement, src: string): void {
  const script = document.createElement('script');
  script.type = original.dataset.type ?? '';
  script.nonce = original.nonce ?? '';
  for (const name of ['integrity', 'crossorigin', 'referrerpolicy']) {
    const value = original.getAttribute(name);
    if (value !== null) script.setAttribute(name, value);
  }
  // Keep the page's order among gated scripts, as if they had been ordinary ones.
  script.async = false;
  script.src = trustedScriptUrl(new URL(src, document.baseURI).href) as string;
  original.after(script);
}

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
let scriptUrlPolicy: ScriptUrlPolicy | undefined;
/** The one URL the policy passes, set only while runScript asks for it. */
let approvedUrl: string | undefined;

/**
 * Under `require-trusted-types-for 'script'` a script's src must be a TrustedScriptURL. The policy
 * passes only the URL runScript is setting at that moment, one isSafeUrl accepted from the page's
 * own markup: anyone else holding the policy (a script that wrapped `trustedTypes.createPolicy`)
 * gets an error, never a pass-through. A CSP with a `trusted-types` list must name `civicpay-consent`.
 */
function trustedScriptUrl(url: string): unknown {
  try {
    scriptUrlPolicy ??= (
      window as { trustedTypes?: { createPolicy(name: string, rules: ScriptUrlPolicy): ScriptUrlPolicy } }
    ).trustedTypes?.createPolicy('civicpay-consent', {
      createScriptURL: (value) => {
        if (value !== approvedUrl || !isSafeUrl(value)) throw new TypeError('civicpay-consent: not a gated script');
        approvedUrl = undefined;
        return value;
      },
    });
  } catch {
    // The page's trusted-types list does not name this policy; the browser will refuse the URL.
  }
  approvedUrl = url;
  try {
    return scriptUrlPolicy?.createScriptURL(url) ?? url;
  } finally {
    approvedUrl = undefined;
  }
}
