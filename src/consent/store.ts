import Cookies from 'js-cookie';
import { allCategories, optionalCategories, type ConsentCategories } from './categories.js';

export const cookieName = 'civic_consent';
/** Version of the cookie's JSON layout. A cookie from a newer layout counts as no choice. */
export const schemaVersion = 1;

export type ConsentSource = 'banner' | 'preferences' | 'api' | 'signal';
const sources: readonly string[] = ['banner', 'preferences', 'api', 'signal'];

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
  domain?: string;
  expiryDays: number;
}

/** A real choice is well under this; anything longer was not written by us. */
const maxCookieLength = 512;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let memory: StoredChoice | undefined;
let cookiesBlocked = false;

/** Parses the cookie strictly: anything malformed, tampered or from the future is no choice. */
export function parseChoice(raw: string | undefined): StoredChoice | undefined {
  if (!raw || raw.length > maxCookieLength) return undefined;
  let data: Partial<StoredChoice>;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    data.v !== schemaVersion ||
    typeof data.rev !== 'string' ||
    data.rev.length > 64 ||
    typeof data.id !== 'string' ||
    !uuidPattern.test(data.id) ||
    typeof data.ts !== 'string' ||
    Number.isNaN(Date.parse(data.ts)) ||
    !sources.includes(data.src as string) ||
    !isCategories(data.cat)
  ) {
    return undefined;
  }
  const cat = allCategories(false);
  for (const name of optionalCategories) cat[name] = data.cat[name];
  return { v: data.v, rev: data.rev, id: data.id, ts: data.ts, cat, src: data.src as ConsentSource };
}

function isCategories(value: unknown): value is ConsentCategories {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return record.necessary === true && optionalCategories.every((name) => typeof record[name] === 'boolean');
}

export function readChoice(): StoredChoice | undefined {
  let raw: string | undefined;
  try {
    raw = Cookies.get(cookieName);
  } catch {
    raw = undefined;
  }
  return parseChoice(raw) ?? (cookiesBlocked ? memory : undefined);
}

/** Writes the cookie; where the browser refuses cookies the choice lives for this page view. */
export function writeChoice(choice: StoredChoice, settings: CookieSettings): void {
  const value = JSON.stringify(choice);
  Cookies.set(cookieName, value, {
    expires: settings.expiryDays,
    path: '/',
    domain: settings.domain,
    sameSite: 'Lax',
    secure: location.protocol === 'https:',
  });
  memory = choice;
  cookiesBlocked = Cookies.get(cookieName) !== value;
}

export function clearChoice(settings: CookieSettings): void {
  Cookies.remove(cookieName, { path: '/', domain: settings.domain });
  Cookies.remove(cookieName, { path: '/' });
  memory = undefined;
  cookiesBlocked = false;
}

/** A version 4 UUID; `crypto.randomUUID` exists only in secure contexts. */
export function newConsentId(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
