import { and, asc, eq, gt } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import type { Ctx } from '../../../platform/index.ts';
import { TextAnalyzer } from '../engine/text/analyzer.ts';
import { JiebaSegmenter } from '../engine/text/segmenter.ts';
import { searchEvents, searchQueries } from '../schema.ts';
import { putDictionaryEntry } from './merchant-dictionaries.ts';

export interface LearnOptions {
  days: number;
  /** A reformulation seen this many times, or this many products clicked for both queries, makes a synonym. */
  minSupport: number;
  /** How soon a second query must follow a failed first one to count as its reformulation. */
  windowMs: number;
}

const DEFAULTS: LearnOptions = { days: 30, minSupport: 2, windowMs: 120_000 };

/**
 * Learns synonyms from the search logs: a one-word query that found nothing clicked, followed within two minutes
 * by another one-word query whose results were clicked (a reformulation: "球鞋" then "运动鞋"); and two one-word
 * queries whose clicks keep landing on the same products (co-clicks). Learned entries are ordinary dictionary
 * entries with source "learned": the merchant sees them and can switch them off.
 */
export async function learnSynonyms(
  ctx: Ctx,
  options: Partial<LearnOptions> = {},
  now = new Date(),
  analyzer: TextAnalyzer = new TextAnalyzer(new JiebaSegmenter()),
): Promise<{ learned: string[][] }> {
  const o = { ...DEFAULTS, ...options };
  const since = new Date(now.getTime() - o.days * 86_400_000);
  const rows = await ctx.db
    .select({
      id: searchQueries.id,
      actorKey: searchQueries.actorKey,
      query: searchQueries.normalisedQuery,
      at: searchQueries.createdAt,
      clickedProduct: searchEvents.productId,
    })
    .from(searchQueries)
    .leftJoin(searchEvents, eq(searchEvents.queryId, searchQueries.id))
    .where(and(eq(searchQueries.merchantId, ctx.merchantId), gt(searchQueries.createdAt, since)))
    .orderBy(asc(searchQueries.actorKey), asc(searchQueries.createdAt), asc(searchQueries.id));
  const oneWord = (q: string) => analyzer.terms(q, 'query').length === 1;
  const searches = new Map<
    string,
    { actorKey: string | null; query: string; at: Date; clicks: Set<string> }
  >();
  for (const r of rows) {
    const s = searches.get(r.id) ?? {
      actorKey: r.actorKey,
      query: r.query,
      at: r.at,
      clicks: new Set<string>(),
    };
    if (r.clickedProduct) s.clicks.add(r.clickedProduct);
    searches.set(r.id, s);
  }
  const pairs = new Map<string, number>();
  const list = [...searches.values()];
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i]!;
    const b = list[i + 1]!;
    const reformulated =
      a.actorKey !== null &&
      a.actorKey === b.actorKey &&
      a.clicks.size === 0 &&
      b.clicks.size > 0 &&
      b.at.getTime() - a.at.getTime() <= o.windowMs &&
      a.query !== b.query;
    if (reformulated && oneWord(a.query) && oneWord(b.query)) bump(pairs, a.query, b.query);
  }
  const clicksByQuery = new Map<string, Set<string>>();
  for (const s of list) {
    if (s.clicks.size === 0 || !oneWord(s.query)) continue;
    const set = clicksByQuery.get(s.query) ?? new Set<string>();
    for (const p of s.clicks) set.add(p);
    clicksByQuery.set(s.query, set);
  }
  const queries = [...clicksByQuery.keys()].sort();
  for (let i = 0; i < queries.length; i++) {
    for (let j = i + 1; j < queries.length; j++) {
      const a = clicksByQuery.get(queries[i]!)!;
      const b = clicksByQuery.get(queries[j]!)!;
      const shared = [...a].filter((p) => b.has(p)).length;
      if (shared >= o.minSupport) pairs.set(pairKey(queries[i]!, queries[j]!), shared);
    }
  }
  const learned: string[][] = [];
  for (const [key, support] of pairs) {
    if (support < o.minSupport) continue;
    const terms = key.split('\u0000');
    const id = createHash('sha1').update(key).digest('hex').slice(0, 12);
    await putDictionaryEntry(ctx, {
      kind: 'synonyms',
      key: `learned_${id}`,
      entry: { terms },
      source: 'learned',
    });
    learned.push(terms);
  }
  return { learned };
}

const pairKey = (a: string, b: string) => [a, b].sort().join('\u0000');

function bump(map: Map<string, number>, a: string, b: string): void {
  const key = pairKey(a, b);
  map.set(key, (map.get(key) ?? 0) + 1);
}
