import pg from 'pg';
import { StorageUnavailableError } from './storage.js';
import type { Driver, SqlValue, Transaction } from './driver.js';

const INT8_OID = 20;
const ATTEMPTS = 5;
/** Deadlock detected, serialization failure: PostgreSQL aborted the transaction and it can run again. */
const RETRYABLE = new Set(['40P01', '40001']);
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * Whether the error means the server is down, restarting or cut off, so the request may succeed
 * later: connection failures, SQLSTATE class 08 (connection exception), 57P01–57P03 (shutdown,
 * crash, not yet accepting connections), 53300 (too many connections) and 57014 (a statement
 * that waited past statement_timeout, say for a lock).
 */
export function isUnavailable(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  if (code !== undefined && (UNREACHABLE.has(code) || code.startsWith('08') || /^57P0[1-3]$/.test(code))) return true;
  // Too many connections; a statement or lock wait cut off by statement_timeout.
  if (code === '53300' || code === '57014') return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
    message ?? '',
  );
}

function numbered(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

/** node-postgres with a pool; statements are written with `?` and sent with `$1…`. */
export class PostgresDriver implements Driver {
  readonly dialect = 'postgres';
  private readonly pool: pg.Pool;

  constructor(connectionString: string, schema?: string) {
    this.pool = new pg.Pool({
      connectionString,
      max: 10,
      // A request waits at most this long for a connection while the server is down, then gets a 503.
      connectionTimeoutMillis: 3000,
      // A transaction left open by a vanished client holds its locks no longer than this.
      idle_in_transaction_session_timeout: 10_000,
      statement_timeout: 10_000,
      ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
      // Counts and epoch milliseconds fit a JavaScript number.
      types: { getTypeParser: (oid, format) => (oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) },
    });
    // A connection broken by a server restart is dropped from the pool and the query on it fails
    // (503); the next query opens a new one. Without listeners the error would end the process.
    this.pool.on('error', () => {});
    this.pool.on('connect', (client) => client.on('error', () => {}));
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    try {
      return (await this.pool.query(numbered(sql), params as SqlValue[])).rows as T[];
    } catch (error) {
      throw isUnavailable(error) ? new StorageUnavailableError(error) : error;
    }
  }

  async exec(sql: string): Promise<void> {
    await this.all(sql);
  }

  async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let client: pg.PoolClient;
      try {
        client = await this.pool.connect();
      } catch (error) {
        throw isUnavailable(error) ? new StorageUnavailableError(error) : error;
      }
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const value = await work(transactionQueryer(client));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        if (isUnavailable(error)) {
          broken = error as Error;
          throw new StorageUnavailableError(error);
        }
        await client.query('ROLLBACK').catch(() => undefined);
        const code = (error as { code?: string }).code;
        if (code === undefined || !RETRYABLE.has(code) || attempt === ATTEMPTS) throw error;
      } finally {
        client.release(broken);
      }
    }
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}

function transactionQueryer(client: pg.PoolClient): Transaction {
  return {
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      return (await client.query(numbered(sql), params as SqlValue[])).rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    async lockKeys(keys: readonly string[]) {
      for (const key of [...new Set(keys)].sort()) {
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
      }
    },
    lockRow: ' FOR NO KEY UPDATE',
  };
}
