import type { ConsentCategories } from '../api/schemas.js';
import { warnOnce } from './warn.js';

export type { ConsentCategories };
export type ConsentCategory = keyof ConsentCategories;
/** The categories a resident can switch; `necessary` is always on. */
export type OptionalCategory = Exclude<ConsentCategory, 'necessary'>;

export const optionalCategories: readonly OptionalCategory[] = ['functional', 'analytics', 'marketing'];
export const categoryNames: readonly ConsentCategory[] = ['necessary', ...optionalCategories];

export function allCategories(granted: boolean): ConsentCategories {
  return { necessary: true, functional: granted, analytics: granted, marketing: granted };
}

/**
 * Checks a category name written by a site author; an unknown one is reported once, with the fix,
 * and is never granted.
 */
export function knownCategory(name: string, where: string): name is ConsentCategory {
  if (categoryNames.includes(name as ConsentCategory)) return true;
  warnOnce(`civicpay: unknown consent category "${name}" in ${where}; use ${categoryNames.join(', ')}.`);
  return false;
}
