import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { fail, inTransaction, newId, ok, type Ctx, type Result } from '../../../platform/index.ts';
import type { ImportFormat, ImportView } from '../contracts/import.ts';
import { productImportRows, productImports, type ImportRowError, type ProductImportRow } from '../schema.ts';

/** A file of 50,000 bad rows keeps its first errors; the count of refused rows stays exact. */
export const IMPORT_ERRORS_KEPT = 2_000;
const INSERT_CHUNK = 500;

export interface ImportSourceRow {
  line: number;
  value: unknown;
  error?: string;
}

export function toImportView(row: ProductImportRow): ImportView {
  return {
    id: row.id,
    format: row.format,
    status: row.status,
    total: row.total,
    processed: row.processed,
    imported: row.imported,
    rejected: row.rejected,
    errors: row.errors,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** Stores an uploaded file's products for the import job; the caller enqueues the job in the same transaction. */
export async function openImport(
  ctx: Ctx,
  input: { format: ImportFormat; rows: ImportSourceRow[] },
): Promise<Result<ImportView>> {
  if (input.rows.length === 0) return fail('IMPORT_EMPTY');
  const id = newId('imp');
  return inTransaction(ctx, async (tx) => {
    const [created] = await tx.db
      .insert(productImports)
      .values({
        id,
        merchantId: ctx.merchantId,
        format: input.format,
        total: input.rows.length,
        createdBy: ctx.actor.kind === 'staff' ? ctx.actor.staffId : null,
      })
      .returning();
    for (let i = 0; i < input.rows.length; i += INSERT_CHUNK) {
      await tx.db.insert(productImportRows).values(
        input.rows.slice(i, i + INSERT_CHUNK).map((r) => ({
          importId: id,
          merchantId: ctx.merchantId,
          line: r.line,
          value: r.error ? null : (r.value ?? null),
          parseError: r.error ?? null,
        })),
      );
    }
    return ok(toImportView(created!));
  });
}

export async function getImport(ctx: Ctx, importId: string): Promise<Result<ImportView>> {
  const [row] = await ctx.db
    .select()
    .from(productImports)
    .where(and(eq(productImports.merchantId, ctx.merchantId), eq(productImports.id, importId)));
  return row ? ok(toImportView(row)) : fail('IMPORT_NOT_FOUND');
}

/** The merchant's latest imports, newest first. */
export async function listImports(ctx: Ctx, limit = 20): Promise<ImportView[]> {
  const rows = await ctx.db
    .select()
    .from(productImports)
    .where(eq(productImports.merchantId, ctx.merchantId))
    .orderBy(desc(productImports.createdAt), desc(productImports.id))
    .limit(limit);
  return rows.map(toImportView);
}

/** The next products of an import still to do, in file order; none once it is finished. */
export async function nextImportRows(
  ctx: Ctx,
  importId: string,
  limit: number,
): Promise<{ line: number; value: unknown; parseError: string | null }[]> {
  return ctx.db
    .select({
      line: productImportRows.line,
      value: productImportRows.value,
      parseError: productImportRows.parseError,
    })
    .from(productImportRows)
    .where(and(eq(productImportRows.merchantId, ctx.merchantId), eq(productImportRows.importId, importId)))
    .orderBy(asc(productImportRows.line))
    .limit(limit);
}

/**
 * Records a finished batch: counts it, keeps its errors, forgets its rows. Answers whether rows remain,
 * so the job knows to schedule the next batch.
 */
export async function recordImportBatch(
  ctx: Ctx,
  importId: string,
  batch: { lines: number[]; imported: number; errors: ImportRowError[] },
): Promise<{ remaining: boolean }> {
  return inTransaction(ctx, async (tx) => {
    const where = and(eq(productImports.merchantId, ctx.merchantId), eq(productImports.id, importId));
    const [current] = await tx.db.select().from(productImports).where(where).for('update');
    if (!current) return { remaining: false };
    if (batch.lines.length > 0) {
      await tx.db
        .delete(productImportRows)
        .where(and(eq(productImportRows.importId, importId), inArray(productImportRows.line, batch.lines)));
    }
    const [left] = await tx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(productImportRows)
      .where(eq(productImportRows.importId, importId));
    const remaining = (left?.n ?? 0) > 0;
    const now = new Date();
    await tx.db
      .update(productImports)
      .set({
        status: remaining ? 'running' : 'done',
        processed: current.processed + batch.lines.length,
        imported: current.imported + batch.imported,
        rejected: current.rejected + batch.errors.length,
        errors: [...current.errors, ...batch.errors].slice(0, IMPORT_ERRORS_KEPT),
        updatedAt: now,
        ...(remaining ? {} : { finishedAt: now }),
      })
      .where(where);
    return { remaining };
  });
}

/**
 * The import job gave up (its last retry failed): the import ends as failed, with what it did so far
 * counted, and its unprocessed rows are dropped, since no job will read them again.
 */
export async function failImport(ctx: Ctx, importId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const where = and(eq(productImports.merchantId, ctx.merchantId), eq(productImports.id, importId));
    const now = new Date();
    const [failed] = await tx.db
      .update(productImports)
      .set({ status: 'failed', updatedAt: now, finishedAt: now })
      .where(and(where, inArray(productImports.status, ['queued', 'running'])))
      .returning({ id: productImports.id });
    if (failed) await tx.db.delete(productImportRows).where(eq(productImportRows.importId, importId));
  });
}
