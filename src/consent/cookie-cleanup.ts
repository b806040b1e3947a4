import Cookies from 'js-cookie';

/** A cookie name, or a pattern such as `/^_ga_/`, that a category's tools set. */
export type CookiePattern = string | RegExp;

/**
 * Deletes the page-visible cookies that match `patterns`, on the host and on each parent domain
 * (tools such as Google Analytics set them on the registrable domain). Cookies set with a path
 * other than `/` or marked HttpOnly are out of a page's reach.
 */
export function deleteCookies(patterns: readonly CookiePattern[]): void {
  if (!patterns.length) return;
  const names = document.cookie.split(';').map((pair) => decodeName(pair.split('=')[0].trim()));
  for (const name of names) {
    if (!name || !patterns.some((pattern) => (typeof pattern === 'string' ? pattern === name : name.match(pattern)))) {
      continue;
    }
    for (const domain of cookieDomains(location.hostname)) Cookies.remove(name, { path: '/', domain });
  }
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** `undefined` (host-only) plus `a.example.gov` and `example.gov` for `a.example.gov`. */
function cookieDomains(hostname: string): Array<string | undefined> {
  const domains: Array<string | undefined> = [undefined];
  if (/^[\d.]+$|:/.test(hostname)) return domains;
  const labels = hostname.split('.');
  for (let start = 0; start < labels.length - 1; start++) domains.push(labels.slice(start).join('.'));
  return domains;
}
