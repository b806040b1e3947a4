import type { Locale } from '../../core/locale.js';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** An ISO date-time as a date and time of day in the resident's language and time zone. */
export function formatDateTime(isoDateTime: string, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(`${locale}-US`, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(locale, formatter);
  }
  return formatter.format(new Date(isoDateTime));
}
