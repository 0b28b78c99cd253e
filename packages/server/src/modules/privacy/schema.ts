export * from './vault/tables.ts';
export * from './consent/tables.ts';
export * from './rights/tables.ts';
