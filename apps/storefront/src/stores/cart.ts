import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { api } from '../api/client.ts';
import { dataOf } from '../api/problem.ts';
import type { Cart } from '../api/types.ts';

const CART_TOKEN_KEY = 'hm.cart';

/**
 * The cart as the server prices it. Guests carry a cart token; after sign-in the next cart call merges the
 * guest cart into the account and the token is dropped.
 */
export const useCartStore = defineStore('cart', () => {
  const cartToken = ref<string | undefined>(globalThis.localStorage?.getItem(CART_TOKEN_KEY) ?? undefined);
  const cart = ref<Cart | undefined>();
  const count = computed(() => cart.value?.itemCount ?? 0);

  function keep(next: Cart, signedIn: boolean) {
    cart.value = next;
    if (signedIn) {
      cartToken.value = undefined;
      localStorage.removeItem(CART_TOKEN_KEY);
    } else if (next.cartToken) {
      cartToken.value = next.cartToken;
      localStorage.setItem(CART_TOKEN_KEY, next.cartToken);
    }
    return next;
  }

  async function load(signedIn: boolean) {
    return keep(dataOf(await api.GET('/api/store/cart', {})), signedIn);
  }

  async function add(skuId: string, quantity: number, signedIn: boolean) {
    return keep(dataOf(await api.POST('/api/store/cart/items', { body: { skuId, quantity } })), signedIn);
  }

  async function setQuantity(lineId: string, quantity: number, signedIn: boolean) {
    const answer = await api.PATCH('/api/store/cart/items/{id}', {
      params: { path: { id: lineId } },
      body: { quantity },
    });
    return keep(dataOf(answer), signedIn);
  }

  async function remove(lineId: string, signedIn: boolean) {
    const answer = await api.DELETE('/api/store/cart/items/{id}', { params: { path: { id: lineId } } });
    return keep(dataOf(answer), signedIn);
  }

  function clear() {
    cart.value = undefined;
  }

  return { cartToken, cart, count, load, add, setQuantity, remove, clear };
});
