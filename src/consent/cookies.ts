/** The page's cookies by name (no cookies: one named ''), values percent-decoded; one that does not decode is skipped. */
export function readCookies(): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const pair of document.cookie.split('; ')) {
    const [name, ...value] = pair.split('=');
    try {
      cookies[decodeURIComponent(name)] ??= decodeURIComponent(value.join('='));
    } catch {
      // Another tool's cookie in an encoding of its own: not one civicpay reads.
    }
  }
  return cookies;
}

/** Writes a cookie on path `/`, its value percent-encoded; `attributes` is the rest: `; domain=…`. */
export function writeCookie(name: string, value: string, attributes = ''): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/${attributes}`;
}

/** Deletes a cookie set on path `/`, host-only or on `domain`. */
export function removeCookie(name: string, domain?: string): void {
  writeCookie(name, '', `${domain ? `; domain=${domain}` : ''}; max-age=0`);
}
