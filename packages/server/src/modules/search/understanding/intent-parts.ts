import type { Constraint } from '../engine/constraints.ts';
import type { Label } from './dictionaries.ts';
import { ageLabel, priceLabel, type QueryIntent } from './parse-intent.ts';

export type IntentPartKind = 'scene' | 'persona' | 'category' | 'attribute' | 'brand' | 'age' | 'price';

/**
 * One understood piece of a query, as the shopper sees it ("徒步", "防滑") and as the search API names it so
 * it can be given up: `scene:hiking`, `attr:anti_slip`, `category:shoes`, `persona:mom`, `brand`, `age`, `price`.
 */
export interface IntentPart {
  id: string;
  kind: IntentPartKind;
  label: string;
  /** Implied by the scene rather than asked for. */
  implied: boolean;
}

/** The parts in the order `describeIntent` names them, so "hiking · shoes · anti-slip" lines up with them. */
export function intentParts(intent: QueryIntent, locale: keyof Label): IntentPart[] {
  const parts: IntentPart[] = [];
  const add = (id: string, kind: IntentPartKind, label: string, implied = false) =>
    parts.push({ id, kind, label, implied });
  if (intent.scene) add(`scene:${intent.scene.key}`, 'scene', intent.scene.label[locale]);
  if (intent.persona) add(`persona:${intent.persona.key}`, 'persona', intent.persona.label[locale]);
  if (intent.category) add(`category:${intent.category.key}`, 'category', intent.category.label[locale]);
  for (const a of intent.attributes) add(`attr:${a.key}`, 'attribute', a.label[locale], a.implied);
  if (intent.brand) add('brand', 'brand', intent.brand.label);
  if (intent.age) add('age', 'age', ageLabel(intent.age, locale));
  if (intent.price) add('price', 'price', priceLabel(intent.price, locale));
  return parts;
}

/**
 * The intent without the parts the shopper took away. Giving up a scene gives up the attributes only it
 * implied; giving up an implied attribute keeps the scene but stops it asking for that attribute; giving up a
 * persona gives up the age it brought. The query's words still match as words: only the understanding goes.
 * Ids that name nothing in this intent are ignored (the shopper may have changed the query since).
 */
export function dropFromIntent(
  intent: QueryIntent,
  ids: readonly string[],
  locale: keyof Label,
): { intent: QueryIntent; dropped: IntentPart[] } {
  const wanted = new Set(ids);
  const dropped = intentParts(intent, locale).filter((p) => wanted.has(p.id));
  if (dropped.length === 0) return { intent, dropped };
  const next: QueryIntent = {
    ...intent,
    attributes: [...intent.attributes],
    constraints: [...intent.constraints],
  };
  const without = (test: (c: Constraint) => boolean) => {
    next.constraints = next.constraints.filter((c) => !test(c));
  };
  for (const part of dropped) {
    const key = part.id.slice(part.id.indexOf(':') + 1);
    if (part.kind === 'scene') {
      next.scene = undefined;
      next.attributes = next.attributes.filter((a) => !a.implied);
      without((c) => c.kind === 'scene');
    } else if (part.kind === 'persona') {
      next.persona = undefined;
      // The age a persona brings is a ranking hint, unlike an age the shopper typed ("0-6个月").
      without((c) => c.kind === 'persona' || (c.kind === 'age' && c.mode === 'boost'));
    } else if (part.kind === 'category') {
      next.category = undefined;
      without((c) => c.kind === 'category');
    } else if (part.kind === 'attribute') {
      const attribute = next.attributes.find((a) => a.key === key);
      next.attributes = next.attributes.filter((a) => a.key !== key);
      // Asked for, implied by the scene, or both: it stops being either.
      next.constraints = next.constraints.map((c) =>
        c.kind === 'scene' ? { ...c, implies: c.implies.filter((k) => k !== key) } : c,
      );
      if (attribute) without((c) => c.kind === 'attribute' && c.label === attribute.label.en);
    } else if (part.kind === 'brand') {
      next.brand = undefined;
      without((c) => c.kind === 'brand');
    } else if (part.kind === 'age') {
      next.age = undefined;
      without((c) => c.kind === 'age' && c.mode === 'filter');
    } else {
      next.price = undefined;
      without((c) => c.kind === 'price');
    }
  }
  return { intent: next, dropped };
}
