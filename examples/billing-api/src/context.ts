import type { Database } from 'better-sqlite3';
import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import type * as s from '../../../src/api/schemas.js';
import type { Clock } from './clock.js';
import type { RateLimiter } from './middleware/rate-limit.js';
import type { TenantDirectory } from './tenants.js';

/** What every route needs, built once by createApp. */
export interface AppDeps {
  db: Database;
  now: Clock;
  tenants: TenantDirectory;
  sessionIdleSeconds: number;
  sessionMaxSeconds: number;
  lookupTtlSeconds: number;
  frameDir: string;
  /** The API's own origin as browsers reach it (PUBLIC_ORIGIN): where the payment frame runs. */
  publicOrigin: string;
  limits: {
    signInPerUser: RateLimiter;
    signInPerAddress: RateLimiter;
    failedLookupsPerAddress: RateLimiter;
    failedLookupsPerNumber: RateLimiter;
    tokenizePerAddress: RateLimiter;
    declinesPerLookup: RateLimiter;
    declinesPerCustomer: RateLimiter;
  };
  clientAddress: (c: Context<AppEnv>) => string;
}

export interface AppEnv {
  Bindings: Partial<HttpBindings>;
  Variables: {
    tenant: s.Tenant;
    customerId: number;
    sessionExpiresAt: string;
    requestId: string;
  };
}
