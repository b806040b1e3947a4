import type { MiddlewareHandler } from 'hono';
import { rawPath } from './raw-path.js';

/** One line per request: method, path, status and time. Never bodies, queries or headers. */
export function requestLog(write: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    write(`${c.req.method} ${rawPath(c)} ${c.res.status} ${Math.round(performance.now() - started)}ms`);
  };
}
