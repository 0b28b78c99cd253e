import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import HomeView from './views/home/HomeView.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** Show the bottom tab bar. */
    tab?: boolean;
    /** Needs a signed-in shopper: others are sent to sign in and come back. */
    shopper?: boolean;
  }
}

// Home is in the first load; every other page is its own chunk, fetched when first visited.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView, meta: { tab: true } },
  {
    path: '/categories',
    name: 'categories',
    component: () => import('./views/category/CategoryView.vue'),
    meta: { tab: true },
  },
  { path: '/category/:id', name: 'listing', component: () => import('./views/listing/ListingView.vue') },
  { path: '/search', name: 'search', component: () => import('./views/search/SearchView.vue') },
  { path: '/product/:id', name: 'product', component: () => import('./views/product/ProductView.vue') },
  {
    path: '/product/:id/reviews',
    name: 'product-reviews',
    component: () => import('./views/product/ReviewsView.vue'),
  },
  { path: '/cart', name: 'cart', component: () => import('./views/cart/CartView.vue'), meta: { tab: true } },
  {
    path: '/checkout',
    name: 'checkout',
    component: () => import('./views/checkout/CheckoutView.vue'),
    meta: { shopper: true },
  },
  {
    path: '/orders',
    name: 'orders',
    component: () => import('./views/orders/OrdersView.vue'),
    meta: { shopper: true },
  },
  {
    path: '/orders/:id',
    name: 'order',
    component: () => import('./views/orders/OrderDetailView.vue'),
    meta: { shopper: true },
  },
  {
    path: '/me',
    name: 'me',
    component: () => import('./views/account/AccountView.vue'),
    meta: { tab: true },
  },
  { path: '/sign-in', name: 'sign-in', component: () => import('./views/account/SignInView.vue') },
  { path: '/sign-up', name: 'sign-up', component: () => import('./views/account/SignUpView.vue') },
  {
    path: '/addresses',
    name: 'addresses',
    component: () => import('./views/address/AddressesView.vue'),
    meta: { shopper: true },
  },
  {
    path: '/addresses/:id',
    name: 'address',
    component: () => import('./views/address/AddressEditView.vue'),
    meta: { shopper: true },
  },
  { path: '/favourites', name: 'favourites', component: () => import('./views/account/FavouritesView.vue') },
  { path: '/creator/:id', name: 'creator', component: () => import('./views/account/CreatorView.vue') },
  {
    path: '/passkeys',
    name: 'passkeys',
    component: () => import('./views/account/PasskeysView.vue'),
    meta: { shopper: true },
  },
  {
    path: '/privacy',
    name: 'privacy',
    component: () => import('./views/privacy/PrivacyCentreView.vue'),
    meta: { shopper: true },
  },
  { path: '/:rest(.*)*', redirect: '/' },
];

export function createAppRouter(isSignedIn: () => boolean) {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
  router.beforeEach((to) => {
    if (to.meta.shopper && !isSignedIn()) return { name: 'sign-in', query: { redirect: to.fullPath } };
    return true;
  });
  return router;
}
