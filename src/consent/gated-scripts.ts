import { trusted, trustedTypesDirective } from './consent-policy.js';

/** What became of a gated element once its categories were granted. */
export interface GateRecord {
  /** The real `<script>` civicpay inserted for a gated script. */
  copy?: HTMLScriptElement;
  /** The CSP directive that stopped it, or `load-error` when its file did not load. */
  blockedBy?: string;
}

/**
 * Runs gated scripts, external and inline, in the page's order: a text/plain script never runs,
 * so civicpay inserts a copy with the real type (data-type, default classic) after it. External
 * copies download at once and run in order (`async = false`); an inline copy runs as soon as it
 * is inserted, so it waits for the external ones ahead of it, and the external ones after it
 * wait for it. `blocked` hears of every copy the page's CSP stopped, with the directive.
 */
export function createScriptRunner(blocked: (original: HTMLScriptElement, directive: string) => void) {
  const copies = new WeakMap<EventTarget, [HTMLScriptElement, GateRecord]>();
  /** Settles when every copy inserted so far has run or failed. */
  let ahead: Promise<unknown> = Promise.resolve();
  let inlineWaiting = 0;

  const stop = (original: HTMLScriptElement, record: GateRecord, directive: string) =>
    blocked(original, (record.blockedBy = directive));

  /** Sets the copy's src or text, or says which directive refused it; false when refused. */
  const fill = (original: HTMLScriptElement, copy: HTMLScriptElement, record: GateRecord, src: string | null) => {
    try {
      if (src === null) copy.text = trusted('createScript', original.text);
      else copy.src = trusted('createScriptURL', new URL(src, document.baseURI).href);
      return true;
    } catch {
      stop(original, record, trustedTypesDirective());
      return false;
    }
  };

  const insertExternal = (original: HTMLScriptElement, copy: HTMLScriptElement, record: GateRecord) =>
    new Promise((done) => {
      copy.onload = done;
      copy.onerror = () => done((record.blockedBy ??= 'load-error'));
      original.after(copy);
    });

  // The browser tells which copy it refused, and why, only through this event: aimed at the
  // copy for inline code, at the document for a file, whose address it names.
  document.addEventListener('securitypolicyviolation', (event) => {
    const copy =
      event.target === document
        ? [...document.scripts].find((script) => copies.has(script) && script.src === event.blockedURI)
        : event.target;
    const [from, record] = copies.get(copy!) ?? [];
    if (from && event.disposition === 'enforce') stop(from, record!, event.effectiveDirective);
  });

  return (original: HTMLScriptElement, src: string | null): GateRecord => {
    const copy = document.createElement('script');
    const record: GateRecord = { copy };
    copies.set(copy, [original, record]);
    copy.type = original.dataset.type ?? '';
    copy.nonce = original.nonce ?? '';
    for (const name of ['integrity', 'crossorigin', 'referrerpolicy']) {
      const value = original.getAttribute(name);
      if (value !== null) copy.setAttribute(name, value);
    }
    if (src !== null) {
      copy.async = false;
      if (!fill(original, copy, record, src)) return record;
      ahead = inlineWaiting
        ? ahead.then(() => insertExternal(original, copy, record))
        : Promise.all([ahead, insertExternal(original, copy, record)]);
    } else {
      inlineWaiting++;
      ahead = ahead.then(() => {
        inlineWaiting--;
        if (fill(original, copy, record, null)) original.after(copy);
      });
    }
    return record;
  };
}
