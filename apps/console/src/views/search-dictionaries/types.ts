import type { paths } from '@hexamall/sdk';

type Ok<T> = T extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;

export type DictionaryEntryRow = Ok<paths['/api/admin/search/dictionaries']['get']>['items'][number];
export type DictionaryKind = DictionaryEntryRow['kind'];
export const DICTIONARY_KINDS: readonly DictionaryKind[] = [
  'synonyms',
  'categories',
  'scenes',
  'personas',
  'attributes',
  'sorts',
];
export const SORTS = ['price_asc', 'price_desc', 'sales', 'rating', 'newest'] as const;
export type SortKey = (typeof SORTS)[number];
