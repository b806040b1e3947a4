import type { MiddlewareHandler } from 'hono';

/** Two years, the HSTS preload list's minimum being one. */
const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * Headers every response carries; a route that may be cached sets its own Cache-Control.
 * `https` says the API's public origin is https, so browsers must never reach it over http.
 */
export function securityHeaders(https: boolean): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (https) c.header('Strict-Transport-Security', HSTS);
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  };
}
