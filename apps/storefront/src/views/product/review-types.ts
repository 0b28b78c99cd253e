import type { Answer } from '../../api/types.ts';

export type RatingSummaryAnswer = Answer<'/api/store/products/{id}/reviews/summary', 'get'>;
export type ReviewPage = Answer<'/api/store/products/{id}/reviews', 'get'>;
export type PublicReview = ReviewPage['items'][number];
