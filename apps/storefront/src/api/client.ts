import { createHexamallClient, newIdempotencyKey } from '@hexamall/sdk';

export { newIdempotencyKey };

/** What every request carries, read at request time so a sign-in or a language switch applies at once. */
export interface RequestIdentity {
  token(): string | undefined;
  cartToken(): string | undefined;
  locale(): string;
}

let identity: RequestIdentity = { token: () => undefined, cartToken: () => undefined, locale: () => 'zh-CN' };

export function setRequestIdentity(next: RequestIdentity): void {
  identity = next;
}

function origin(): string {
  return typeof location === 'undefined' ? 'http://localhost' : location.origin;
}

export const api = createHexamallClient({ baseUrl: origin() });
api.use({
  onRequest({ request }) {
    const token = identity.token();
    const cartToken = identity.cartToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    if (cartToken) request.headers.set('x-cart-token', cartToken);
    request.headers.set('accept-language', identity.locale());
    return request;
  },
});
