// Writes docs/openapi.json from the app's TypeBox route schemas, then the SDK's types from it.
// CI regenerates both and fails on any diff (scripts/check-generated.sh).
import { writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp, testConfig } from '../packages/server/src/index.ts';

const app = await buildApp({ config: testConfig() });
await app.ready();
const document = app.swagger() as Record<string, unknown>;
await app.close();

const json = JSON.stringify(document, null, 2) + '\n';
await writeFile(new URL('../docs/openapi.json', import.meta.url), json);

const ast = await openapiTS(JSON.parse(json), { alphabetize: true });
const banner = '// Generated from docs/openapi.json by scripts/generate-openapi.ts. Do not edit.\n\n';
await writeFile(new URL('../packages/sdk/src/schema.d.ts', import.meta.url), banner + astToString(ast));
console.log('wrote docs/openapi.json and packages/sdk/src/schema.d.ts');
