import type { Context } from 'hono';

/**
 * The path as the client sent it, still percent-encoded, for logs: Hono's `c.req.path` is
 * decoded, so `%0D%0A` in it would end the log line and let the client forge the next one.
 */
export function rawPath(c: Context): string {
  return new URL(c.req.url).pathname;
}
