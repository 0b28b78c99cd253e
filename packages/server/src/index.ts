export { buildApp, type BuildAppOptions } from './app.ts';
export { configFromEnv, testConfig, type AppConfig } from './config.ts';
