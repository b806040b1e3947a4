import type { Translate } from './i18n/catalog.js';
import type { CommonMessages } from './i18n/common.js';

/** The wait in whole seconds: what the API asked for (Retry-After), or a minute when it gave nothing usable. */
export function waitSeconds(seconds: number | undefined): number {
  return seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60;
}

/** "45 seconds" up to 90 seconds, whole minutes (rounded up) after that; 60 s when unknown. */
export function waitTime(seconds: number | undefined, t: Translate<CommonMessages>): string {
  const wait = waitSeconds(seconds);
  return wait > 90 ? t('waitMinutes', Math.ceil(wait / 60)) : t('waitSeconds', wait);
}
