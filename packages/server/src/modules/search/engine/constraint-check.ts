import type { Constraint, Verdict } from './constraints.ts';
import type { AttributeValue, SearchDocument } from './document.ts';
import { normaliseText } from './text/normalise.ts';

// A category's names, normalised, per category object: checked for every candidate of a query, normalised once.
const normalisedNames = new WeakMap<object, string[]>();

function categoryNames(category: NonNullable<SearchDocument['category']>): string[] {
  let names = normalisedNames.get(category);
  if (!names) normalisedNames.set(category, (names = category.names.map(normaliseText)));
  return names;
}

/** Whether a product satisfies a constraint by its structured data; 'unknown' when it has none to tell. */
export function checkConstraint(constraint: Constraint, doc: SearchDocument): Verdict {
  const attributes = doc.attributes ?? {};
  switch (constraint.kind) {
    case 'category': {
      if (!doc.category) return 'unknown';
      const names = categoryNames(doc.category);
      if (constraint.exclude.some((x) => names.some((n) => n.includes(x)))) return 'fail';
      return constraint.include.some((x) => names.some((n) => n.includes(x))) ? 'pass' : 'fail';
    }
    case 'attribute': {
      const value = attributes[constraint.key];
      if (value === undefined) return 'unknown';
      return constraint.values.some((v) => sameValue(value, v)) ? 'pass' : 'fail';
    }
    case 'scene': {
      if (attributes.scene === constraint.scene) return 'pass';
      if (constraint.implies.some((k) => attributes[k] === true)) return 'pass';
      const knows =
        attributes.scene !== undefined || constraint.implies.some((k) => attributes[k] !== undefined);
      return knows ? 'fail' : 'unknown';
    }
    case 'persona': {
      const persona = attributes.persona;
      if (persona === undefined) return 'unknown';
      return persona === constraint.persona ? 'pass' : 'fail';
    }
    case 'age': {
      const range = attributes.age_range;
      if (typeof range !== 'object' || range === null) return 'unknown';
      // Strict overlap: a 6-12 month formula does not suit a 0-6 month baby although both include "6 months".
      return range.min < constraint.maxYears && constraint.minYears < range.max ? 'pass' : 'fail';
    }
    case 'price': {
      if (doc.price === null || doc.price === undefined) return 'fail';
      if (constraint.min !== undefined && doc.price < constraint.min) return 'fail';
      if (constraint.max !== undefined && doc.price > constraint.max) return 'fail';
      return 'pass';
    }
    case 'brand':
      if (!doc.brand) return 'unknown';
      return constraint.brandIds.includes(doc.brand.id) ? 'pass' : 'fail';
  }
}

function sameValue(actual: AttributeValue, wanted: AttributeValue): boolean {
  if (typeof actual === 'object' || typeof wanted === 'object')
    return JSON.stringify(actual) === JSON.stringify(wanted);
  return String(actual).toLowerCase() === String(wanted).toLowerCase();
}
