import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** A database or a transaction: both drivers (PGlite, node-postgres) and their transactions fit. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Db = PgDatabase<PgQueryResultHKT, any>;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Db;
  /** Runs plain SQL (several statements allowed); for migrations, locks and test set-up. */
  exec(sql: string): Promise<void>;
  /** Runs fn while holding a PostgreSQL session advisory lock on one dedicated connection. */
  withAdvisoryLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
