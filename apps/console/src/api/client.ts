import { createHexamallClient, newIdempotencyKey } from '@hexamall/sdk';

export { newIdempotencyKey };

let token: () => string | undefined = () => undefined;
let locale: () => string = () => 'zh-CN';

/** Read at request time, so a sign-in or a language switch applies to the next request. */
export function setRequestIdentity(next: { token: () => string | undefined; locale: () => string }): void {
  token = next.token;
  locale = next.locale;
}

export const api = createHexamallClient({
  baseUrl: typeof location === 'undefined' ? 'http://localhost' : location.origin,
});
api.use({
  onRequest({ request }) {
    const bearer = token();
    if (bearer) request.headers.set('authorization', `Bearer ${bearer}`);
    request.headers.set('accept-language', locale());
    return request;
  },
});
