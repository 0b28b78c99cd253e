import { Param, sql, type Column, type SQL } from 'drizzle-orm';
import type { Db } from './types.ts';

const names = new Set<string>();

interface PreparedLike<R> {
  execute(values?: Record<string, unknown>): Promise<R>;
}

/** What drizzle's session keeps of the driver: the pool, a pooled client in a transaction, or PGlite. */
interface SessionLike {
  client: unknown;
  constructor: unknown;
}

/**
 * A hot statement built once per process and driver with drizzle's `.prepare(name)` and
 * `sql.placeholder(...)`, then run on whichever Db it is handed: the pool, or the caller's open
 * transaction (a statement prepared on the pool alone would run outside it). This skips drizzle's query
 * building per call (a quarter of a busy server's CPU), and on PostgreSQL the name lets each connection
 * parse the statement once instead of per call. PGlite runs the same prepared text without a name.
 *
 * The statement text must be fixed: variable lists go in as one array placeholder (`= any(...)`), and a
 * placeholder value for a nullable JSON or timestamp column must not be null (drizzle encodes it as the
 * column's driver value: JSON `null`, or a crash for a timestamp); leave such columns to their default.
 */
export function preparedStatement<R>(
  name: string,
  build: (db: Db) => { prepare(name: string): PreparedLike<R> },
): (db: Db, values?: Record<string, unknown>) => Promise<R> {
  // PostgreSQL keeps one text per name and connection: a second text under a taken name would fail there.
  if (names.has(name)) throw new Error(`prepared statement name ${name} is taken`);
  names.add(name);
  // Keyed by the driver's session class: the tests run PGlite and node-postgres in one process.
  const byDriver = new Map<unknown, PreparedLike<R>>();
  return (db, values) => {
    const session = db._.session as unknown as SessionLike;
    let template = byDriver.get(session.constructor);
    if (!template) {
      template = build(db).prepare(name);
      byDriver.set(session.constructor, template);
    }
    // The same prepared query, bound to this Db's connection (drizzle keeps it as `client`).
    const bound = Object.create(template) as PreparedLike<R> & { client: unknown };
    bound.client = session.client;
    return bound.execute(values);
  };
}

/**
 * A placeholder encoded as `column` encodes its values (JSON for jsonb, ISO text for timestamps), where
 * drizzle's types take no bare placeholder (an UPDATE's `set`, a raw `sql` fragment).
 */
export function placeholderAs(name: string, column: Column): SQL {
  return sql`${new Param(sql.placeholder(name), column)}`;
}
