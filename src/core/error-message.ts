import { isBillingError } from '../api/errors.js';
import type { Translate } from './i18n/catalog.js';
import type { CommonMessages } from './i18n/common.js';
import { waitTime } from './wait-time.js';

/** A resident-facing sentence for failures every element can meet. */
export function commonErrorMessage(error: unknown, t: Translate<CommonMessages>): string {
  if (!isBillingError(error)) return t('errorGeneric');
  switch (error.code) {
    case 'network':
      return t('errorNetwork');
    case 'timeout':
      return t('errorTimeout');
    case 'server_error':
      return t('errorServer');
    case 'invalid_response':
      return t('errorInvalidResponse');
    case 'unknown_tenant':
      return t('errorUnknownTenant');
    // The page's origin is not on the tenant's list: the site's to fix, not the resident's network.
    case 'origin_not_allowed':
      return t('errorOriginNotAllowed');
    case 'invalid_config':
      return t('configInvalidApi');
    case 'rate_limited':
      return t('errorRateLimited', waitTime(error.retryAfterSeconds, t));
    case 'challenge_required':
    case 'challenge_failed':
      return t('errorSecurityCheck');
    default:
      return t('errorGeneric');
  }
}
