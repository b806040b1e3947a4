import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';

/**
 * What an incoming X-Request-Id may look like: UUIDs and the ids proxies commonly mint. The
 * narrow alphabet keeps quotes, spaces and line breaks out of the log.
 */
const WELL_FORMED = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives each request an id that the log line and the `X-Request-Id` response header carry. Only
 * a server behind trusted proxies keeps an incoming id (the proxy minted it, so the proxy's and
 * the API's logs share it); without proxies any client could make many requests share one id.
 */
export function requestId(trustIncoming: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const id = trustIncoming && incoming !== undefined && WELL_FORMED.test(incoming) ? incoming : randomUUID();
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    await next();
    // An error response replaces the one the header was first set on.
    c.header('X-Request-Id', id);
  };
}
