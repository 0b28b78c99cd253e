import { Type, type Static, type TSchema } from 'typebox';
import { AppError } from '../errors/index.ts';

export const PageQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  cursor: Type.Optional(Type.String({ maxLength: 200, description: 'Opaque cursor from the previous page' })),
});
export type PageQuery = Static<typeof PageQuery>;

export const pageOf = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

/** Cursors are opaque to clients: base64url of the last row's sort key. */
export function encodeCursor(key: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<K extends string>(
  cursor: string | undefined,
  keys: readonly K[],
): Record<K, string> | undefined {
  if (!cursor) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object');
    const out = {} as Record<K, string>;
    for (const k of keys) {
      const v = (parsed as Record<string, unknown>)[k];
      if (typeof v !== 'string' && typeof v !== 'number') throw new Error(`missing ${k}`);
      out[k] = String(v);
    }
    return out;
  } catch {
    throw new AppError('INVALID_CURSOR');
  }
}

/** Fetch limit+1 rows, then call this: it trims the extra row and makes the next cursor from the last kept one. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => Record<string, string | number>) {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  return { items, nextCursor: hasMore && last ? encodeCursor(keyOf(last)) : null };
}
