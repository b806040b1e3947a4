import { after } from 'node:test';
import pg from 'pg';
import type { Clock } from '../src/clock.js';
import { openStorage } from '../src/storage/open-storage.js';
import type { SqlStorage } from '../src/storage/sql-storage.js';
import { startPostgres } from '../../../scripts/lib/postgres.mjs';

/**
 * Which database this test process runs against: TEST_STORAGE=postgres for PostgreSQL (the
 * server in TEST_DATABASE_URL, or one started for this process), SQLite otherwise. The test
 * command runs every file once for each.
 */
export const STORAGE_KIND: 'sqlite' | 'postgres' = process.env.TEST_STORAGE === 'postgres' ? 'postgres' : 'sqlite';

let server: ReturnType<typeof startPostgres> | undefined;
const created: string[] = [];

/** The PostgreSQL server of this test process, started on first use and stopped after the tests. */
function testPostgres(): Promise<{ url: string }> {
  server ??= startPostgres();
  return server;
}

// Registered when this module loads, so it runs after all of the file's tests, not after the first.
after(async () => {
  if (server === undefined) return;
  const { url, stop } = await server;
  if (process.env.TEST_DATABASE_URL) {
    for (const name of created) {
      await withClient(url, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  }
  await stop();
});

/**
 * A new, empty PostgreSQL database on the test server (its URL), so every test starts from
 * the seed. Databases are cheap on a throwaway server; on a TEST_DATABASE_URL server they are
 * dropped when the process ends.
 */
export async function newPostgresDatabase(): Promise<string> {
  const { url } = await testPostgres();
  const name = `civicpay_test_${process.pid}_${created.length + 1}`;
  created.push(name);
  await withClient(url, (client) => client.query(`CREATE DATABASE ${name}`));
  const database = new URL(url);
  database.pathname = `/${name}`;
  return database.href;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** An open, migrated and seeded storage of this process's kind; `sqlitePath` defaults to memory. */
export async function openTestStorage(now: Clock, sqlitePath = ':memory:'): Promise<SqlStorage> {
  const options = STORAGE_KIND === 'postgres' ? { databaseUrl: await newPostgresDatabase() } : { sqlitePath };
  return (await openStorage({ ...options, now })) as SqlStorage;
}
