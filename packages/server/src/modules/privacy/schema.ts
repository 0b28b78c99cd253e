export * from './vault/tables.ts';
export * from './audit/tables.ts';
export * from './anomaly/tables.ts';
