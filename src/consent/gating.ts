import { isSafeUrl } from '../core/safe-url.js';
import { knownCategory, type ConsentCategory } from './categories.js';
import { warnOnce } from './warn.js';

const gatedSelector = 'script[data-civic-consent], iframe[data-civic-consent]';
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
  for (const element of document.querySelectorAll(gatedSelector)) {
    if (activated.has(element)) continue;
    const needed = requiredCategories(element);
    if (!needed?.every(granted)) continue;
    activated.add(element);
    needed.forEach((category) => activatedCategories.add(category));
    if (element instanceof HTMLScriptElement) runScript(element);
    else if (element instanceof HTMLIFrameElement) loadFrame(element);
  }
}

/** Gates elements added to the page after the engine started, too. */
export function watchGated(granted: (category: ConsentCategory) => boolean): void {
  new MutationObserver(() => activateGated(granted)).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
}

function requiredCategories(element: Element): ConsentCategory[] | undefined {
  const names = (element.getAttribute('data-civic-consent') ?? '').split(/\s+/).filter(Boolean);
  const known = names.map((name) => knownCategory(name, 'data-civic-consent'));
  return known.length && known.every(Boolean) ? (known as ConsentCategory[]) : undefined;
}

/** A text/plain script never runs; its clone with a real type does. Only external scripts. */
function runScript(original: HTMLScriptElement): void {
  if (original.type !== 'text/plain' || !isSafeUrl(original.getAttribute('src'))) {
    warnOnce(
      'gated-script',
      'civicpay: a gated script needs type="text/plain" and an http(s) src; inline code is never run.',
    );
    return;
  }
  const script = document.createElement('script');
  const type = original.dataset.type;
  if (type) script.type = type;
  script.nonce = original.nonce ?? '';
  for (const name of ['integrity', 'crossorigin', 'referrerpolicy']) {
    const value = original.getAttribute(name);
    if (value !== null) script.setAttribute(name, value);
  }
  // Keep the page's order among gated scripts, as if they had been ordinary ones.
  script.async = false;
  script.src = trustedScriptUrl(original.src) as string;
  original.after(script);
}

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
let scriptUrlPolicy: ScriptUrlPolicy | null | undefined;

/**
 * Under `require-trusted-types-for 'script'` a script's src must be a TrustedScriptURL. The
 * policy passes only URLs that isSafeUrl already accepted from the page's own markup. A CSP with a
 * `trusted-types` list must name `civicpay-consent`.
 */
function trustedScriptUrl(url: string): unknown {
  if (scriptUrlPolicy === undefined) {
    const factory = (window as { trustedTypes?: { createPolicy(name: string, rules: ScriptUrlPolicy): ScriptUrlPolicy } })
      .trustedTypes;
    try {
      scriptUrlPolicy = factory?.createPolicy('civicpay-consent', { createScriptURL: (value) => value }) ?? null;
    } catch {
      scriptUrlPolicy = null;
    }
  }
  return scriptUrlPolicy ? scriptUrlPolicy.createScriptURL(url) : url;
}

function loadFrame(frame: HTMLIFrameElement): void {
  const src = frame.dataset.src;
  if (isSafeUrl(src)) frame.src = src;
  else warnOnce('gated-frame', 'civicpay: a gated iframe needs an http(s) data-src.');
}
