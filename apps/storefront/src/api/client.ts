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

/**
 * A GET for routes the generated SDK does not describe yet (search lands separately): same headers,
 * problem+json errors thrown as ApiProblem by the caller.
 */
export async function getUntyped(path: string, query: URLSearchParams): Promise<Response> {
  const headers = new Headers({ accept: 'application/json', 'accept-language': identity.locale() });
  const token = identity.token();
  if (token) headers.set('authorization', `Bearer ${token}`);
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  return fetch(`${origin()}${path}${suffix}`, { headers });
}
