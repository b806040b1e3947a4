import type { Database } from 'better-sqlite3';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppDeps, AppEnv } from './context.js';
import { systemClock, type Clock } from './clock.js';
import { cors } from './middleware/cors.js';
import { handleError, handleNotFound, ProblemError } from './middleware/problem.js';
import { RateLimiter } from './middleware/rate-limit.js';
import { requestId } from './middleware/request-id.js';
import { requestLog } from './middleware/request-log.js';
import { securityHeaders } from './middleware/security-headers.js';
import { accountRoutes } from './routes/accounts.js';
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

const BODY_LIMIT_BYTES = 16 * 1024;
const MIN_SESSION_SECONDS = 60;
const DECLINES_ALLOWED = 3;
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface AppOptions {
  /** A migrated and seeded database (see openDatabase). */
  db: Database;
  now?: Clock;
  /** Appended to every tenant's origin allowlist. */
  extraOrigins?: readonly string[];
  /** Where the payment frame's files are; defaults to dist/frame in the repository. */
  frameDir?: string;
  /** Session idle timeout; at least 60 seconds. */
  sessionIdleSeconds?: number;
  /** How long a session lasts however active it is; at least 60 seconds, 12 hours by default. */
  sessionMaxSeconds?: number;
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
  addressLimits?: { failedSignIns?: number; failedLookups?: number; tokenizations?: number };
  /**
   * The API's own origin as browsers reach it, e.g. https://billing.example.gov behind a TLS
   * proxy: the payment frame's origin, never derived from the request. Defaults to
   * http://localhost, the origin `app.request` uses in tests.
   */
  publicOrigin?: string;
  /** Rejects while the server cannot serve (database unreachable or not migrated): /readyz answers 503. */
  readiness?: () => Promise<void>;
  /** Called with one JSON line per request; no logging when absent. */
  log?: (line: string) => void;
  /**
   * How many reverse proxies stand in front of this server. With none (the default), the client
   * address is the socket's and X-Forwarded-For is ignored; behind proxies every resident would
   * otherwise share the proxy's address, and one resident's failures would lock out all of them.
   */
  trustedProxyHops?: number;
  /** The client's address for rate limits; overrides `trustedProxyHops` (tests). */
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
  const tenants = new TenantDirectory(options.db, options.extraOrigins ?? []);
  const lookupTtlSeconds = options.lookupTtlSeconds ?? 15 * 60;
  const publicOrigin = options.publicOrigin ?? 'http://localhost';
  const deps: AppDeps = {
    db: options.db,
    now,
    tenants,
    sessionIdleSeconds: Math.max(MIN_SESSION_SECONDS, options.sessionIdleSeconds ?? 15 * 60),
    sessionMaxSeconds: Math.max(MIN_SESSION_SECONDS, options.sessionMaxSeconds ?? 12 * 60 * 60),
    lookupTtlSeconds,
    frameDir: options.frameDir ?? resolve(REPO_ROOT, 'dist/frame'),
    publicOrigin,
    limits: {
      signInPerUser: new RateLimiter(5, 15 * 60, now),
      signInPerAddress: new RateLimiter(options.addressLimits?.failedSignIns ?? 20, 15 * 60, now),
      failedLookupsPerAddress: new RateLimiter(options.addressLimits?.failedLookups ?? 10, 10 * 60, now),
      failedLookupsPerNumber: new RateLimiter(5, 15 * 60, now),
      tokenizePerAddress: new RateLimiter(options.addressLimits?.tokenizations ?? 30, 15 * 60, now),
      // Card testing: a few declines end payments with that lookup token (which lives no longer
      // than this window) or, for a signed-in resident, for an hour.
      declinesPerLookup: new RateLimiter(DECLINES_ALLOWED, lookupTtlSeconds, now),
      declinesPerCustomer: new RateLimiter(DECLINES_ALLOWED, 60 * 60, now),
    },
    clientAddress: options.clientAddress ?? clientAddressFor(options.trustedProxyHops ?? 0),
  };

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

  app.route('/', healthRoutes(options.readiness ?? (() => Promise.resolve())));
  app.route('/', tenantRoutes());
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
