import type { MiddlewareHandler } from 'hono';
import type { AppDeps, AppEnv } from '../context.js';
import { addSeconds } from '../clock.js';
import { sha256 } from '../security/tokens.js';
import { ProblemError } from './problem.js';

export interface LiveSession {
  customerId: number;
  expiresAt: string;
  createdAt: string;
  tokenHash: string;
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header ?? '');
  return match?.[1];
}

/** The idle expiry from `now`, but never later than the session's maximum age allows. */
export function sessionExpiry(deps: AppDeps, now: Date, createdAt: Date): string {
  const idle = addSeconds(now, deps.sessionIdleSeconds);
  const max = addSeconds(createdAt, deps.sessionMaxSeconds);
  return (idle < max ? idle : max).toISOString();
}

/**
 * Finds the live session for the bearer token and slides its idle expiry forward, up to its
 * maximum age. Returns undefined when the token is missing, unknown, idle too long or too old.
 */
export async function touchSession(deps: AppDeps, token: string | undefined): Promise<LiveSession | undefined> {
  if (token === undefined) return undefined;
  const now = deps.now();
  const tokenHash = sha256(token);
  // The age is checked here too, so a lowered SESSION_MAX_SECONDS ends older sessions at once.
  const oldest = addSeconds(now, -deps.sessionMaxSeconds).toISOString();
  const session = await deps.storage.liveSession(tokenHash, now.toISOString(), oldest);
  if (session === undefined) return undefined;
  const expiresAt = sessionExpiry(deps, now, new Date(session.createdAt));
  await deps.storage.extendSession(tokenHash, expiresAt, now.toISOString());
  return { customerId: session.customerId, expiresAt, createdAt: session.createdAt, tokenHash };
}

export function requireSession(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = await touchSession(deps, bearerToken(c.req.header('authorization')));
    if (session === undefined) throw new ProblemError(401, 'unauthorized');
    c.set('customerId', session.customerId);
    c.set('sessionExpiresAt', session.expiresAt);
    c.set('sessionCreatedAt', session.createdAt);
    c.set('sessionTokenHash', session.tokenHash);
    await next();
  };
}
