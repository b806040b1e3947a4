import type { ConsentCategories } from '../api/schemas.js';
import { warnOnce } from './warn.js';

export type { ConsentCategories };
export type ConsentCategory = keyof ConsentCategories;
/** The categories a resident can switch; `necessary` is always on. */
export type OptionalCategory = Exclude<ConsentCategory, 'necessary'>;

export const categoryNames: readonly ConsentCategory[] = ['necessary', 'functional', 'analytics', 'marketing'];
export const optionalCategories: readonly OptionalCategory[] = ['functional', 'analytics', 'marketing'];

export function allCategories(granted: boolean): ConsentCategories {
  return { necessary: true, functional: granted, analytics: granted, marketing: granted };
}

export function isCategory(name: string): name is ConsentCategory {
  return (categoryNames as readonly string[]).includes(name);
}

/**
 * Checks a category name written by a site author; an unknown one is reported once, with the fix,
 * and treated as never granted.
 */
export function knownCategory(name: string, where: string): ConsentCategory | undefined {
  if (isCategory(name)) return name;
  warnOnce(
    `category:${name}`,
    `civicpay: unknown consent category "${name}" in ${where}. Use one of: ${categoryNames.join(', ')}.`,
  );
  return undefined;
}
