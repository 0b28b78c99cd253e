/** Attribute values as the catalogue stores them. */
export type AttributeValue = boolean | number | string | { min: number; max: number };

export interface DocumentTexts {
  title: string;
  subtitle?: string | null | undefined;
  description?: string | null | undefined;
}

/**
 * What the search engine indexes for one product: the catalogue's fields flattened to what matching, facets,
 * filters and ranking read. Every engine (in-memory, OpenSearch) takes this shape.
 */
export interface SearchDocument {
  id: string;
  /** Texts per locale ('zh-CN', 'en'); all of them are searchable. */
  texts: Record<string, DocumentTexts>;
  brand?: { id: string; names: string[] } | null;
  /** The leaf category's names in every locale, and its ancestors' names, root first. */
  category?: { id: string; names: string[]; path: string[] } | null;
  tags?: string[];
  attributes?: Record<string, AttributeValue>;
  /** Lowest sale price in minor units; null when nothing is on sale. */
  price?: number | null;
  currency?: string | null;
  /** Units sold recently and the average rating (0-5), when the shop tracks them. */
  sales?: number;
  rating?: number;
  ratingCount?: number;
  /** Epoch milliseconds: first published. */
  createdAt?: number;
}

export const SEARCH_FIELDS = ['title', 'brand', 'category', 'tags', 'attributes', 'description'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** The text of each searchable field of a document. */
export function fieldTexts(doc: SearchDocument): Record<SearchField, string> {
  const texts = Object.values(doc.texts);
  return {
    title: texts.flatMap((t) => [t.title, t.subtitle ?? '']).join('\n'),
    brand: doc.brand?.names.join('\n') ?? '',
    category: doc.category ? [...doc.category.path, ...doc.category.names].join('\n') : '',
    tags: (doc.tags ?? []).join('\n'),
    attributes: attributeText(doc.attributes ?? {}),
    description: texts.map((t) => t.description ?? '').join('\n'),
  };
}

/** True flags read as their name ("anti_slip" -> "anti slip"), text values as themselves; numbers say nothing. */
function attributeText(attributes: Record<string, AttributeValue>): string {
  const words: string[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (value === true) words.push(key.replace(/_/g, ' '));
    else if (typeof value === 'string') words.push(value.replace(/_/g, ' '));
  }
  return words.join('\n');
}
