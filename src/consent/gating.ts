import { isSafeUrl } from '../core/safe-url.js';
import { knownCategory, type ConsentCategory } from './categories.js';
import { createScriptRunner, type GateRecord } from './gated-scripts.js';
import { warnOnce } from './warn.js';

export type { GateRecord };
export type Granted = (category: ConsentCategory) => boolean;

/** Every element the page gates. */
export const gatedSelector = 'script[data-civic-consent],iframe[data-civic-consent]';

/** The gated scripts and iframes of one page view, and what became of each. */
export interface Gating {
  /**
   * Runs every gated script and loads every gated iframe whose categories (space-separated in
   * `data-civic-consent`) are all granted. Each element runs at most once per page view.
   */
  activate(granted: Granted): void;
  /** Gates elements added to the page after the engine started, too, until the returned stop is called. */
  watch(granted: Granted): () => void;
  /** Whether gated scripts or frames of `category` have run in this page view. */
  hasActivated(category: ConsentCategory): boolean;
  /** What became of an element, once its categories were granted. */
  record(element: Element): GateRecord | undefined;
}

/** How a console message names a gated element: its id, else its place among them. */
export function gatedName(element: Element): string {
  return element.id
    ? `#${element.id}`
    : `number ${[...document.querySelectorAll(gatedSelector)].indexOf(element) + 1} on the page`;
}

export function createGating(): Gating {
  const records = new WeakMap<Element, GateRecord>();
  const categories = new Set<ConsentCategory>();
  const runScript = createScriptRunner((original, directive) =>
    console.warn(
      `civicpay: gated script ${gatedName(original)} (${original.dataset.civicConsent}) did not run: the page's Content-Security-Policy directive ${directive} stopped it.`,
    ),
  );

  const activate = (granted: Granted) => {
    for (const element of document.querySelectorAll<HTMLElement>(gatedSelector)) {
      const needed = element.dataset.civicConsent!.split(/\s+/).filter(Boolean);
      if (records.has(element) || !needed.length) continue;
      if (!needed.every((name) => knownCategory(name, 'data-civic-consent') && granted(name))) continue;
      const script = element instanceof HTMLScriptElement ? element : undefined;
      const src = script ? script.getAttribute('src') : element.dataset.src;
      // While the page loads, the parser may not have read an inline block to its end yet.
      if (src === null && !element.nextSibling && document.readyState === 'loading') continue;
      needed.forEach((name) => categories.add(name as ConsentCategory));
      let record: GateRecord = {};
      if ((script && script.type !== 'text/plain') || (src !== null && !isSafeUrl(src))) {
        warnOnce('civicpay: gated scripts need type="text/plain" (and any src http(s)); iframes an http(s) data-src.');
      } else if (script) {
        record = runScript(script, src as string | null);
      } else {
        (element as HTMLIFrameElement).src = src!;
      }
      records.set(element, record);
    }
  };

  return {
    activate,
    watch(granted) {
      const again = () => activate(granted);
      const observer = new MutationObserver(again);
      observer.observe(document.documentElement, { childList: true, subtree: true });
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', again);
      return () => {
        observer.disconnect();
        document.removeEventListener('DOMContentLoaded', again);
      };
    },
    hasActivated: (category) => categories.has(category),
    record: (element) => records.get(element),
  };
}
