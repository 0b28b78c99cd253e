import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/index.ts';
import { DEFAULT_DICTIONARIES } from '../understanding/default-dictionaries.ts';
import {
  overlayDictionaries,
  type DictionaryKind,
  type SearchDictionaries,
} from '../understanding/dictionaries.ts';
import { searchDictionaryEntries } from '../schema.ts';

/** The defaults with this merchant's edits and learned entries laid over them. */
export async function loadDictionaries(ctx: Ctx): Promise<SearchDictionaries> {
  const rows = await ctx.db
    .select()
    .from(searchDictionaryEntries)
    .where(eq(searchDictionaryEntries.merchantId, ctx.merchantId));
  const overlay: Partial<Record<DictionaryKind, Record<string, unknown>>> = {};
  for (const row of rows) (overlay[row.kind] ??= {})[row.key] = row.body;
  return overlayDictionaries(DEFAULT_DICTIONARIES, overlay);
}

export interface DictionaryEntryView {
  kind: DictionaryKind;
  key: string;
  source: 'default' | 'merchant' | 'learned';
  enabled: boolean;
  entry: Record<string, unknown> | null;
}

/** Every entry in effect or switched off, and where it comes from, for the admin screen. */
export async function listDictionaryEntries(ctx: Ctx): Promise<DictionaryEntryView[]> {
  const rows = await ctx.db
    .select()
    .from(searchDictionaryEntries)
    .where(eq(searchDictionaryEntries.merchantId, ctx.merchantId));
  const own = new Map(rows.map((r) => [`${r.kind}/${r.key}`, r]));
  const out: DictionaryEntryView[] = [];
  for (const kind of Object.keys(DEFAULT_DICTIONARIES) as (keyof typeof DEFAULT_DICTIONARIES)[]) {
    if (kind === 'fillers') continue;
    for (const entry of DEFAULT_DICTIONARIES[kind]) {
      if (own.has(`${kind}/${entry.key}`)) continue;
      out.push({ kind, key: entry.key, source: 'default', enabled: true, entry: { ...entry } });
    }
  }
  for (const r of rows)
    out.push({ kind: r.kind, key: r.key, source: r.source, enabled: r.body !== null, entry: r.body });
  return out.sort((a, b) => a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key));
}

export async function putDictionaryEntry(
  ctx: Ctx,
  input: {
    kind: DictionaryKind;
    key: string;
    entry: Record<string, unknown> | null;
    source?: 'merchant' | 'learned';
  },
): Promise<void> {
  const values = {
    merchantId: ctx.merchantId,
    kind: input.kind,
    key: input.key,
    body: input.entry,
    source: input.source ?? 'merchant',
    updatedAt: new Date(),
  };
  await ctx.db
    .insert(searchDictionaryEntries)
    .values(values)
    .onConflictDoUpdate({
      target: [searchDictionaryEntries.merchantId, searchDictionaryEntries.kind, searchDictionaryEntries.key],
      set: { body: values.body, source: values.source, updatedAt: values.updatedAt },
      // Learning never overrides the merchant: an entry they accepted, edited or switched off stays theirs.
      ...(values.source === 'learned' ? { setWhere: eq(searchDictionaryEntries.source, 'learned') } : {}),
    });
}

/** Removes the merchant's entry, so the default (if any) applies again. */
export async function deleteDictionaryEntry(ctx: Ctx, kind: DictionaryKind, key: string): Promise<boolean> {
  const deleted = await ctx.db
    .delete(searchDictionaryEntries)
    .where(
      and(
        eq(searchDictionaryEntries.merchantId, ctx.merchantId),
        eq(searchDictionaryEntries.kind, kind),
        eq(searchDictionaryEntries.key, key),
      ),
    )
    .returning({ key: searchDictionaryEntries.key });
  return deleted.length > 0;
}
