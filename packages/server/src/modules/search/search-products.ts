import type { Constraint } from './engine/constraints.ts';
import type { ExplicitFilters, SearchEngine, SearchResult, SortOrder } from './engine/search-engine.ts';
import type { Label } from './understanding/dictionaries.ts';
import { describeIntent, type QueryIntent, type QueryUnderstanding } from './understanding/parse-intent.ts';

export interface ProductSearchInput {
  query: string;
  locale: keyof Label;
  filters?: ExplicitFilters;
  /** An explicit sort wins over one the query asks for ("cheapest"). */
  sort?: SortOrder;
  offset?: number;
  limit?: number;
  facets?: boolean;
  affinity?: ReadonlyMap<string, number>;
  learnedBoost?: ReadonlyMap<string, number>;
}

export interface ProductSearchOutcome {
  intent: QueryIntent;
  /** The understood intent in the shopper's language: "hiking · shoes · anti-slip". */
  understood: string;
  result: SearchResult;
  sort: SortOrder;
  /** The query with its spelling corrected, when a word was corrected. */
  didYouMean?: string | undefined;
  /** Constraints given up to avoid an empty page, least important first. */
  relaxed: { kind: Constraint['kind']; label: string }[];
}

/**
 * A shopper's search, whatever the engine: understand the query, search, and when nothing matches, give up
 * the least important understood constraint, again and again, saying which. Engine-agnostic on purpose: an
 * OpenSearch adapter gets the same understanding and the same recovery.
 */
export async function searchProducts(
  engine: SearchEngine,
  understanding: QueryUnderstanding,
  input: ProductSearchInput,
): Promise<ProductSearchOutcome> {
  const intent = understanding.parse(input.query);
  const sort = input.sort && input.sort !== 'relevance' ? input.sort : (intent.sort ?? 'relevance');
  let constraints = intent.constraints;
  const relaxed: ProductSearchOutcome['relaxed'] = [];
  const run = () =>
    engine.search({
      text: intent.text,
      constraints,
      headWord: intent.headWord,
      synonyms: intent.synonyms,
      sort,
      offset: input.offset ?? 0,
      limit: input.limit ?? 20,
      facets: input.facets ?? false,
      ...(input.filters ? { filters: input.filters } : {}),
      ...(input.affinity ? { affinity: input.affinity } : {}),
      ...(input.learnedBoost ? { learnedBoost: input.learnedBoost } : {}),
    });
  let result = await run();
  while (result.total === 0) {
    const weakest = leastImportantFilter(constraints);
    if (!weakest) break;
    constraints = constraints.filter((c) => c !== weakest);
    relaxed.push({ kind: weakest.kind, label: weakest.label });
    result = await run();
  }
  return {
    intent,
    understood: describeIntent(intent, input.locale),
    result,
    sort,
    didYouMean: correctedQuery(input.query, result),
    relaxed,
  };
}

function leastImportantFilter(constraints: readonly Constraint[]): Constraint | undefined {
  let weakest: Constraint | undefined;
  for (const c of constraints) {
    if (c.mode !== 'filter') continue;
    // Later constraints lose ties: the shopper said first what mattered first.
    if (!weakest || c.importance <= weakest.importance) weakest = c;
  }
  return weakest;
}

function correctedQuery(query: string, result: SearchResult): string | undefined {
  if (result.corrections.length === 0) return undefined;
  let out = query.toLowerCase();
  for (const { from, to } of result.corrections) out = out.replace(from, to);
  return out === query.toLowerCase() ? undefined : out;
}
