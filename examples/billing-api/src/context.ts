import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import type * as s from '../../../src/api/schemas.js';
import type { Clock } from './clock.js';
import type { LimitRule } from './limits.js';
import type { Storage } from './storage/storage.js';
import type { TenantDirectory } from './tenants.js';

/** What every route needs, built once by createApp. */
export interface AppDeps {
  storage: Storage;
  now: Clock;
  tenants: TenantDirectory;
  sessionIdleSeconds: number;
  sessionMaxSeconds: number;
  lookupTtlSeconds: number;
  frameDir: string;
  /** The API's own origin as browsers reach it (PUBLIC_ORIGIN): where the payment frame runs. */
  publicOrigin: string;
  limits: {
    signInPerUser: LimitRule;
    signInPerAddress: LimitRule;
    failedLookupsPerAddress: LimitRule;
    failedLookupsPerNumber: LimitRule;
    tokenizePerAddress: LimitRule;
    declinesPerLookup: LimitRule;
    declinesPerCustomer: LimitRule;
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
