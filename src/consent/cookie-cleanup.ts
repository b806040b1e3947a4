import { readCookies, removeCookie } from './cookies.js';

/** A cookie name, or a pattern such as `/^_ga_/`, that a category's tools set. */
export type CookiePattern = string | RegExp;

/**
 * Deletes the page-visible cookies that match `patterns`, host-only and on each parent domain
 * (tools such as Google Analytics set them on the registrable domain). Cookies set with a path
 * other than `/` or marked HttpOnly are out of a page's reach.
 */
export function deleteCookies(patterns: readonly CookiePattern[]): void {
  const labels = location.hostname.split('.');
  const domains = /^[\d.]+$/.test(location.hostname)
    ? []
    : labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
  for (const name of Object.keys(readCookies())) {
    if (patterns.some((pattern) => (typeof pattern === 'string' ? pattern === name : name.match(pattern)))) {
      for (const domain of [undefined, ...domains]) removeCookie(name, domain);
    }
  }
}
