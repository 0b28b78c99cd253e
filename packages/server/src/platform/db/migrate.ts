import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Database } from './types.ts';

export interface MigrationSource {
  /** Module name; its applied migrations are tracked in hexamall_meta.migrations_<name>. */
  name: string;
  folder: string;
}

// Any constant works; it only has to be the same in every Hexamall process sharing a database.
const MIGRATION_LOCK_KEY = 727_001;

/**
 * Applies each module's drizzle-kit migrations in order. Several server processes may boot at once
 * against one PostgreSQL: a session advisory lock lets exactly one of them migrate while the others wait.
 */
export async function runMigrations(database: Database, sources: readonly MigrationSource[]): Promise<void> {
  const { db } = database;
  const apply = async () => {
    for (const source of sources) {
      const migrations = readMigrationFiles({ migrationsFolder: source.folder });
      const config = {
        migrationsFolder: source.folder,
        migrationsTable: `migrations_${source.name}`,
        migrationsSchema: 'hexamall_meta',
      };
      // Both drivers share the pg-core dialect; its migrate() is what each driver's migrator calls.
      const internal = db as unknown as {
        dialect: { migrate: (m: unknown, s: unknown, c: unknown) => Promise<void> };
        session: unknown;
      };
      await internal.dialect.migrate(migrations, internal.session, config);
    }
  };
  await database.withAdvisoryLock(MIGRATION_LOCK_KEY, apply);
}
