import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { connectDatabase, type Database } from '../../src/platform/index.ts';

/**
 * A database the canary suite can look at from the outside: every table's rows as text, and the
 * bytes an attacker with the disk or a dump would hold (PGlite's data folder, or pg_dump's output).
 */
export interface InspectableStore {
  label: 'pglite' | 'postgres';
  database: Database;
  /** Every row of every table in the public schema, as text. */
  tableText(): Promise<string>;
  /** Raw bytes at rest: call after the app is closed (PGlite flushes on close). */
  restBytes(): Promise<Buffer>;
  dispose(): Promise<void>;
}

export function inspectableStores(): (() => Promise<InspectableStore>)[] {
  const stores = [pgliteStore];
  const url = process.env.TEST_DATABASE_URL;
  if (url) stores.push(() => postgresStore(url));
  return stores;
}

async function tableTextOf(database: Database): Promise<string> {
  const { rows } = (await database.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
  )) as unknown as { rows: { table_name: string }[] };
  const parts: string[] = [];
  for (const { table_name: name } of rows) {
    const result = (await database.db.execute(
      sql.raw(`select t::text as row from "${name.replaceAll('"', '')}" t`),
    )) as unknown as { rows: { row: string }[] };
    parts.push(`${name}: ${result.rows.map((r) => r.row).join('\n')}`);
  }
  return parts.join('\n');
}

async function pgliteStore(): Promise<InspectableStore> {
  const dir = mkdtempSync(join(tmpdir(), 'hexamall-canary-'));
  const database = await connectDatabase({ dataDir: dir });
  let closed = false;
  return {
    label: 'pglite',
    database,
    tableText: () => tableTextOf(database),
    async restBytes() {
      if (!closed) await database.close();
      closed = true;
      return Buffer.concat(filesUnder(dir).map((file) => readFileSync(file)));
    },
    async dispose() {
      if (!closed) await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresStore(adminUrl: string): Promise<InspectableStore> {
  const name = `hexamall_canary_${randomBytes(5).toString('hex')}`;
  await admin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await connectDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  let closed = false;
  return {
    label: 'postgres',
    database,
    tableText: () => tableTextOf(database),
    async restBytes() {
      return execFileSync('pg_dump', ['--no-owner', url.toString()], { maxBuffer: 256 * 1024 * 1024 });
    },
    async dispose() {
      if (!closed) await database.close();
      closed = true;
      await admin(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Unique values that cannot occur by chance: finding one anywhere means it leaked. */
export function newCanaries() {
  const tag = randomBytes(6).toString('hex');
  const digits = (n: number) => Array.from(randomBytes(n), (b) => String(b % 10)).join('');
  const idBody = `110101${1970 + (randomBytes(1)[0]! % 40)}0101${digits(3)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(idBody[i]), 0);
  return {
    email: `canary.${tag}@example.test`,
    displayName: `Canary Person ${tag}`,
    phone: `139${digits(8)}`,
    idNumber: `${idBody}${'10X98765432'[sum % 11]}`,
    recipient: `Canary Recipient ${tag}`,
    line1: `${tag} Canary Lane`,
    latitude: Number(`31.${digits(5)}7`),
    longitude: Number(`121.${digits(5)}3`),
  };
}
export type Canaries = ReturnType<typeof newCanaries>;

/** The strings to look for: each canary, as text, as the database or a log would write it. */
export function canaryNeedles(c: Canaries): string[] {
  return [
    c.email,
    c.displayName,
    c.phone,
    c.idNumber,
    c.recipient,
    c.line1,
    String(c.latitude),
    String(c.longitude),
  ];
}
