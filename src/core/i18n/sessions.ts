import { defineCatalog } from './catalog.js';
import type en from './en/sessions.js';

/** Strings of `<civic-sessions>`: where the resident is signed in, and signing out elsewhere. */
export const sessions = defineCatalog<typeof en>('sessions', {
  en: () => import('./en/sessions.js'),
  es: () => import('./es/sessions.js'),
});

export type SessionsMessages = typeof en;
