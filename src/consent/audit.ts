// The consent check for editors: `consent.audit()` and the `?civicpay-audit` page switch. Its own
// chunk, loaded on demand, so the banner page does not carry it.
import { categoryNames, type ConsentCategory } from './categories.js';
import { showAudit } from './audit-panel.js';
import { gatedName, gatedSelector, type Gating, type Granted } from './gating.js';

/** What became of a gated element. */
export type GatedStatus =
  | 'ran'
  | 'waiting-for-consent'
  | 'unknown-category'
  | 'blocked-by-csp'
  | 'failed-to-load'
  | 'not-text-plain'
  | 'bad-url'
  | 'pending';

export interface GatedFinding {
  element: Element;
  /** As the console names it: `#id`, else its place among the gated elements. */
  name: string;
  categories: string[];
  /** Whether its code ran (or its frame loaded). */
  ran: boolean;
  status: GatedStatus;
  /** The categories still waiting, the unknown names, or the CSP directive that stopped it. */
  detail?: string;
}

/** Why an element that is not gated is listed. */
export type UngatedReason = 'other-site' | 'writes-cookies';

export interface UngatedFinding {
  element: Element;
  kind: 'script' | 'iframe' | 'pixel';
  /** The origin it loads from, when that is another site. */
  origin?: string;
  reasons: UngatedReason[];
}

export interface AuditReport {
  gated: GatedFinding[];
  ungated: UngatedFinding[];
}

const executableTypes = ['', 'text/javascript', 'application/javascript', 'module'];
/** Code that writes a cookie: `document.cookie = …` or the Cookie Store API. */
const writesCookies = /document\.cookie\s*=[^=]|cookieStore\.set\s*\(/;

export async function audit(gating: Gating, granted: Granted): Promise<AuditReport> {
  const gatedElements = [...document.querySelectorAll(gatedSelector)];
  const copies = new Set(gatedElements.map((element) => gating.record(element)?.copy));
  const ungated = await Promise.all([
    ...[...document.scripts]
      .filter((script) => !gatedElements.includes(script) && !copies.has(script))
      .map(scriptFinding),
    ...[...document.querySelectorAll('iframe:not([data-civic-consent])')].map((frame) =>
      finding(frame, 'iframe', (frame as HTMLIFrameElement).src),
    ),
    ...[...document.images].filter(isPixel).map((image) => finding(image, 'pixel', image.currentSrc || image.src)),
  ]);
  const gated = gatedElements.map((element) => gatedFinding(element as HTMLElement, gating, granted));
  // A gated script that ran loads more from its own site (gtag.js does), or from the addresses
  // its code names (a pixel's loader does): those came with consent, and are not listed.
  const vouched = new Set(
    gated
      .filter((found) => found.ran && found.status === 'ran')
      .flatMap(({ element }) =>
        [element.getAttribute('src') ?? '', ...(element.textContent?.match(/https?:\/\/[^\s'"`)]+/g) ?? [])].map(
          (address) => otherSite(address),
        ),
      ),
  );
  return {
    gated,
    ungated: ungated.filter(
      (each): each is UngatedFinding => !!each?.reasons.length && !(each.origin && vouched.has(each.origin)),
    ),
  };
}

function gatedFinding(element: HTMLElement, gating: Gating, granted: Granted): GatedFinding {
  const categories = element.dataset.civicConsent!.split(/\s+/).filter(Boolean);
  const found = (status: GatedStatus, detail?: string, ran = false): GatedFinding => ({
    element,
    name: gatedName(element),
    categories,
    ran,
    status,
    ...(detail === undefined ? {} : { detail }),
  });
  // Without type="text/plain" the browser ran it at once, consent or not.
  if (element instanceof HTMLScriptElement && element.type !== 'text/plain')
    return found('not-text-plain', undefined, true);
  const record = gating.record(element);
  if (!record) {
    const unknown = categories.filter((name) => !categoryNames.includes(name as ConsentCategory));
    if (unknown.length || !categories.length) return found('unknown-category', unknown.join(' '));
    const missing = categories.filter((name) => !granted(name as ConsentCategory));
    return missing.length ? found('waiting-for-consent', missing.join(' ')) : found('pending');
  }
  if (record.blockedBy === 'load-error') return found('failed-to-load');
  if (record.blockedBy) return found('blocked-by-csp', record.blockedBy);
  if (element instanceof HTMLScriptElement) {
    if (!record.copy) return found('bad-url');
    return record.copy.isConnected ? found('ran', undefined, true) : found('pending');
  }
  return element.hasAttribute('src') ? found('ran', undefined, true) : found('bad-url');
}

async function scriptFinding(script: HTMLScriptElement): Promise<UngatedFinding | undefined> {
  if (!executableTypes.includes(script.type.trim().toLowerCase()) || isCivicpay(script)) return undefined;
  if (!script.src) return finding(script, 'script', '', script.text);
  const found = finding(script, 'script', script.src);
  // Code from the page's own site may write first-party cookies: read it to see.
  if (!found.origin) {
    const code = await fetch(script.src, { credentials: 'same-origin' }).then(
      (response) => (response.ok ? response.text() : ''),
      () => '',
    );
    if (writesCookies.test(code)) found.reasons.push('writes-cookies');
  }
  return found;
}

function finding(element: Element, kind: UngatedFinding['kind'], url: string, code = ''): UngatedFinding {
  const origin = otherSite(url);
  const reasons: UngatedReason[] = origin ? ['other-site'] : [];
  if (writesCookies.test(code)) reasons.push('writes-cookies');
  return { element, kind, reasons, ...(origin ? { origin } : {}) };
}

/** The origin an http(s) address loads from, when that is not the page's own. */
function otherSite(address: string): string | undefined {
  try {
    const { protocol, origin } = new URL(address, document.baseURI);
    return /^https?:$/.test(protocol) && origin !== location.origin ? origin : undefined;
  } catch {
    return undefined;
  }
}

/** A tracking pixel: an image from another site that shows nothing, hidden or at most 1×1. */
function isPixel(image: HTMLImageElement): boolean {
  const tiny = (image.naturalWidth <= 1 && image.naturalHeight <= 1) || image.width <= 1 || image.height <= 1;
  return tiny || !image.getClientRects().length;
}

/** civicpay.min.js and the chunks it loads are the consent engine, not something to gate. */
function isCivicpay(script: HTMLScriptElement): boolean {
  const own = window.civicpayDefine?.script.src;
  return !!own && (script.src === own || script.src.startsWith(new URL('chunks/', own).href));
}

/** The check, and with `show`, the same at the top of the page, kept up to date. */
export async function runAudit(gating: Gating, granted: Granted, show?: boolean): Promise<AuditReport> {
  const check = () => audit(gating, granted);
  if (show) await showAudit(check);
  return check();
}
