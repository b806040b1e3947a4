import type { ActivityItem } from '../../api/schemas.js';

/** The items sorted by date, newest first; items of one date keep the API's order. */
export function newestFirst(items: readonly ActivityItem[]): ActivityItem[] {
  return [...items].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
