import { api } from '../../../api/client.ts';
import { ApiProblem } from '../../../api/problem.ts';

/** What GET /api/admin/imports/:id answers (ImportView in packages/server/src/modules/catalog/contracts/import.ts). */
export interface ImportRowError {
  line: number;
  handle: string | null;
  field: string | null;
  code: string;
  detail: string | null;
}
export interface ProductImport {
  id: string;
  format: 'jsonl' | 'csv';
  status: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  imported: number;
  rejected: number;
  errors: ImportRowError[];
  createdAt: string;
  finishedAt: string | null;
}

/** The server refuses larger uploads with 413; the console says so before sending. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * The import routes take the file itself as the body (CSV or JSON lines), which the generated client's
 * JSON-only signatures do not describe, so these three calls go through its untyped core with the same
 * token and language middleware.
 */
type RawResult = { data?: unknown; error?: unknown; response: Response };
type RawClient = {
  GET(path: string, init?: object): Promise<RawResult>;
  POST(path: string, init: object): Promise<RawResult>;
};
const raw = api as unknown as RawClient;

function answer<T>(result: RawResult): T {
  if (!result.response.ok || result.data === undefined)
    throw ApiProblem.from(result.response.status, result.error);
  return result.data as T;
}

export function formatOfFile(name: string): 'text/csv' | 'application/x-ndjson' {
  return /\.csv$/i.test(name) ? 'text/csv' : 'application/x-ndjson';
}

export async function startImport(file: { name: string; text(): Promise<string> }): Promise<ProductImport> {
  const body = await file.text();
  return answer<ProductImport>(
    await raw.POST('/api/admin/imports', {
      body,
      bodySerializer: (text: string) => text,
      headers: { 'content-type': formatOfFile(file.name) },
    }),
  );
}

export async function fetchImport(id: string): Promise<ProductImport> {
  return answer<ProductImport>(await raw.GET(`/api/admin/imports/${encodeURIComponent(id)}`));
}

export async function listImports(): Promise<ProductImport[]> {
  return answer<{ items: ProductImport[] }>(await raw.GET('/api/admin/imports')).items;
}
