export interface PickableSku {
  id: string;
  specs: Record<string, string>;
}

export interface SpecOption {
  value: string;
  /** No SKU with this value (and the other choices made) can still be bought. */
  soldOut: boolean;
}

export interface SpecGroup {
  key: string;
  options: SpecOption[];
}

/** Spec keys and values in catalogue order, each value marked sold out given the shopper's other choices. */
export function specGroups(
  skus: readonly PickableSku[],
  available: Readonly<Record<string, number>> | undefined,
  chosen: Readonly<Record<string, string>>,
): SpecGroup[] {
  const values = new Map<string, string[]>();
  for (const sku of skus)
    for (const [key, value] of Object.entries(sku.specs)) {
      const list = values.get(key) ?? [];
      if (!list.includes(value)) list.push(value);
      values.set(key, list);
    }
  const inStock = (sku: PickableSku) => available === undefined || (available[sku.id] ?? 0) > 0;
  return [...values].map(([key, list]) => ({
    key,
    options: list.map((value) => {
      const wanted = { ...chosen, [key]: value };
      const buyable = skus.some(
        (sku) => inStock(sku) && Object.entries(wanted).every(([k, v]) => sku.specs[k] === v),
      );
      return { value, soldOut: !buyable };
    }),
  }));
}

/** The SKU the choices name, once a value is chosen for every spec key. */
export function matchSku<T extends PickableSku>(
  skus: readonly T[],
  chosen: Readonly<Record<string, string>>,
): T | undefined {
  return skus.find((sku) => {
    const keys = Object.keys(sku.specs);
    return keys.every((k) => chosen[k] === sku.specs[k]);
  });
}

/** The first spec key still without a choice. */
export function missingSpec(skus: readonly PickableSku[], chosen: Readonly<Record<string, string>>) {
  for (const sku of skus) for (const key of Object.keys(sku.specs)) if (!(key in chosen)) return key;
  return undefined;
}
