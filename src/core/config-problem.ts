import { html, nothing } from 'lit';
import type { ConfigState } from './civic-element.js';
import type { Translate } from './i18n/catalog.js';
import type { CommonMessages } from './i18n/common.js';

/** The message shown in place of an element that lacks its api or tenant; nothing when ready. */
export function renderConfigProblem(config: ConfigState, t: Translate<CommonMessages>) {
  if (config.ok) return nothing;
  const message = 'missing' in config ? t('configMissing', config.missing.join(', ')) : t('configInvalidApi');
  return html`<p class="config-problem" part="error" role="alert">${message}</p>`;
}
