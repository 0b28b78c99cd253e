import { Type, type Static } from 'typebox';
import { DateTime, Nullable } from './common.ts';

export const ImportFormat = Type.Union([Type.Literal('jsonl'), Type.Literal('csv')]);
export type ImportFormat = Static<typeof ImportFormat>;

export const ImportRowErrorView = Type.Object({
  line: Type.Integer({ description: 'The line of the file the product starts on' }),
  handle: Nullable(Type.String()),
  field: Nullable(Type.String({ description: 'JSON pointer into the row, e.g. /skus/0/listPrice' })),
  code: Type.String({ description: 'A stable error code (docs/errors.md)' }),
  detail: Nullable(Type.String()),
});

export const ImportView = Type.Object({
  id: Type.String(),
  format: ImportFormat,
  status: Type.Union([
    Type.Literal('queued'),
    Type.Literal('running'),
    Type.Literal('done'),
    // The import job gave up after its retries (the database kept failing): the rest of the file was not imported.
    Type.Literal('failed'),
  ]),
  total: Type.Integer({ description: 'Products in the file' }),
  processed: Type.Integer(),
  imported: Type.Integer(),
  rejected: Type.Integer(),
  errors: Type.Array(ImportRowErrorView, { description: 'The first refused rows, in file order' }),
  createdAt: DateTime,
  finishedAt: Nullable(DateTime),
});
export type ImportView = Static<typeof ImportView>;
