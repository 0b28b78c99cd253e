export type { Db, Database, DatabaseKind } from './types.ts';
export { connectDatabase, type ConnectOptions } from './connect.ts';
export { runMigrations, type MigrationSource } from './migrate.ts';
export { placeholderAs, preparedStatement } from './prepared.ts';
