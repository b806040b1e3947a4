import type { Locale } from '../core/locale.js';

/**
 * The loader's own words, in both languages inside civicpay.min.js: they must show when the
 * chunk with a widget's strings is the one that could not load.
 */
export const loaderMessages: Record<Locale, { loading: string; failed: string; retry: string }> = {
  en: {
    loading: 'Loading…',
    failed: 'This part of the page could not load. Check your connection and try again.',
    retry: 'Try again',
  },
  es: {
    loading: 'Cargando…',
    failed: 'Esta parte de la página no se pudo cargar. Revise su conexión e inténtelo de nuevo.',
    retry: 'Intentar de nuevo',
  },
};
