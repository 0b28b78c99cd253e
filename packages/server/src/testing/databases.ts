import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connectDatabase, type Database } from '../platform/index.ts';

export interface TestDatabase {
  readonly label: 'pglite' | 'postgres';
  open(): Promise<Database>;
  /** Closes the connection and drops what open() created. */
  dispose(database: Database): Promise<void>;
}

/**
 * PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. Each open() on PostgreSQL creates a
 * fresh database and dispose() drops it, because the server outlives the test run.
 */
export function testDatabases(): TestDatabase[] {
  const list: TestDatabase[] = [
    {
      label: 'pglite',
      open: () => connectDatabase({}),
      dispose: (database) => database.close(),
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) list.push(postgresTestDatabase(url));
  return list;
}

function postgresTestDatabase(adminUrl: string): TestDatabase {
  const names = new WeakMap<Database, string>();
  return {
    label: 'postgres',
    async open() {
      const name = `hexamall_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
      await adminQuery(adminUrl, `create database ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const database = await connectDatabase({ databaseUrl: url.toString(), poolSize: 20 });
      names.set(database, name);
      return database;
    },
    async dispose(database) {
      await database.close();
      const name = names.get(database);
      if (name) await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
