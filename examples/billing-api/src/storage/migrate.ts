import type { Clock } from '../clock.js';
import type { Driver, Queryer } from './driver.js';
import { postgresMigrations } from './migrations/postgres.js';
import { sqliteMigrations } from './migrations/sqlite.js';
import { seedDemoData } from './seed.js';

export function migrationsFor(driver: Driver): readonly string[] {
  return driver.dialect === 'sqlite' ? sqliteMigrations : postgresMigrations;
}

/**
 * Applies the migrations this database has not seen yet and seeds the demo data into one without
 * tenants, in one transaction. Instances starting together on one database take turns (an
 * advisory lock on PostgreSQL, the write lock on SQLite), so each migration runs once.
 */
export async function migrateAndSeed(driver: Driver, now: Clock): Promise<void> {
  const migrations = migrationsFor(driver);
  await driver.transaction(async (tx) => {
    await tx.lockKeys(['civicpay:migrations']);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const done = new Set(await appliedVersions(tx));
    for (const [index, sql] of migrations.entries()) {
      const version = index + 1;
      if (done.has(version)) continue;
      await tx.exec(sql);
      await tx.all('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [version, now().toISOString()]);
    }
    const [tenants] = await tx.all<{ count: number }>('SELECT count(*) AS count FROM tenants');
    if (tenants!.count === 0) await seedDemoData(tx, now());
  });
}

export async function appliedVersions(db: Queryer): Promise<number[]> {
  return (await db.all<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => row.version);
}
