import type { MiddlewareHandler } from 'hono';
import type { AppDeps, AppEnv } from '../context.js';
import { addSeconds } from '../clock.js';
import { sha256 } from '../security/tokens.js';
import { ProblemError } from './problem.js';

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header ?? '');
  return match?.[1];
}

/**
 * Finds the live session for the bearer token and slides its idle expiry forward.
 * Returns the customer id, or undefined when the token is missing, unknown or idle too long.
 */
export function touchSession(deps: AppDeps, token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  const now = deps.now();
  const tokenHash = sha256(token);
  const customerId = deps.db
    .prepare('SELECT customer_id FROM sessions WHERE token_hash = ? AND expires_at > ?')
    .pluck()
    .get(tokenHash, now.toISOString()) as number | undefined;
  if (customerId === undefined) return undefined;
  deps.db
    .prepare('UPDATE sessions SET expires_at = ? WHERE token_hash = ?')
    .run(addSeconds(now, deps.sessionIdleSeconds).toISOString(), tokenHash);
  return customerId;
}

export function requireSession(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const customerId = touchSession(deps, bearerToken(c.req.header('authorization')));
    if (customerId === undefined) throw new ProblemError(401, 'unauthorized');
    c.set('customerId', customerId);
    await next();
  };
}
