import type { paths } from '@hexamall/sdk';

type Ok<T> = T extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;

export type CouponPage = Ok<paths['/api/admin/coupons']['get']>;
export type CouponTemplate = CouponPage['items'][number];
export type CouponTemplateInput = NonNullable<
  paths['/api/admin/coupons']['post']['requestBody']
>['content']['application/json'];
