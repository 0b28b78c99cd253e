export { InMemorySearchEngine, DEFAULT_BM25F, DEFAULT_FEEDBACK, type InMemoryEngineOptions } from './engine/in-memory-engine.ts';
export type * from './engine/search-engine.ts';
export type { SearchDocument, AttributeValue, DocumentTexts } from './engine/document.ts';
export type { Constraint } from './engine/constraints.ts';
export { JiebaSegmenter, IntlSegmenter, type ChineseSegmenter } from './engine/text/segmenter.ts';
export { DEFAULT_DICTIONARIES } from './understanding/default-dictionaries.ts';
export type { SearchDictionaries } from './understanding/dictionaries.ts';
export { QueryUnderstanding, describeIntent, type QueryIntent } from './understanding/parse-intent.ts';
export { searchProducts, type ProductSearchInput, type ProductSearchOutcome } from './search-products.ts';
