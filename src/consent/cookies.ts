/**
 * The few cookie operations the consent engine needs, on `document.cookie`. Every cookie it
 * writes is on path `/` with SameSite=Lax, its value percent-encoded.
 */

/** The page-visible cookies, by name as the browser has it, with values decoded where possible. */
export function readCookies(): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const pair of document.cookie.split('; ')) {
    const at = pair.indexOf('=');
    if (at < 1) continue;
    const value = pair.slice(at + 1);
    try {
      cookies[pair.slice(0, at)] = decodeURIComponent(value);
    } catch {
      cookies[pair.slice(0, at)] = value;
    }
  }
  return cookies;
}

export interface CookieOptions {
  /** Days the cookie is kept; 0 or less deletes it. */
  days: number;
  /** A parent domain to share the cookie with, such as `sanclemente.gov`; host-only when absent. */
  domain?: string;
  secure?: boolean;
}

export function writeCookie(name: string, value: string, { days, domain, secure }: CookieOptions): void {
  document.cookie =
    `${name}=${encodeURIComponent(value)};path=/;SameSite=Lax;max-age=${Math.round(days * 86400)}` +
    (domain ? `;domain=${domain}` : '') +
    (secure ? ';secure' : '');
}

export function removeCookie(name: string, domain?: string): void {
  writeCookie(name, '', { days: -1, domain });
}
