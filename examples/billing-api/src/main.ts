import { createAdaptorServer } from '@hono/node-server';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { schedulePurge } from './purge.js';
import { openStorage, redactedUrl } from './storage/open-storage.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const env = process.env;

function optionalNumber(name: string): number | undefined {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`${name} must be a positive integer, not "${value}".`);
  return number;
}

function list(name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

const port = optionalNumber('PORT') ?? 8787;
const dbPath = env.DB_PATH ? resolve(env.DB_PATH) : resolve(repoRoot, 'examples/billing-api/data/civicpay.sqlite');
const databaseUrl = env.DATABASE_URL || undefined;
// Nothing listens until the database is reachable and migrated: a bad DATABASE_URL ends the
// process with the reason and a non-zero status.
const storage = await openStorage({ databaseUrl, sqlitePath: dbPath }).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
const lookupTtlSeconds = optionalNumber('LOOKUP_TTL_SECONDS');
const app = createApp({
  storage,
  extraOrigins: list('EXTRA_ORIGINS'),
  tokenizeOrigins: list('TOKENIZE_ORIGINS'),
  frameDir: env.FRAME_DIR ? resolve(env.FRAME_DIR) : resolve(repoRoot, 'dist/frame'),
  sessionIdleSeconds: optionalNumber('SESSION_IDLE_SECONDS'),
  sessionMaxSeconds: optionalNumber('SESSION_MAX_SECONDS'),
  lookupTtlSeconds,
  addressLimits: {
    failedSignIns: optionalNumber('FAILED_SIGN_INS_PER_ADDRESS'),
    failedLookups: optionalNumber('FAILED_LOOKUPS_PER_ADDRESS'),
    tokenizations: optionalNumber('TOKENIZE_PER_ADDRESS'),
  },
  trustedProxyHops: optionalNumber('TRUSTED_PROXY_HOPS'),
  log: (line) => console.log(line),
});

// Both loopback addresses, so http://localhost and http://127.0.0.1 work whichever one
// "localhost" resolves to, without listening on any outside interface.
const servers = ['127.0.0.1', '::1'].map((hostname) => {
  const server = createAdaptorServer({ fetch: app.fetch, hostname });
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
  lookupTtlSeconds: lookupTtlSeconds ?? 15 * 60,
  onError: (error) => console.error(`Purging old records failed: ${error instanceof Error ? error.message : error}`),
});
const database = databaseUrl ? `PostgreSQL ${redactedUrl(new URL(databaseUrl))}` : `SQLite ${dbPath}`;
console.log(`civicpay billing API on http://localhost:${port} (database ${database})`);

function shutDown(): void {
  stopPurging();
  for (const server of servers) server.close();
  storage.close().finally(() => process.exit(0));
}
process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);
