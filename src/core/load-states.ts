import { html } from 'lit';
import { commonErrorMessage } from './error-message.js';
import type { Translate } from './i18n/catalog.js';
import type { CommonMessages } from './i18n/common.js';

/** What an account element shows while its data is on the way. */
export const loadingLine = (c: Translate<CommonMessages>) =>
  html`<p part="loading" aria-busy="true">${c('loading')}</p>`;

/** A load that failed: what went wrong, in the resident's language, and Try again. */
export const loadFailure = (error: unknown, c: Translate<CommonMessages>, retry: () => unknown) =>
  html`<div part="error">
    <p class="error">${commonErrorMessage(error, c)}</p>
    <button part="button" class="secondary" type="button" @click=${retry}>${c('retry')}</button>
  </div>`;
