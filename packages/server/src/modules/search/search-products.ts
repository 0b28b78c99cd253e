import type { Constraint } from './engine/constraints.ts';
import type { ExplicitFilters, SearchEngine, SearchResult, SortOrder } from './engine/search-engine.ts';
import type { Label } from './understanding/dictionaries.ts';
import { dropFromIntent, intentParts, type IntentPart } from './understanding/intent-parts.ts';
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
  /** Order every product of `filters.ids`, unmatched ones last (see SearchRequest.rankAll). */
  rankAll?: boolean;
  /** Understood parts the shopper took away (`scene:hiking`, `attr:anti_slip`; see IntentPart). */
  drop?: readonly string[];
}

export interface ProductSearchOutcome {
  intent: QueryIntent;
  /** The understood intent in the shopper's language: "hiking · shoes · anti-slip". */
  understood: string;
  /** The understood parts left, in the order `understood` names them. */
  parts: IntentPart[];
  /** The parts given up because the request asked to. */
  dropped: IntentPart[];
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
  const understand = (query: string) =>
    dropFromIntent(understanding.parse(query), input.drop ?? [], input.locale);
  let { intent, dropped } = understand(input.query);
  let outcome = await searchWithRecovery(engine, intent, input);
  const didYouMean = correctedQuery(input.query, outcome.result);
  if (didYouMean) {
    // A corrected query may say more than the typo did ("tubuxie" -> 徒步鞋: hiking, shoes): search with it.
    const corrected = understand(didYouMean);
    const more = corrected.intent.constraints.length;
    if (more > 0 && more >= intent.constraints.length) {
      ({ intent, dropped } = corrected);
      outcome = await searchWithRecovery(engine, intent, input);
    }
  }
  return {
    intent,
    understood: describeIntent(intent, input.locale),
    parts: intentParts(intent, input.locale),
    dropped,
    result: outcome.result,
    sort: outcome.sort,
    didYouMean,
    relaxed: outcome.relaxed,
  };
}

async function searchWithRecovery(engine: SearchEngine, intent: QueryIntent, input: ProductSearchInput) {
  const sort = input.sort && input.sort !== 'relevance' ? input.sort : (intent.sort ?? 'relevance');
  const run = (constraints: Constraint[]) =>
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
      ...(input.rankAll ? { rankAll: true } : {}),
    });
  let constraints = intent.constraints;
  const relaxed: ProductSearchOutcome['relaxed'] = [];
  let result = await run(constraints);
  while (result.total === 0) {
    const filters = constraints
      .filter((c) => c.mode === 'filter')
      .sort((a, b) => a.importance - b.importance);
    if (filters.length === 0) break;
    // Give up the least important constraint that alone stands between the shopper and results; when no single
    // one does, give up the least important and look again.
    let dropped: Constraint | undefined;
    for (const candidate of filters) {
      const attempt = await run(constraints.filter((c) => c !== candidate));
      if (attempt.total > 0) {
        dropped = candidate;
        result = attempt;
        break;
      }
    }
    dropped ??= filters[0]!;
    constraints = constraints.filter((c) => c !== dropped);
    relaxed.push({ kind: dropped.kind, label: dropped.label });
  }
  return { result, sort, relaxed };
}

function correctedQuery(query: string, result: SearchResult): string | undefined {
  if (result.corrections.length === 0) return undefined;
  let out = query.toLowerCase();
  for (const { from, to } of result.corrections) out = out.replace(from, to);
  return out === query.toLowerCase() ? undefined : out;
}
