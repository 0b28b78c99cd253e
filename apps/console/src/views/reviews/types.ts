import type { paths } from '@hexamall/sdk';

type Ok<T> = T extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;

export type ReviewPage = Ok<paths['/api/admin/reviews']['get']>;
export type Review = ReviewPage['items'][number];
export type Reputation = Ok<paths['/api/admin/reviews/reputation']['get']>;
