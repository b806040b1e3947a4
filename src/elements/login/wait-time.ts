import type { Translate } from '../../core/i18n/catalog.js';
import type { AccountMessages } from '../../core/i18n/account.js';

/** "45 seconds" up to 90 seconds, whole minutes (rounded up) after that; 60 s when unknown. */
export function waitTime(seconds: number | undefined, t: Translate<AccountMessages>): string {
  const wait = seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60;
  return wait > 90 ? t('waitMinutes', Math.ceil(wait / 60)) : t('waitSeconds', wait);
}
