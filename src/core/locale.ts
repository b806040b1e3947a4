export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];

/** Maps a BCP 47 tag ("es-MX", "EN") to a supported locale, or undefined. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return locales.find((locale) => locale === language);
}

/** The locale of the nearest `lang` attribute, crossing shadow roots, else the document's. */
export function localeFromPage(element: Element): Locale | undefined {
  let node: Node | null = element;
  while (node) {
    const locale = node instanceof Element ? toLocale(node.getAttribute('lang')) : undefined;
    if (locale) return locale;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLocale(document.documentElement.lang);
}

const dateFormatters = new Map<Locale, Intl.DateTimeFormat>();

/** Formats an ISO date (YYYY-MM-DD) as a calendar date, without shifting it by time zone. */
export function formatDate(isoDate: string, locale: Locale): string {
  let formatter = dateFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(`${locale}-US`, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormatters.set(locale, formatter);
  }
  return formatter.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

const pageLangListeners = new Set<() => void>();
let pageLangObserver: MutationObserver | undefined;

/** Calls `listener` when the document's `lang` changes; returns the unsubscribe function. */
export function onPageLangChange(listener: () => void): () => void {
  pageLangListeners.add(listener);
  pageLangObserver ??= new MutationObserver(() => pageLangListeners.forEach((notify) => notify()));
  pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => pageLangListeners.delete(listener);
}
