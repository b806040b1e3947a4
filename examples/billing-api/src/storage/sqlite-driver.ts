import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { StorageUnavailableError } from './storage.js';
import type { Driver, SqlValue, Transaction } from './driver.js';

/** How long a statement waits for another process's write lock before the request gets a 503. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * better-sqlite3 on one file (or `:memory:`). The calls are synchronous; a transaction that
 * awaits between statements holds a queue so no other request's statement runs inside it, and
 * BEGIN IMMEDIATE takes the write lock up front so a second process waits (busy_timeout) instead
 * of failing with "database is locked" halfway through.
 */
export class SqliteDriver implements Driver {
  readonly dialect = 'sqlite';
  readonly db: Database.Database;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly statements = new Map<string, Database.Statement>();

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (path !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    // Deleted rows are overwritten with zeros rather than left in free pages.
    this.db.pragma('secure_delete = ON');
  }

  // The check and the statement run in one synchronous step, so a transaction cannot begin in between.
  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    while (this.db.inTransaction) await this.queue;
    return this.run(() => this.allNow<T>(sql, params));
  }

  async exec(sql: string): Promise<void> {
    while (this.db.inTransaction) await this.queue;
    this.run(() => this.db.exec(sql));
  }

  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const result = this.queue.then(async () => {
      this.run(() => this.db.exec('BEGIN IMMEDIATE'));
      try {
        const value = await work(this.transactionQueryer());
        this.run(() => this.db.exec('COMMIT'));
        return value;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.db.open) this.db.close();
  }

  private transactionQueryer(): Transaction {
    return {
      all: async <T>(sql: string, params: readonly SqlValue[] = []) => this.run(() => this.allNow<T>(sql, params)),
      exec: async (sql: string) => {
        this.run(() => this.db.exec(sql));
      },
      lockKeys: async () => {},
      lockRow: '',
    };
  }

  private allNow<T>(sql: string, params: readonly SqlValue[]): T[] {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    if (statement.reader) return statement.all(...params) as T[];
    statement.run(...params);
    return [];
  }

  /** A write lock still held by another process after the busy timeout is a 503, not a 500. */
  private run<T>(call: () => T): T {
    try {
      return call();
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) throw new StorageUnavailableError(error);
      throw error;
    }
  }
}
