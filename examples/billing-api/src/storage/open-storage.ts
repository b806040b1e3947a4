import { systemClock, type Clock } from '../clock.js';
import type { Driver } from './driver.js';
import { migrateAndSeed } from './migrate.js';
import { PostgresDriver } from './postgres-driver.js';
import { SqliteDriver } from './sqlite-driver.js';
import { SqlStorage } from './sql-storage.js';
import type { Storage } from './storage.js';

export interface StorageOptions {
  /** `postgres://…` or `postgresql://…`: PostgreSQL. Absent: SQLite at `sqlitePath`. */
  databaseUrl?: string;
  /** A SQLite file (created when absent) or `:memory:` for a throwaway database. */
  sqlitePath?: string;
  /** The clock the demo data's dates are relative to. */
  now?: Clock;
}

/** The URL without its password, for messages and logs. */
export function redactedUrl(url: URL): string {
  const copy = new URL(url.href);
  if (copy.password) copy.password = '***';
  return copy.href;
}

/** Checks DATABASE_URL before anything connects, naming what is wrong; never echoes the password. */
export function parseDatabaseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('DATABASE_URL is not a URL; expected postgres://user:password@host:5432/database');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new Error(`DATABASE_URL must start with postgres:// or postgresql://, not ${url.protocol}//`);
  }
  if (url.hostname === '') throw new Error(`DATABASE_URL names no host: ${redactedUrl(url)}`);
  return url;
}

/**
 * Opens the storage: connects, applies pending migrations, seeds an empty database with the
 * demo data and reads the tenants. Rejects with a message naming the database (password
 * hidden) when it cannot be reached; nothing is left open then.
 */
export async function openStorage(options: StorageOptions): Promise<Storage> {
  const now = options.now ?? systemClock;
  let driver: Driver;
  let where: string;
  if (options.databaseUrl !== undefined) {
    const url = parseDatabaseUrl(options.databaseUrl);
    driver = new PostgresDriver(url.href);
    where = redactedUrl(url);
  } else {
    driver = new SqliteDriver(options.sqlitePath ?? ':memory:');
    where = options.sqlitePath ?? ':memory:';
  }
  try {
    await migrateAndSeed(driver, now);
    return new SqlStorage(driver, await SqlStorage.loadTenants(driver));
  } catch (error) {
    await driver.close().catch(() => undefined);
    const reason =
      error instanceof Error ? (error.cause instanceof Error ? error.cause : error).message : String(error);
    throw new Error(`Cannot open the database ${where}: ${reason}`, { cause: error });
  }
}
