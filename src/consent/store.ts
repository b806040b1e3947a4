import { readCookies, removeCookie, writeCookie } from './cookies.js';
import { optionalCategories, type ConsentCategories } from './categories.js';

export const cookieName = 'civic_consent';
/** Version of the cookie's JSON layout. A cookie from a newer layout counts as no choice. */
export const schemaVersion = 1;

export type ConsentSource = 'banner' | 'preferences' | 'api' | 'signal';

/** What `civic_consent` holds. Short keys keep the cookie small. */
export interface StoredChoice {
  v: number;
  /** Revision of the privacy notice the resident answered. */
  rev: string;
  /** Random id, kept across choices, that ties proof-of-consent records together. */
  id: string;
  ts: string;
  cat: ConsentCategories;
  src: ConsentSource;
}

export interface CookieSettings {
  cookieDomain?: string;
  expiryDays: number;
}

let memory: StoredChoice | undefined;
let cookiesBlocked = false;

/** Parses the cookie strictly: anything malformed, tampered, oversized or from the future is no choice. */
export function parseChoice(raw: string | undefined): StoredChoice | undefined {
  try {
    const { v, rev, id, ts, cat, src } = JSON.parse(raw!.length < 512 ? raw! : '');
    if (
      v === schemaVersion &&
      /^[\w.-]{1,64}$/.test(rev) &&
      /^[\da-f-]{36}$/.test(id) &&
      Date.parse(ts) > 0 &&
      /^(banner|preferences|api|signal)$/.test(src) &&
      cat.necessary === true &&
      optionalCategories.every((name) => typeof cat[name] === 'boolean')
    ) {
      return {
        v,
        rev,
        id,
        ts,
        cat: { necessary: true, functional: cat.functional, analytics: cat.analytics, marketing: cat.marketing },
        src,
      };
    }
  } catch {
    // Not JSON, or not an object: no choice.
  }
  return undefined;
}

export function readChoice(): StoredChoice | undefined {
  return parseChoice(readCookies()[cookieName]) ?? (cookiesBlocked ? memory : undefined);
}

/** Writes the cookie; where the browser refuses cookies the choice lives for this page view. */
export function writeChoice(choice: StoredChoice, { cookieDomain, expiryDays }: CookieSettings): void {
  const value = JSON.stringify(choice);
  writeCookie(cookieName, value, { days: expiryDays, domain: cookieDomain, secure: location.protocol === 'https:' });
  memory = choice;
  cookiesBlocked = readCookies()[cookieName] !== value;
}

export function clearChoice({ cookieDomain }: CookieSettings): void {
  removeCookie(cookieName, cookieDomain);
  removeCookie(cookieName);
  memory = undefined;
}

/**
 * A random version 4 UUID. `crypto.randomUUID` exists only in secure contexts; elsewhere a blob
 * URL, which browsers name with a random UUID, gives one without extra code.
 */
export function newConsentId(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  const url = URL.createObjectURL(new Blob());
  URL.revokeObjectURL(url);
  return url.slice(-36);
}
