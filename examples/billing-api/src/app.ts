import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppDeps, AppEnv } from './context.js';
import { systemClock, type Clock } from './clock.js';
import { cors } from './middleware/cors.js';
import { handleError, handleNotFound, ProblemError } from './middleware/problem.js';
import { requestId } from './middleware/request-id.js';
import { requestLog } from './middleware/request-log.js';
import { securityHeaders } from './middleware/security-headers.js';
import { accountRoutes } from './routes/accounts.js';
import { challengeRoutes } from './routes/challenges.js';
import { consentRoutes } from './routes/consent.js';
import { feeQuoteRoutes } from './routes/fee-quotes.js';
import { frameRoutes } from './routes/frame.js';
import { healthRoutes } from './routes/health.js';
import { lookupRoutes } from './routes/lookups.js';
import { paymentMethodRoutes } from './routes/payment-methods.js';
import { paymentRoutes } from './routes/payments.js';
import { profileRoutes } from './routes/profile.js';
import { sessionRoutes } from './routes/sessions.js';
import { tenantRoutes } from './routes/tenants.js';
import { TenantDirectory } from './tenants.js';
import { addressBehindProxies } from './forwarded-for.js';
import { limitKeyForAddress } from './client-address.js';
import type { Storage } from './storage/storage.js';
import { ProofOfWorkProvider } from './challenge/proof-of-work.js';
import { DEV_SECRET_KEY, deriveKey } from './security/secret-key.js';
import { FRESH_SIGN_IN_SECONDS } from './reauthentication.js';

const BODY_LIMIT_BYTES = 16 * 1024;
const MIN_SESSION_SECONDS = 60;
const DECLINES_ALLOWED = 3;
const MINUTE = 60;
const HOUR = 60 * MINUTE;
/** The first wait after the free attempts, doubled for each failure after, at most 15 minutes. */
const BACKOFF = { baseSeconds: 2, maxSeconds: 15 * MINUTE };
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export type LimitName = keyof AppDeps['limits'];

export interface AppOptions {
  /** An open, migrated and seeded storage (see openStorage). */
  storage: Storage;
  now?: Clock;
  /** Appended to every tenant's origin allowlist. */
  extraOrigins?: readonly string[];
  /** Where the payment frame's files are; defaults to dist/frame in the repository. */
  frameDir?: string;
  /** Session idle timeout; at least 60 seconds. */
  sessionIdleSeconds?: number;
  /** How long a session lasts however active it is; at least 60 seconds, 12 hours by default. */
  sessionMaxSeconds?: number;
  /**
   * How recent a sign-in must be to change the email or mailing address without the current
   * password (5 minutes by default; 0 always asks for it).
   */
  freshSignInSeconds?: number;
  lookupTtlSeconds?: number;
  /**
   * Origins besides the API's own allowed to send card and bank details. Only for test pages
   * that stand in for the payment frame; a deployment leaves it empty.
   */
  tokenizeOrigins?: readonly string[];
  /**
   * Attempts one client address may make per window: failed sign-ins and lookups, and card or
   * bank details sent for tokenizing. Many residents can share an address.
   */
  addressLimits?: { failedSignIns?: number; failedLookups?: number; lookups?: number; tokenizations?: number };
  /**
   * Other limits by name (see AppDeps['limits']), e.g. `{ declinesPerTenant: 6 }`; test runs
   * that make many requests from one address raise them.
   */
  limits?: Partial<Record<LimitName, number>>;
  /** Keys card fingerprints and challenge signatures (SECRET_KEY); a development default. */
  secretKey?: string;
  /** Work a challenge asks for, in leading zero bits of SHA-256 (16 by default). */
  challengeDifficultyBits?: number;
  /**
   * The API's own origin as browsers reach it, e.g. https://billing.example.gov behind a TLS
   * proxy: the payment frame's origin, never derived from the request. Defaults to
   * http://localhost, the origin `app.request` uses in tests.
   */
  publicOrigin?: string;
  /**
   * Rejects while the server cannot serve: /readyz then answers 503. Defaults to the storage's
   * check (database reachable, every migration applied).
   */
  readiness?: () => Promise<void>;
  /** Called with one JSON line per request; no logging when absent. */
  log?: (line: string) => void;
  /**
   * How many reverse proxies stand in front of this server. With none (the default), the client
   * address is the socket's and X-Forwarded-For is ignored; behind proxies every resident would
   * otherwise share the proxy's address, and one resident's failures would lock out all of them.
   */
  trustedProxyHops?: number;
  /**
   * The client's address for rate limits; overrides `trustedProxyHops` (tests). IPv6 addresses
   * are counted by their /64 either way.
   */
  clientAddress?: (c: Context<AppEnv>) => string;
}

function socketAddress(c: Context<AppEnv>): string {
  return c.env?.incoming?.socket.remoteAddress ?? 'unknown';
}

function clientAddressFor(hops: number) {
  if (hops === 0) return socketAddress;
  return (c: Context<AppEnv>) => addressBehindProxies(c.req.header('x-forwarded-for'), hops) ?? socketAddress(c);
}

