import { Type, type Static } from 'typebox';
import { FreeText } from '../../../platform/index.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const SearchSort = Type.Union([
  Type.Literal('relevance'),
  Type.Literal('price_asc'),
  Type.Literal('price_desc'),
  Type.Literal('sales'),
  Type.Literal('rating'),
  Type.Literal('newest'),
]);

// An IntentPart id: kind:key for parts with a key, the bare kind for the others.
const DROP_ID = '(?:(?:scene|persona|category|attr):[^,]{1,80}|brand|age|price)';

export const SearchQuery = Type.Object(
  {
    q: Type.String({
      maxLength: 200,
      default: '',
      description: 'What the shopper typed, in Chinese or English',
    }),
    category: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    brand: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    priceMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 1e12, description: 'Minor units' })),
    priceMax: Type.Optional(Type.Integer({ minimum: 0, maximum: 1e12, description: 'Minor units' })),
    attr: Type.Optional(
      Type.Array(Type.String({ minLength: 3, maxLength: 150, pattern: '^[a-z][a-z0-9_]{0,39}:.+$' }), {
        maxItems: 20,
        description: 'Attribute filters as key:value; several values of one key are alternatives',
      }),
    ),
    sort: Type.Optional(SearchSort),
    drop: Type.Optional(
      Type.String({
        maxLength: 400,
        pattern: `^${DROP_ID}(?:,${DROP_ID})*$`,
        description:
          'Understood parts to give up, comma-separated ids from `parts`: `scene:hiking,attr:anti_slip`; ' +
          'ids this query does not have are ignored',
      }),
    ),
    offset: Type.Integer({ minimum: 0, maximum: 1000, default: 0 }),
    limit: Type.Integer({ minimum: 1, maximum: 50, default: 20 }),
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof SearchQuery>;

const Named = Nullable(Type.Object({ id: Type.String(), name: Type.String() }));

export const SearchItem = Type.Object({
  id: Type.String(),
  title: Type.String(),
  highlight: Type.String({ description: 'The title, HTML-escaped, matched words in <em>' }),
  imageUrl: Nullable(Type.String()),
  priceFrom: Type.Integer(),
  currency: Type.String(),
  brand: Named,
  category: Named,
});

const IntentPart = Type.Object({
  id: Type.String({ description: 'Send it in `drop` to give this part up' }),
  kind: Type.Union([
    Type.Literal('scene'),
    Type.Literal('persona'),
    Type.Literal('category'),
    Type.Literal('attribute'),
    Type.Literal('brand'),
    Type.Literal('age'),
    Type.Literal('price'),
  ]),
  label: Type.String(),
  implied: Type.Boolean({ description: 'Implied by the scene rather than asked for' }),
});

const Bucket = Type.Object({ value: Type.String(), label: Type.String(), count: Type.Integer() });

export const SearchResponse = Type.Object({
  queryId: Type.String({ description: 'Send it back with clicks and purchases (POST /search/events)' }),
  query: Type.String(),
  understood: Type.String({ description: 'The understood intent, e.g. "hiking · shoes · anti-slip"' }),
  intent: Type.Object({
    category: Nullable(Type.String()),
    scene: Nullable(Type.String()),
    persona: Nullable(Type.String()),
    attributes: Type.Array(
      Type.Object({ key: Type.String(), label: Type.String(), implied: Type.Boolean() }),
    ),
    brandIds: Type.Array(Type.String()),
    priceMin: Nullable(Type.Integer()),
    priceMax: Nullable(Type.Integer()),
    sort: SearchSort,
  }),
  parts: Type.Array(IntentPart, {
    description:
      'The understood parts, in the order `understood` names them; each can be given up with `drop`',
  }),
  dropped: Type.Array(IntentPart, { description: 'Parts given up because `drop` asked to' }),
  didYouMean: Nullable(Type.String()),
  relaxed: Type.Array(Type.Object({ kind: Type.String(), label: Type.String() }), {
    description: 'Constraints given up because nothing matched them all, least important first',
  }),
  total: Type.Integer(),
  items: Type.Array(SearchItem),
  facets: Type.Object({
    category: Type.Array(Bucket),
    brand: Type.Array(Bucket),
    price: Type.Array(Bucket),
    attributes: Type.Array(Type.Object({ key: Type.String(), buckets: Type.Array(Bucket) })),
  }),
});
export type SearchResponse = Static<typeof SearchResponse>;

export const SuggestQuery = Type.Object(
  {
    q: FreeText({ minLength: 1, maxLength: 100 }),
    limit: Type.Integer({ minimum: 1, maximum: 20, default: 8 }),
  },
  { additionalProperties: false },
);

export const SuggestResponse = Type.Object({
  suggestions: Type.Array(
    Type.Object({
      text: Type.String(),
      kind: Type.Union([
        Type.Literal('query'),
        Type.Literal('product'),
        Type.Literal('brand'),
        Type.Literal('category'),
      ]),
    }),
  ),
});

export const SearchEventBody = Type.Object(
  {
    queryId: Type.String({ minLength: 1, maxLength: 64 }),
    productId: Type.String({ minLength: 1, maxLength: 64 }),
    kind: Type.Union([Type.Literal('click'), Type.Literal('purchase')]),
    position: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
  },
  { additionalProperties: false },
);
