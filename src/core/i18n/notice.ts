import { defineCatalog } from './catalog.js';
import type en from './en/notice.js';

/** Strings of the privacy notice and the link notice, apart from the banner's so a banner-only page does not load them. */
export const noticeMessages = defineCatalog<typeof en>('notice', {
  en: () => import('./en/notice.js'),
  es: () => import('./es/notice.js'),
});
