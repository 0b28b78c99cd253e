import type { Answer, Body } from '@hexamall/sdk';

export type SignedIn = Answer<'/api/admin/auth/sign-in', 'post'>;
export type Staff = SignedIn['staff'];
export type StaffRole = Staff['role'];
export type Merchant = SignedIn['merchant'];
export type AdminProductSummary = Answer<'/api/admin/products', 'get'>['items'][number];
export type AdminProduct = Answer<'/api/admin/products/{id}', 'get'>;
export type AdminSku = AdminProduct['skus'][number];
export type ProductPatch = Body<'/api/admin/products/{id}', 'patch'>;
export type SkuPatch = Body<'/api/admin/products/{id}/skus/{skuId}', 'patch'>;
export type AttributeDefinition = Answer<'/api/admin/attributes', 'get'>['items'][number];
export type AdminCategory = Answer<'/api/admin/categories', 'get'>['items'][number];
export type AdminBrand = Answer<'/api/admin/brands', 'get'>['items'][number];
export type StockLevel = Answer<'/api/admin/inventory', 'get'>['items'][number];
export type AdminOrder = Answer<'/api/admin/orders', 'get'>['items'][number];
export type AdminOrderDetail = Answer<'/api/admin/orders/{id}', 'get'>;
export type OrderStatus = AdminOrder['status'];
export type AdminCustomer = Answer<'/api/admin/customers', 'get'>['items'][number];