export function createApp(options: AppOptions): Hono<AppEnv> {
  const now = options.now ?? systemClock;
  const tenants = new TenantDirectory(options.storage.tenantConfigs(), options.extraOrigins ?? []);
  const lookupTtlSeconds = options.lookupTtlSeconds ?? 15 * 60;
  const publicOrigin = options.publicOrigin ?? 'http://localhost';
  const addressLimits = options.addressLimits ?? {};
  const clientAddress = options.clientAddress ?? clientAddressFor(options.trustedProxyHops ?? 0);
  const secretKey = options.secretKey ?? DEV_SECRET_KEY;
  const deps: AppDeps = {
    storage: options.storage,
    now,
    tenants,
    sessionIdleSeconds: Math.max(MIN_SESSION_SECONDS, options.sessionIdleSeconds ?? 15 * 60),
    sessionMaxSeconds: Math.max(MIN_SESSION_SECONDS, options.sessionMaxSeconds ?? 12 * 60 * 60),
    freshSignInSeconds: Math.max(0, options.freshSignInSeconds ?? FRESH_SIGN_IN_SECONDS),
    lookupTtlSeconds,
    frameDir: options.frameDir ?? resolve(REPO_ROOT, 'dist/frame'),
    publicOrigin,
    // Counted in the database, so every instance on it enforces the same limit.
    limits: {
      // Per user name *and* address: a stranger's guesses slow only the stranger.
      signInPerUserAddress: { scope: 'sign-in-user-address', limit: 5, windowSeconds: HOUR, backoff: BACKOFF },
      signInPerUser: { scope: 'sign-in-user', limit: 5, windowSeconds: 15 * MINUTE },
      signInPerAddress: { scope: 'sign-in-address', limit: addressLimits.failedSignIns ?? 20, windowSeconds: 15 * 60 },
      failedLookupsPerAddress: {
        scope: 'lookup-address',
        limit: addressLimits.failedLookups ?? 10,
        windowSeconds: 10 * 60,
      },
      failedLookupsPerNumberAddress: {
        scope: 'lookup-number-address',
        limit: 5,
        windowSeconds: HOUR,
        backoff: BACKOFF,
      },
      failedLookupsPerNumber: { scope: 'lookup-number', limit: 5, windowSeconds: 15 * MINUTE },
      // Found or not: a list of numbers and a city's few ZIP codes would otherwise be harvested.
      lookupsPerAddress: { scope: 'lookups-address', limit: addressLimits.lookups ?? 20, windowSeconds: HOUR },
      lookupsPerTenant: {
        scope: 'lookups-tenant',
        limit: 1000,
        windowSeconds: 10 * MINUTE,
      },
      tokenizePerAddress: {
        scope: 'tokenize-address',
        limit: addressLimits.tokenizations ?? 30,
        windowSeconds: 15 * 60,
      },
      tokenizePerCard: { scope: 'tokenize-card', limit: 5, windowSeconds: HOUR },
      // A tester spread over many addresses still tokenizes through one tenant.
      tokenizePerTenant: { scope: 'tokenize-tenant', limit: 1000, windowSeconds: 10 * MINUTE },
      // Card testing: a few declines end payments with that lookup token (which lives no longer
      // than this window) or, for a signed-in resident, for an hour. A new lookup does not start
      // again: declines also count per payee, per card and per address.
      declinesPerLookup: { scope: 'declines-lookup', limit: DECLINES_ALLOWED, windowSeconds: lookupTtlSeconds },
      declinesPerCustomer: { scope: 'declines-customer', limit: DECLINES_ALLOWED, windowSeconds: HOUR },
      declinesPerPayee: { scope: 'declines-payee', limit: 5, windowSeconds: HOUR },
      declinesPerCard: { scope: 'declines-card', limit: DECLINES_ALLOWED, windowSeconds: 24 * HOUR },
      declinesPerAddress: { scope: 'declines-address', limit: 5, windowSeconds: HOUR },
      declinesPerTenant: {
        scope: 'declines-tenant',
        limit: 20,
        windowSeconds: 10 * MINUTE,
      },
      alarmGuestStepsPerAddress: { scope: 'alarm-guest-address', limit: 1, windowSeconds: MINUTE },
    },
    clientAddress: (c) => limitKeyForAddress(clientAddress(c)),
    challenges: new ProofOfWorkProvider(deriveKey(secretKey, 'challenge'), options.challengeDifficultyBits ?? 16),
    fingerprintKey: deriveKey(secretKey, 'payment-method-fingerprint'),
    log: options.log ?? (() => {}),
  };

  for (const [name, limit] of Object.entries(options.limits ?? {})) {
    deps.limits[name as LimitName] = { ...deps.limits[name as LimitName], limit };
  }

  const app = new Hono<AppEnv>();
  app.use(requestId((options.trustedProxyHops ?? 0) > 0));
  if (options.log) app.use(requestLog(options.log, now));
  app.use(securityHeaders(publicOrigin.startsWith('https:')));
  app.use(cors(tenants, publicOrigin, options.tokenizeOrigins));
  app.use(
    bodyLimit({
      maxSize: BODY_LIMIT_BYTES,
      onError: (c) => {
        // The rest of the body is still on its way; a client must not send its next request after it.
        c.header('Connection', 'close');
        throw new ProblemError(413, 'payload_too_large', { detail: `The limit is ${BODY_LIMIT_BYTES} bytes.` });
      },
    }),
  );
  const loadTenant = async (c: Context<AppEnv>, next: () => Promise<void>) => {
    const tenant = tenants.get(c.req.param('tenant') ?? '');
    if (!tenant) throw new ProblemError(404, 'unknown_tenant');
    c.set('tenant', tenant);
    await next();
  };
  app.use('/v1/tenants/:tenant', loadTenant);
  app.use('/v1/tenants/:tenant/*', loadTenant);

  app.route('/', healthRoutes(options.readiness ?? (() => options.storage.checkReady())));
  app.route('/', tenantRoutes());
  app.route('/', challengeRoutes(deps));
  app.route('/', sessionRoutes(deps));
  app.route('/', accountRoutes(deps));
  app.route('/', profileRoutes(deps));
  app.route('/', lookupRoutes(deps));
  app.route('/', paymentMethodRoutes(deps));
  app.route('/', feeQuoteRoutes());
  app.route('/', paymentRoutes(deps));
  app.route('/', consentRoutes(deps));
  app.route('/', frameRoutes(deps));

  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
}
