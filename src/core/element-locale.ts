import { globalConfig } from './global-config.js';
import { localeFromPage, toLocale, type Locale } from './locale.js';

/** An element's language: its own `lang`, then `configure()`, then the nearest `lang` on the page. */
export function elementLocale(element: Element): Locale {
  return toLocale(element.getAttribute('lang')) ?? globalConfig().locale ?? localeFromPage(element) ?? 'en';
}
