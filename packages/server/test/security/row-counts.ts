import { sql } from 'drizzle-orm';
import type { Database } from '../../src/platform/index.ts';

/** Row counts of every table, to prove a refused request changed nothing. */
export async function rowCounts(database: Database): Promise<Record<string, number>> {
  const tables = (await database.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )) as unknown as { rows: { table_name: string }[] };
  const counts: Record<string, number> = {};
  for (const { table_name } of tables.rows) {
    const result = (await database.db.execute(
      sql`select count(*)::int as n from ${sql.identifier(table_name)}`,
    )) as unknown as { rows: { n: number }[] };
    counts[table_name] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}
