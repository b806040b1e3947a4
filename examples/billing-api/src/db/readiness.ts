import type { Database } from 'better-sqlite3';
import { migrations } from './migrations.js';

/** Resolves when the database answers and has every migration; rejects otherwise. */
export async function checkReady(db: Database): Promise<void> {
  const applied = db.prepare('SELECT count(*) FROM schema_migrations').pluck().get();
  if (applied !== migrations.length) throw new Error(`${String(applied)} of ${migrations.length} migrations applied`);
}
