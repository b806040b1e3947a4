import { toLocale } from '../core/locale.js';
import type { GlobalConfig } from '../core/global-config.js';

/** Reads `data-api`, `data-tenant` and `data-locale` from the script tag that loaded civicpay. */
export function readScriptConfig(script: HTMLOrSVGScriptElement | null): GlobalConfig {
  const data = script instanceof HTMLScriptElement ? script.dataset : {};
  const config: GlobalConfig = {};
  if (data.api) config.api = data.api;
  if (data.tenant) config.tenant = data.tenant;
  const locale = toLocale(data.locale);
  if (locale) config.locale = locale;
  return config;
}
