import { sql } from 'drizzle-orm';
import type { Database } from '../../src/platform/index.ts';
import { appTables, PROBE_TABLE_PREFIX, SECURITY_RECORD_TABLES } from './row-counts.ts';

const LOG = `${PROBE_TABLE_PREFIX}writes`;
const LOG_FUNCTION = `${PROBE_TABLE_PREFIX}log`;
const EVENTS = [
  ['ins', 'insert', 'new'],
  ['upd', 'update', 'new'],
  ['del', 'delete', 'old'],
] as const;

/**
 * Every committed row write, per table. Statement triggers with transition tables on every app table log
 * what a statement inserted, updated or deleted (and any truncate) into one insert-only table; drain()
 * takes what was logged since its last call. A rolled-back transaction logs nothing, as it changed nothing.
 *
 * This is how the security suites prove that a refused request changed no row after every single
 * request: it costs one small query instead of a count and checksum of every table, and it is stricter
 * than a checksum (an update that writes the same values back is a write too). The row-count-and-checksum
 * snapshot (tableSnapshot) still runs around each operation, to check the journal saw every change.
 */
export class WriteJournal {
  private constructor(
    private readonly database: Database,
    readonly tables: readonly string[],
  ) {}

  static async install(database: Database): Promise<WriteJournal> {
    const tables = await appTables(database);
    const run = (statement: string) => database.db.execute(sql.raw(statement));
    await run(
      `create table if not exists ${LOG} (id bigserial primary key, tbl text not null, op text not null, n bigint not null)`,
    );
    await run(`create or replace function ${LOG_FUNCTION}() returns trigger language plpgsql as $fn$
      begin
        if TG_OP = 'TRUNCATE' then
          insert into ${LOG} (tbl, op, n) values (TG_TABLE_NAME, TG_OP, -1);
        else
          insert into ${LOG} (tbl, op, n) select TG_TABLE_NAME, TG_OP, count(*) from changed having count(*) > 0;
        end if;
        return null;
      end $fn$`);
    for (const table of tables) {
      const name = `"${table.replaceAll('"', '""')}"`;
      for (const [suffix, event, side] of EVENTS) {
        await run(`drop trigger if exists ${PROBE_TABLE_PREFIX}${suffix} on ${name}`);
        await run(
          `create trigger ${PROBE_TABLE_PREFIX}${suffix} after ${event} on ${name} referencing ${side} table as changed for each statement execute function ${LOG_FUNCTION}()`,
        );
      }
      await run(`drop trigger if exists ${PROBE_TABLE_PREFIX}trunc on ${name}`);
      await run(
        `create trigger ${PROBE_TABLE_PREFIX}trunc after truncate on ${name} for each statement execute function ${LOG_FUNCTION}()`,
      );
    }
    const journal = new WriteJournal(database, tables);
    await journal.drain();
    return journal;
  }

  /** Rows written per table (insert, update, delete; -1 for a truncate) since the last drain. */
  async drain(): Promise<Map<string, number>> {
    const result = (await this.database.db.execute(
      sql.raw(`delete from ${LOG} returning tbl, op, n`),
    )) as unknown as { rows: { tbl: string; op: string; n: number | string }[] };
    const written = new Map<string, number>();
    for (const row of result.rows) {
      const key = `${row.tbl} (${row.op.toLowerCase()})`;
      written.set(key, (written.get(key) ?? 0) + Number(row.n));
    }
    return written;
  }

  /** App tables created after install() have no triggers: a suite must fail rather than miss their writes. */
  async untracked(): Promise<string[]> {
    const now = await appTables(this.database);
    return now.filter((t) => !this.tables.includes(t));
  }
}

/** The writes other than inserts and updates of security records (SECURITY_RECORD_TABLES). */
export function businessWrites(written: Map<string, number>): Map<string, number> {
  return new Map(
    [...written].filter(([key]) => {
      const [, table = '', op = ''] = /^(.*) \((\w+)\)$/.exec(key) ?? [];
      return !(SECURITY_RECORD_TABLES.test(table) && (op === 'insert' || op === 'update'));
    }),
  );
}

export function describeWrites(written: Map<string, number>): string {
  return [...written].map(([table, n]) => `${table}: ${n}`).join(', ');
}
