import type { Locale } from './locale.js';
import type { MessageOverrides } from './i18n/catalog.js';

/** Page-wide settings from the script tag's data-* attributes or `CivicPay.configure()`. */
export interface GlobalConfig {
  api?: string;
  tenant?: string;
  locale?: Locale;
  messages?: MessageOverrides;
}

let current: GlobalConfig = {};
const listeners = new Set<() => void>();

export function configure(config: GlobalConfig): void {
  current = { ...current, ...config };
  for (const listener of listeners) listener();
}

export function globalConfig(): Readonly<GlobalConfig> {
  return current;
}

/** Calls `listener` after every `configure()`; returns the unsubscribe function. */
export function onConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
