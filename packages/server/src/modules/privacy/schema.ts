export * from './vault/tables.ts';
export * from './audit/tables.ts';
export * from './anomaly/tables.ts';
export * from './consent/tables.ts';
export * from './rights/tables.ts';
