import { buildApp } from '../../src/app.ts';
import { testConfig } from '../../src/config.ts';
import { apiOperations, type JsonSchema, type Operation } from './openapi.ts';

/**
 * The operations of the app's OpenAPI document as the app builds it now (not the committed
 * docs/openapi.json), read at collection time so that each operation gets its own test: a new route is
 * covered the moment it is registered.
 */
export async function liveOperations(): Promise<Operation[]> {
  const app = await buildApp({ config: testConfig(), background: false });
  try {
    await app.ready();
    return apiOperations(app.swagger() as JsonSchema);
  } finally {
    await app.close();
  }
}
