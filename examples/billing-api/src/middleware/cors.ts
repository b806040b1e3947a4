import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';
import type { TenantDirectory } from '../tenants.js';
import { ProblemError } from './problem.js';

const ALLOW_METHODS = 'GET, POST, PATCH, DELETE';
const ALLOW_HEADERS = 'content-type, authorization, idempotency-key, x-receipt-token';
const EXPOSE_HEADERS = 'retry-after, idempotent-replayed';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** `GET /v1/tenants/{tenant}`: the tenant's public configuration. */
const TENANT_CONFIG = /^\/v1\/tenants\/([^/]+)$/;

function allowedOrigins(path: string, tenants: TenantDirectory, tokenizeOrigins: readonly string[]): readonly string[] {
  // Card and bank details come only from the payment frame, which is on this API's own origin
  // and needs no CORS; a city page never sends them.
  if (/^\/v1\/tenants\/[^/]+\/payment-methods$/.test(path)) return tokenizeOrigins;
  const tenantId = /^\/v1\/tenants\/([^/]+)/.exec(path)?.[1];
  if (tenantId === undefined) return tenants.allOrigins();
  // An unknown tenant's 404 stays readable to every embedding site, so a typo in data-tenant
  // shows "unknown tenant" rather than a bare network error.
  return tenants.get(decodedOrNothing(tenantId))?.allowedOrigins ?? tenants.allOrigins();
}

/** A malformed escape names no tenant: the route answers 404, not a URIError's 500. */
function decodedOrNothing(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

/**
 * CORS with per-tenant allowlists, no credentials (tokens travel in headers, never cookies).
 * A foreign origin gets no CORS headers at all, and its state-changing requests are refused
 * outright, because a "simple" cross-site request would otherwise still reach the handler.
 */
export function cors(
  tenants: TenantDirectory,
  publicOrigin: string,
  tokenizeOrigins: readonly string[] = [],
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && allowedOrigins(c.req.path, tenants, tokenizeOrigins).includes(origin);
    c.header('Vary', 'Origin');

    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      if (allowed) {
        c.header('Access-Control-Allow-Origin', origin);
        c.header('Access-Control-Allow-Methods', ALLOW_METHODS);
        c.header('Access-Control-Allow-Headers', ALLOW_HEADERS);
        c.header('Access-Control-Max-Age', '600');
      }
      return c.body(null, 204);
    }

    // The configured origin, never one built from the Host header, which a DNS-rebinding page sets.
    const fromFrame = origin === publicOrigin;
    const foreign = origin !== undefined && !allowed && !fromFrame;
    if (foreign && !SAFE_METHODS.has(c.req.method)) {
      throw new ProblemError(403, 'origin_not_allowed');
    }
    const tenantId = c.req.method === 'GET' ? TENANT_CONFIG.exec(c.req.path)?.[1] : undefined;
    if (foreign && tenantId !== undefined) {
      // A refused CORS request is only a network failure to the page, so the tenant's
      // configuration, and nothing else, tells every origin readably why: 403 origin_not_allowed,
      // or 404 unknown_tenant. The widgets ask it when a call fails that way, and tell the
      // developer. The refusal carries none of the configuration.
      c.header('Access-Control-Allow-Origin', origin);
      if (tenants.get(decodedOrNothing(tenantId))) {
        throw new ProblemError(403, 'origin_not_allowed', {
          detail: "This page's origin is not on the tenant's list of allowed origins.",
        });
      }
    }
    await next();
    if (allowed) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
  };
}
