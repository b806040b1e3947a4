import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import type * as s from '../../../src/api/schemas.js';
import type { ChallengeProvider } from './challenge/challenge-provider.js';
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
  /** A sign-in younger than this may change the email or mailing address without the password. */
  freshSignInSeconds: number;
  lookupTtlSeconds: number;
  frameDir: string;
  /** The API's own origin as browsers reach it (PUBLIC_ORIGIN): where the payment frame runs. */
  publicOrigin: string;
  limits: {
    /** Failed sign-ins of one user name from one address: a growing wait, never a lock. */
    signInPerUserAddress: LimitRule;
    /** Failed sign-ins of one user name from anywhere: only a reason to ask for a challenge. */
    signInPerUser: LimitRule;
    signInPerAddress: LimitRule;
    failedLookupsPerAddress: LimitRule;
    failedLookupsPerNumberAddress: LimitRule;
    failedLookupsPerNumber: LimitRule;
    lookupsPerAddress: LimitRule;
    lookupsPerTenant: LimitRule;
    tokenizePerAddress: LimitRule;
    tokenizePerCard: LimitRule;
    tokenizePerTenant: LimitRule;
    declinesPerLookup: LimitRule;
    declinesPerCustomer: LimitRule;
    declinesPerPayee: LimitRule;
    declinesPerCard: LimitRule;
    declinesPerAddress: LimitRule;
    /** Reaching it is the tenant's card-testing alarm. */
    declinesPerTenant: LimitRule;
    /** While the alarm is on: guest payment steps per address. */
    alarmGuestStepsPerAddress: LimitRule;
  };
  clientAddress: (c: Context<AppEnv>) => string;
  challenges: ChallengeProvider;
  /** Keys card and bank account fingerprints. */
  fingerprintKey: Buffer;
  /** One JSON line for operators (alarms); silent when the app has no log. */
  log: (line: string) => void;
}

export interface AppEnv {
  Bindings: Partial<HttpBindings>;
  Variables: {
    tenant: s.Tenant;
    customerId: number;
    sessionExpiresAt: string;
    sessionCreatedAt: string;
    sessionTokenHash: string;
    requestId: string;
  };
}
