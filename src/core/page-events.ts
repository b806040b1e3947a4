import type { BillingErrorCode } from '../api/errors.js';
import type { ConsentCategories } from '../api/schemas.js';

/** The events the loader file itself fires; the widgets' events are in events.ts. */
export const eventOptions = { bubbles: true, composed: true } as const;

/**
 * Fired on `document` when the consent choice changes. `reloadRecommended` is true when a
 * withdrawn category's scripts have already run: only a reload stops them.
 */
export class CivicConsentChangeEvent extends Event {
  constructor(
    readonly categories: ConsentCategories,
    readonly previous: ConsentCategories | undefined,
    readonly reloadRecommended = false,
  ) {
    super('civic-consent-change', eventOptions);
  }
}

/** `code_unavailable`: the element's code or strings could not load from the script tag's chunks. */
export type CivicErrorCode = BillingErrorCode | 'code_unavailable';

/**
 * Fired when an element cannot do its job (bad configuration, API failure, its code not
 * loading). For `code_unavailable`, `file` names the file in dist/ and `reason` says why.
 */
export class CivicErrorEvent extends Event {
  constructor(
    readonly code: CivicErrorCode,
    readonly message: string,
    readonly file?: string,
    readonly reason?: string,
  ) {
    super('civic-error', eventOptions);
  }
}
