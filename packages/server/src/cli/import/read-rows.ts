import { createReadStream } from 'node:fs';
import { readImportRows, type ImportSource } from '../../workflows/import-products/index.ts';

/** A product as read from a file, with the line(s) it came from so the report can point at them. */
export type SourceRow = ImportSource;

/** JSONL, or CSV when the name ends in .csv (docs/import-format.md). */
export function readImportFile(path: string): AsyncGenerator<SourceRow> {
  return readImportRows(createReadStream(path), /\.csv$/i.test(path) ? 'csv' : 'jsonl');
}
