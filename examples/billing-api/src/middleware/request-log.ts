import type { MiddlewareHandler } from 'hono';
import type { Clock } from '../clock.js';
import type { AppEnv } from '../context.js';
import { rawPath } from './raw-path.js';

/**
 * One JSON line per request: time, request id, method, path, status and milliseconds. Never
 * bodies, queries, headers or addresses.
 */
export function requestLog(write: (line: string) => void, now: Clock): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    write(
      JSON.stringify({
        time: now().toISOString(),
        requestId: c.get('requestId'),
        method: c.req.method,
        path: rawPath(c),
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      }),
    );
  };
}
