import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrations.js';
import { seedDatabase } from './seed.js';
import { systemClock, type Clock } from '../clock.js';

/**
 * Opens (creating when absent) the SQLite database, applies pending migrations and seeds the
 * demo data into a database that has no tenants yet. `:memory:` gives a throwaway database.
 */
export function openDatabase(path: string, now: Clock = systemClock): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Deleted rows are overwritten with zeros rather than left in free pages.
  db.pragma('secure_delete = ON');
  migrate(db);
  const tenantCount = db.prepare('SELECT count(*) FROM tenants').pluck().get() as number;
  if (tenantCount === 0) seedDatabase(db, now());
  return db;
}
