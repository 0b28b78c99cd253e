import { createRouter, createWebHistory } from 'vue-router';
import type { Permission } from './auth/permissions.ts';

declare module 'vue-router' {
  interface RouteMeta {
    /** Public pages need no sign-in. */
    public?: boolean;
    /** What the signed-in role must be allowed to do. */
    permission?: Permission;
  }
}

export function createConsoleRouter(session: {
  signedIn: boolean;
  load(): Promise<void>;
  can(permission: Permission): boolean;
}) {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes: [
      {
        path: '/sign-in',
        name: 'sign-in',
        component: () => import('./views/sign-in/SignInView.vue'),
        meta: { public: true },
      },
      {
        path: '/',
        name: 'dashboard',
        component: () => import('./views/dashboard/DashboardView.vue'),
        meta: { permission: 'orders:read' },
      },
      {
        path: '/products',
        name: 'products',
        component: () => import('./views/products/ProductsView.vue'),
        meta: { permission: 'catalog:read' },
      },
      {
        path: '/products/new',
        name: 'product-new',
        component: () => import('./views/products/ProductCreateView.vue'),
        meta: { permission: 'catalog:write' },
      },
      {
        path: '/products/import',
        name: 'product-import',
        component: () => import('./views/products/import/ImportProductsView.vue'),
        meta: { permission: 'catalog:read' },
      },
      {
        path: '/products/:id',
        name: 'product',
        component: () => import('./views/products/ProductEditView.vue'),
        meta: { permission: 'catalog:read' },
      },
      {
        path: '/categories',
        name: 'categories',
        component: () => import('./views/categories/CategoriesView.vue'),
        meta: { permission: 'catalog:read' },
      },
      {
        path: '/brands',
        name: 'brands',
        component: () => import('./views/brands/BrandsView.vue'),
        meta: { permission: 'catalog:read' },
      },
      {
        path: '/attributes',
        name: 'attributes',
        component: () => import('./views/attributes/AttributesView.vue'),
        meta: { permission: 'catalog:read' },
      },
      {
        path: '/search-dictionaries',
        name: 'search-dictionaries',
        component: () => import('./views/search-dictionaries/SearchDictionariesView.vue'),
        meta: { permission: 'catalog:read' },
      },
      {
        path: '/staff',
        name: 'staff',
        component: () => import('./views/staff/StaffView.vue'),
        meta: { permission: 'staff:manage' },
      },
      {
        path: '/inventory',
        name: 'inventory',
        component: () => import('./views/inventory/InventoryView.vue'),
        meta: { permission: 'inventory:read' },
      },
      {
        path: '/orders',
        name: 'orders',
        component: () => import('./views/orders/OrdersView.vue'),
        meta: { permission: 'orders:read' },
      },
      {
        path: '/customers',
        name: 'customers',
        component: () => import('./views/customers/CustomersView.vue'),
        meta: { permission: 'customers:read' },
      },
      {
        path: '/privacy-requests',
        name: 'privacy-requests',
        component: () => import('./views/privacy-requests/PrivacyRequestsView.vue'),
        meta: { permission: 'customers:read' },
      },
      {
        path: '/risk',
        name: 'risk',
        component: () => import('./views/risk/RiskView.vue'),
        meta: { permission: 'risk:review' },
      },
      {
        path: '/coupons',
        name: 'coupons',
        component: () => import('./views/coupons/CouponsView.vue'),
        meta: { permission: 'promotions:read' },
      },
      {
        path: '/reviews',
        name: 'reviews',
        component: () => import('./views/reviews/ReviewsView.vue'),
        meta: { permission: 'reviews:moderate' },
      },
      {
        path: '/security',
        name: 'security',
        component: () => import('./views/security/SecurityView.vue'),
        meta: { permission: 'staff:manage' },
      },
      // Any signed-in staff member's own page (passkeys): no permission needed.
      { path: '/profile', name: 'profile', component: () => import('./views/profile/ProfileView.vue') },
      { path: '/:rest(.*)*', redirect: '/' },
    ],
  });
  router.beforeEach(async (to) => {
    if (to.meta.public) return true;
    if (!session.signedIn) return { name: 'sign-in', query: { redirect: to.fullPath } };
    await session.load().catch(() => undefined);
    if (!session.signedIn) return { name: 'sign-in', query: { redirect: to.fullPath } };
    if (to.meta.permission && !session.can(to.meta.permission)) {
      return to.name === 'orders' ? { name: 'products' } : { name: 'orders' };
    }
    return true;
  });
  return router;
}
