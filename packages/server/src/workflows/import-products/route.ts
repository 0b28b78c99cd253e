import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Readable } from 'node:stream';
import { Type } from 'typebox';
import { getImport, ImportView, listImports, openImport } from '../../modules/catalog/index.ts';
import { AppError, enqueueJob, inTransaction, unwrap, type Runtime } from '../../platform/index.ts';
import type { ImportSource } from './index.ts';
import { readImportRows, type ImportFileFormat } from './read-rows.ts';

/** An upload larger than this is answered 413 PAYLOAD_TOO_LARGE; the CLI takes files of any size. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const FORMAT_OF_TYPE: Record<string, ImportFileFormat> = {
  'text/csv': 'csv',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
};

const tags = ['catalog'];
const security = [{ bearer: [] }];
const Params = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);
const FileBody = Type.String({
  maxLength: MAX_IMPORT_BYTES,
  description: 'The file as it is: JSON lines or CSV (docs/import-format.md)',
});

/**
 * Bulk import from the console: the file is read and stored at once (so a malformed file is refused
 * before anything is queued), then a durable job imports it in batches; GET answers its progress and the
 * refused rows.
 */
export const importProductsRoutes: FastifyPluginAsyncTypebox<{ runtime: Runtime }> = async (app) => {
  // Encapsulated: only these routes take CSV and JSON lines, as text.
  app.addContentTypeParser(
    Object.keys(FORMAT_OF_TYPE),
    { parseAs: 'string', bodyLimit: MAX_IMPORT_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/imports',
    {
      config: { permission: 'catalog:write' },
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags,
        security,
        summary: 'Upload a product file (JSONL or CSV) to import in the background',
        consumes: Object.keys(FORMAT_OF_TYPE),
        body: FileBody,
        response: { 202: ImportView },
      },
    },
    async (request, reply) => {
      const mediaType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      const format = FORMAT_OF_TYPE[mediaType];
      if (!format) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      const rows = await readAll(request.body, format);
      const created = await inTransaction(request.ctx, async (tx) => {
        const opened = unwrap(await openImport(tx, { format, rows }));
        await enqueueJob(tx, 'catalog.import_products', { importId: opened.id });
        return opened;
      });
      return reply.code(202).send(created);
    },
  );

  app.get(
    '/imports',
    {
      config: { permission: 'catalog:read' },
      schema: {
        tags,
        security,
        summary: 'The latest product imports, newest first',
        response: { 200: Type.Object({ items: Type.Array(ImportView) }) },
      },
    },
    async (request) => ({ items: await listImports(request.ctx) }),
  );

  app.get(
    '/imports/:id',
    {
      config: { permission: 'catalog:read' },
      schema: {
        tags,
        security,
        summary: "An import's progress (processed of total) and its refused rows",
        params: Params,
        response: { 200: ImportView },
      },
    },
    async (request) => unwrap(await getImport(request.ctx, request.params.id)),
  );
};

async function readAll(text: string, format: ImportFileFormat): Promise<ImportSource[]> {
  const rows: ImportSource[] = [];
  try {
    for await (const row of readImportRows(Readable.from([text], { objectMode: false }), format))
      rows.push(row);
  } catch (err) {
    // csv-parse stops at a broken quote or a row with the wrong number of cells.
    throw new AppError('MALFORMED_BODY', `not valid CSV: ${(err as Error).message}`.slice(0, 300));
  }
  return rows;
}
