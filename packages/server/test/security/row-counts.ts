import { sql } from 'drizzle-orm';
import type { Database } from '../../src/platform/index.ts';
import type { Harness } from '../../src/testing/harness.ts';

/** Tables the security suites add to the database under test; never part of what they compare. */
export const PROBE_TABLE_PREFIX = 'security_probe_';

interface Rows<T> {
  rows: T[];
}

/** The app's tables (the public schema's base tables), sorted. */
export async function appTables(database: Database): Promise<string[]> {
  const result = (await database.db.execute(
    sql`select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )) as unknown as Rows<{ table_name: string }>;
  return result.rows.map((r) => r.table_name).filter((t) => !t.startsWith(PROBE_TABLE_PREFIX));
}

/**
 * What the privacy module records about any request, refused or not: the audit trail and the anomaly
 * monitor's alerts and networks seen. A refusal may add to these (that is their point), nothing else.
 */
export const SECURITY_RECORD_TABLES = /^privacy_(audit_log|audit_checkpoints|alerts|staff_networks)$/;

/** Row counts of every table, to prove a refused request changed nothing. */
export async function rowCounts(database: Database): Promise<Record<string, number>> {
  const snapshot = await tableSnapshot(database);
  return Object.fromEntries(Object.entries(snapshot).map(([table, { rows }]) => [table, rows]));
}

/**
 * Row counts of the tables a refused request must leave alone: taken after the audit trail's pending
 * batch is stored (it is written on a timer, so it could land in the middle of a comparison), and without
 * the security records.
 */
export async function businessRowCounts(h: Harness): Promise<Record<string, number>> {
  await h.privacy.audit.flush();
  const counts = await rowCounts(h.database);
  return Object.fromEntries(Object.entries(counts).filter(([table]) => !SECURITY_RECORD_TABLES.test(table)));
}

export type TableSnapshot = Record<string, { rows: number; md5: string }>;

/**
 * Every table's row count and a checksum of its content: the md5 of its rows' text forms, sorted, so the
 * checksum does not depend on physical order. One round trip.
 */
export async function tableSnapshot(database: Database): Promise<TableSnapshot> {
  const tables = await appTables(database);
  const parts = tables.map(
    (table) =>
      sql`select ${table}::text as t, count(*)::int as n,
          md5(coalesce(string_agg(md5(r::text), '' order by md5(r::text)), '')) as h
          from ${sql.identifier(table)} r`,
  );
  const result = (await database.db.execute(sql.join(parts, sql` union all `))) as unknown as Rows<{
    t: string;
    n: number;
    h: string;
  }>;
  return Object.fromEntries(result.rows.map((r) => [r.t, { rows: Number(r.n), md5: r.h }]));
}

/** The tables whose count or checksum differ between two snapshots. */
export function changedTables(before: TableSnapshot, after: TableSnapshot): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((t) => before[t]?.rows !== after[t]?.rows || before[t]?.md5 !== after[t]?.md5)
    .sort();
}
