import { checkConstraint } from '../constraint-check.ts';
import type { Constraint, Verdict } from '../constraints.ts';
import type { SearchDocument } from '../document.ts';
import type { Bm25fAccumulator } from '../index/bm25f.ts';
import type { IndexedDocument, InvertedIndex } from '../index/inverted-index.ts';
import type { SearchRequest } from '../search-engine.ts';

// Which products a search's filters let through (explicit filters and the query's hard constraints): a
// question of eligibility, kept apart from the ranking that orders what passes.

/** Which products the filters let through; undefined when they let everything through (the fast path). */
export function acceptance(
  index: InvertedIndex,
  request: SearchRequest,
  attributeKeys: ReadonlySet<string>,
  acc: Bm25fAccumulator,
): ((slot: number) => boolean) | undefined {
  const filters = request.filters ?? {};
  const hard = (request.constraints ?? []).filter((c) => c.mode === 'filter');
  const explicit = Object.values(filters).some((v) => v !== undefined);
  if (!explicit && hard.length === 0) return undefined;
  if (!explicit && hard.every((c) => c.kind === 'brand' || c.kind === 'category'))
    return groupAcceptance(index, hard);
  const ids = filters.ids ? new Set(filters.ids) : undefined;
  // Each phrase of a constraint as its terms; a product's text shows a phrase when it has all of them.
  const evidence = hard.map((c) =>
    c.terms.map((t) => index.analyzer.terms(t, 'query')).filter((ts) => ts.length > 0),
  );
  const strict = hard.map((c) => structuredInCatalogue(c, attributeKeys));
  const checks = hard.map(constraintCheck);
  const attributeFilters = Object.entries(filters.attributes ?? {}).map(
    ([key, accepted]) => [key, accepted.map(String)] as const,
  );
  const passes = (entry: IndexedDocument): boolean => {
    const doc = entry.doc;
    if (ids && !ids.has(doc.id)) return false;
    if (explicit && !passesExplicitFilters(doc, filters, attributeFilters)) return false;
    for (let i = 0; i < checks.length; i++) {
      const verdict = checks[i]!(entry);
      if (verdict !== 'unknown' || !strict[i]) {
        if (verdict === 'fail') return false;
        continue;
      }
      // The catalogue records this kind of fact but not for this product: keep it only if its text says so.
      if (!evidence[i]!.some((phrase) => phrase.every((t) => entry.termTf.has(t)))) return false;
    }
    return true;
  };
  // 0 = not yet decided, 1 = accepted, 2 = refused.
  const decided = acc.flags(index.slotCount);
  return (slot) => {
    const known = decided[slot];
    if (known) return known === 1;
    const ok = passes(index.at(slot)!);
    decided[slot] = ok ? 1 : 2;
    return ok;
  };
}

/**
 * acceptance() when every filter is a brand or a category (what query understanding mostly yields): those verdicts
 * depend only on a product's brand or category, so each is worked out once per distinct one and a product is a
 * lookup by its slot. Brand and category are never "structured in the catalogue" for the text-evidence rule, so an
 * unknown verdict keeps the product, as acceptance() does.
 */
function groupAcceptance(index: InvertedIndex, hard: readonly Constraint[]): (slot: number) => boolean {
  const FAIL = 2;
  const tables = hard.map((c) => {
    // Per group + 1: 0 not yet known, 1 kept, FAIL refused.
    let verdicts = new Uint8Array(0);
    if (c.kind === 'brand') {
      // Known at once: a product of one of the brands passes, one of another brand fails, one without is kept.
      verdicts = new Uint8Array(index.brandGroupCount + 1).fill(FAIL);
      verdicts[0] = 1;
      for (const id of c.brandIds) {
        const group = index.brandGroupOf(id);
        if (group !== undefined) verdicts[group + 1] = 1;
      }
    }
    return {
      constraint: c,
      groups: c.kind === 'brand' ? index.brandGroupBySlot() : index.categoryGroupBySlot(),
      verdicts,
    };
  });
  return (slot) => {
    for (const table of tables) {
      const at = table.groups[slot]! + 1;
      if (at >= table.verdicts.length) {
        const grown = new Uint8Array(Math.max(at + 1, table.verdicts.length * 2, 64));
        grown.set(table.verdicts);
        table.verdicts = grown;
      }
      let verdict = table.verdicts[at]!;
      if (verdict === 0) {
        verdict = checkConstraint(table.constraint, index.at(slot)!.doc) === 'fail' ? FAIL : 1;
        table.verdicts[at] = verdict;
      }
      if (verdict === FAIL) return false;
    }
    return true;
  };
}

function structuredInCatalogue(c: Constraint, attributeKeys: ReadonlySet<string>): boolean {
  if (c.kind === 'attribute') return attributeKeys.has(c.key);
  if (c.kind === 'scene') return attributeKeys.has('scene') || c.implies.some((k) => attributeKeys.has(k));
  if (c.kind === 'age') return attributeKeys.has('age_range');
  return false;
}

/**
 * checkConstraint for one constraint over many products; a category's or brand's verdict is worked out once per
 * distinct category or brand (IndexedDocument.categoryGroup, brandGroup).
 */
export function constraintCheck(c: Constraint): (entry: IndexedDocument) => Verdict {
  // A category's verdict depends only on its names, a brand's only on its id.
  const group =
    c.kind === 'category'
      ? (entry: IndexedDocument) => entry.categoryGroup
      : c.kind === 'brand'
        ? (entry: IndexedDocument) => entry.brandGroup
        : undefined;
  if (!group) return (entry) => checkConstraint(c, entry.doc);
  const byGroup: Verdict[] = [];
  return (entry) => {
    const at = group(entry) + 1;
    return (byGroup[at] ??= checkConstraint(c, entry.doc));
  };
}

function passesExplicitFilters(
  doc: SearchDocument,
  f: NonNullable<SearchRequest['filters']>,
  attributeFilters: readonly (readonly [string, string[]])[],
): boolean {
  if (f.categoryIds && !f.categoryIds.includes(doc.category?.id ?? '')) return false;
  if (f.brandIds && !f.brandIds.includes(doc.brand?.id ?? '')) return false;
  if (f.priceMin !== undefined && (doc.price ?? -1) < f.priceMin) return false;
  if (f.priceMax !== undefined && (doc.price ?? Infinity) > f.priceMax) return false;
  for (const [key, accepted] of attributeFilters) {
    const value = doc.attributes?.[key];
    if (value === undefined || typeof value === 'object' || !accepted.includes(String(value))) return false;
  }
  return true;
}
