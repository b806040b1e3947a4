/** A value a statement can bind. */
export type SqlValue = string | number | null;

/** Runs statements written with `?` placeholders; rows come back with the columns' names. */
export interface Queryer {
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Statements without parameters, several at once (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * One database engine under SqlStorage. Statements outside `transaction` commit on their own.
 * `transaction` runs `work` so that concurrent transactions, in this process or another one on
 * the same database, neither interleave wrongly nor fail: the SQLite driver takes the write lock
 * up front (BEGIN IMMEDIATE, waiting on a busy timeout), the PostgreSQL driver retries a
 * transaction the server aborted as a deadlock or serialization failure.
 */
export interface Driver extends Queryer {
  readonly dialect: 'sqlite' | 'postgres';
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface Transaction extends Queryer {
  /**
   * Serializes transactions that name the same keys until this one ends (PostgreSQL advisory
   * locks, taken in sorted order so two transactions cannot wait on each other). SQLite needs
   * nothing: its transactions already run one at a time.
   */
  lockKeys(keys: readonly string[]): Promise<void>;
  /** ` FOR NO KEY UPDATE` on PostgreSQL: the row stays locked until the transaction ends. */
  readonly lockRow: string;
}
