import { html, nothing } from 'lit';
import type { ConfigState } from './civic-element.js';
import type { Translate } from './i18n/catalog.js';
import type { CommonMessages } from './i18n/common.js';

/** The sentence for an element that lacks its api or tenant, or has an api that is not http(s). */
export function configProblemText(config: Exclude<ConfigState, { ok: true }>, t: Translate<CommonMessages>): string {
  return 'missing' in config ? t('configMissing', config.missing.join(', ')) : t('configInvalidApi');
}

/** The message shown in place of an element that lacks its api or tenant; nothing when ready. */
export function renderConfigProblem(config: ConfigState, t: Translate<CommonMessages>) {
  if (config.ok) return nothing;
  return html`<p class="config-problem" part="error" role="alert">${configProblemText(config, t)}</p>`;
}
