import type { Answer, paths } from '@hexamall/sdk';

export type { Answer } from '@hexamall/sdk';

export type ProductPage = Answer<'/api/store/products', 'get'>;
export type ProductSummary = ProductPage['items'][number];
export type ProductDetail = Answer<'/api/store/products/{id}', 'get'>;
export type Sku = ProductDetail['skus'][number];
export type CategoryNode = Answer<'/api/store/categories', 'get'>['items'][number];
export type Brand = Answer<'/api/store/brands', 'get'>['items'][number];
export type Cart = Answer<'/api/store/cart', 'get'>;
export type CartLine = Cart['lines'][number];
export type Address = Answer<'/api/store/addresses', 'get'>['items'][number];
export type Customer = Answer<'/api/store/me', 'get'>;
export type OrderDetail = Answer<'/api/store/orders/{id}', 'get'>;
export type OrderSummary = Answer<'/api/store/orders', 'get'>['items'][number];
export type OrderStatus = OrderDetail['status'];
export type Transition = OrderDetail['transitions'][number];
export type PaymentStarted = Answer<'/api/store/orders/{id}/payments', 'post'>;
export type PaymentMethod = PaymentStarted['payment']['method'];
export type NewAddress = NonNullable<
  paths['/api/store/addresses']['post']['requestBody']
>['content']['application/json'];
