export * from './vault/tables.ts';
