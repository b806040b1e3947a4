import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Driver } from '../src/storage/driver.js';
import { migrationsFor } from '../src/storage/migrate.js';
import { openStorage } from '../src/storage/open-storage.js';
import { PostgresDriver } from '../src/storage/postgres-driver.js';
import { seedDemoData } from '../src/storage/seed.js';
import { SqliteDriver } from '../src/storage/sqlite-driver.js';
import type { SqlStorage } from '../src/storage/sql-storage.js';
import { TestClock } from './helpers.js';
import { STORAGE_KIND, newPostgresDatabase } from './test-storage.js';

/** Where a database of the kind under test lives, and a driver on it. */
async function newDatabase(): Promise<{ options: { databaseUrl: string } | { sqlitePath: string }; driver: Driver }> {
  if (STORAGE_KIND === 'postgres') {
    const databaseUrl = await newPostgresDatabase();
    return { options: { databaseUrl }, driver: new PostgresDriver(databaseUrl) };
  }
  const sqlitePath = join(mkdtempSync(join(tmpdir(), 'civicpay-migrations-')), 'old.sqlite');
  return { options: { sqlitePath }, driver: new SqliteDriver(sqlitePath) };
}

describe('migrations', () => {
  it('brings a database of the first schema version up to date, keeping its data', async () => {
    const clock = new TestClock();
    const { options, driver } = await newDatabase();
    // The database as the first release left it: migration 1 applied, seeded, one payment's worth of change.
    await driver.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    await driver.exec(migrationsFor(driver)[0]!);
    await driver.all('INSERT INTO schema_migrations (version, applied_at) VALUES (1, ?)', [clock.time.toISOString()]);
    await driver.transaction((tx) => seedDemoData(tx, clock.now()));
    await driver.all("UPDATE accounts SET amount_due_cents = 17 WHERE id = 'acct-sc-0300'");
    await driver.close();

    const storage = (await openStorage({ ...options, now: clock.now })) as SqlStorage;
    try {
      await storage.checkReady();
      const versions = await storage.driver.all<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      assert.deepEqual(
        versions.map((row) => row.version),
        migrationsFor(storage.driver).map((_, index) => index + 1),
      );
      const [account] = await storage.driver.all<{ amount_due_cents: number }>(
        "SELECT amount_due_cents FROM accounts WHERE id = 'acct-sc-0300'",
      );
      assert.equal(account!.amount_due_cents, 17, 'the data stays and is not seeded again');
      assert.deepEqual(
        storage.tenantConfigs().map((tenant) => tenant.id),
        ['harbor-district', 'san-clemente'],
      );
      assert.equal(await storage.takeAttempt([{ scope: 's', key: 'k', limit: 1, windowSeconds: 60 }], 0), 0);
    } finally {
      await storage.close();
    }
  });

  it('applies each migration once when it opens an up-to-date database again', async () => {
    const clock = new TestClock();
    const { options, driver } = await newDatabase();
    await driver.close();
    await (await openStorage({ ...options, now: clock.now })).close();
    const again = (await openStorage({ ...options, now: clock.now })) as SqlStorage;
    try {
      const [row] = await again.driver.all<{ count: number }>('SELECT count(*) AS count FROM schema_migrations');
      assert.equal(Number(row!.count), migrationsFor(again.driver).length);
      const [tenants] = await again.driver.all<{ count: number }>('SELECT count(*) AS count FROM tenants');
      assert.equal(Number(tenants!.count), 2);
    } finally {
      await again.close();
    }
  });
});
