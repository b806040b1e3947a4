import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { closeGracefully } from './graceful-shutdown.js';
import { parseConfig } from './parse-config.js';
import { schedulePurge } from './purge.js';
import { openStorage, redactedUrl } from './storage/open-storage.js';
import { BareOrigin } from './tenant-config.js';
import { DEV_SECRET_KEY, MIN_SECRET_KEY_LENGTH } from './security/secret-key.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const env = process.env;

function optionalNumber(name: string): number | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`${name} must be a positive integer, not "${value}".`);
  return number;
}

/** Like optionalNumber, but 0 is allowed too. */
function optionalCount(name: string): number | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0)
    throw new Error(`${name} must be 0 or a positive integer, not "${value}".`);
  return number;
}

function list(name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function definedOnly<T extends Record<string, number | undefined>>(values: T): Partial<Record<keyof T, number>> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<
    Record<keyof T, number>
  >;
}

/** SECRET_KEY, or the development default (said in the start line); a short key is refused. */
function secretKey(): string {
  const value = env.SECRET_KEY;
  if (value === undefined || value === '') return DEV_SECRET_KEY;
  if (value.length < MIN_SECRET_KEY_LENGTH) {
    throw new Error(`SECRET_KEY must be at least ${MIN_SECRET_KEY_LENGTH} characters, not ${value.length}.`);
  }
  return value;
}

/** Everything read from the environment, checked before anything starts. */
function settings() {
  const port = optionalNumber('PORT') ?? 8787;
  return {
    port,
    shutdownGraceSeconds: optionalNumber('SHUTDOWN_GRACE_SECONDS') ?? 10,
    dbPath: env.DB_PATH ? resolve(env.DB_PATH) : resolve(repoRoot, 'examples/billing-api/data/civicpay.sqlite'),
    databaseUrl: env.DATABASE_URL || undefined,
    app: {
      publicOrigin: parseConfig(BareOrigin, env.PUBLIC_ORIGIN || `http://localhost:${port}`, 'PUBLIC_ORIGIN'),
      extraOrigins: list('EXTRA_ORIGINS'),
      tokenizeOrigins: list('TOKENIZE_ORIGINS'),
      frameDir: env.FRAME_DIR ? resolve(env.FRAME_DIR) : resolve(repoRoot, 'dist/frame'),
      sessionIdleSeconds: optionalNumber('SESSION_IDLE_SECONDS'),
      sessionMaxSeconds: optionalNumber('SESSION_MAX_SECONDS'),
      freshSignInSeconds: optionalCount('FRESH_SIGN_IN_SECONDS'),
      lookupTtlSeconds: optionalNumber('LOOKUP_TTL_SECONDS'),
      addressLimits: {
        failedSignIns: optionalNumber('FAILED_SIGN_INS_PER_ADDRESS'),
        failedLookups: optionalNumber('FAILED_LOOKUPS_PER_ADDRESS'),
        tokenizations: optionalNumber('TOKENIZE_PER_ADDRESS'),
      },
      trustedProxyHops: optionalNumber('TRUSTED_PROXY_HOPS'),
      limits: definedOnly({
        lookupsPerAddress: optionalNumber('LOOKUPS_PER_ADDRESS'),
        lookupsPerTenant: optionalNumber('LOOKUPS_PER_TENANT'),
        tokenizePerCard: optionalNumber('TOKENIZE_PER_CARD'),
        tokenizePerTenant: optionalNumber('TOKENIZE_PER_TENANT'),
        declinesPerAddress: optionalNumber('DECLINES_PER_ADDRESS'),
        declinesPerCard: optionalNumber('DECLINES_PER_CARD'),
        declinesPerPayee: optionalNumber('DECLINES_PER_PAYEE'),
        declinesPerTenant: optionalNumber('TENANT_DECLINE_ALARM'),
      }),
      secretKey: secretKey(),
      challengeDifficultyBits: optionalNumber('CHALLENGE_DIFFICULTY_BITS'),
    },
  };
}

let config: ReturnType<typeof settings>;
try {
  config = settings();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const { port, shutdownGraceSeconds, dbPath, databaseUrl } = config;
// Nothing listens until the database is reachable and migrated: a bad DATABASE_URL ends the
// process with the reason and a non-zero status.
const storage = await openStorage({ databaseUrl, sqlitePath: dbPath }).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
// A tenant row an operator edited by hand is checked here too: a bad allowlist ends the process
// with the tenant and the field, not a stack trace.
let app: ReturnType<typeof createApp>;
try {
  app = createApp({ ...config.app, storage, log: (line) => console.log(line) });
} catch (error) {
  console.error((error as Error).message);
  await storage.close();
  process.exit(1);
}

// Both loopback addresses, so http://localhost and http://127.0.0.1 work whichever one
// "localhost" resolves to, without listening on any outside interface.
const servers = ['127.0.0.1', '::1'].map((hostname) => {
  const server = createAdaptorServer({ fetch: app.fetch, hostname }) as Server;
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (hostname === '::1' && error.code === 'EADDRNOTAVAIL') return;
    console.error(`Cannot listen on ${hostname}:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, hostname);
  return server;
});
const stopPurging = schedulePurge({
  storage,
  now: () => new Date(),
  lookupTtlSeconds: config.app.lookupTtlSeconds ?? 15 * 60,
  onError: (error) => console.error(`Purging old records failed: ${error instanceof Error ? error.message : error}`),
});
const database = databaseUrl ? `PostgreSQL ${redactedUrl(new URL(databaseUrl))}` : `SQLite ${dbPath}`;
console.log(
  `civicpay billing API on http://localhost:${port}, public origin ${config.app.publicOrigin} (database ${database})`,
);
if (config.app.secretKey === DEV_SECRET_KEY) {
  console.log('SECRET_KEY is not set: card fingerprints and challenges use the development key.');
}

let stopping = false;
async function shutDown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  stopPurging();
  console.log(`${signal}: finishing requests in flight (at most ${shutdownGraceSeconds} s)`);
  const finished = await closeGracefully(servers, shutdownGraceSeconds * 1000);
  if (!finished) console.error(`Requests still open after ${shutdownGraceSeconds} s were cut off.`);
  await storage.close().catch((error: Error) => console.error(`Closing the database failed: ${error.message}`));
  process.exit(finished ? 0 : 1);
}
process.on('SIGINT', () => void shutDown('SIGINT'));
process.on('SIGTERM', () => void shutDown('SIGTERM'));
