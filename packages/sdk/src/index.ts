import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema.d.ts';

export type { paths, components } from './schema.d.ts';
export type { Answer, Body } from './answers.ts';
export { ApiProblem, dataOf } from './problem.ts';

export interface HexamallClientOptions {
  baseUrl: string;
  /** Session token from /api/store/auth/sign-in or /api/admin/auth/sign-in. */
  token?: string;
  /** Merchant handle, for deployments that host several shops. */
  merchant?: string;
  /** Guest cart token returned by the cart routes. */
  cartToken?: string;
  fetch?: typeof fetch;
}

/**
 * A typed client for both APIs: paths, bodies and responses are checked against the server's OpenAPI
 * document, e.g. `client.GET('/api/store/products/{id}', { params: { path: { id } } })`.
 */
export function createHexamallClient(options: HexamallClientOptions): Client<paths> {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const headers: Middleware = {
    onRequest({ request }) {
      if (options.token) request.headers.set('authorization', `Bearer ${options.token}`);
      if (options.merchant) request.headers.set('x-hexamall-merchant', options.merchant);
      if (options.cartToken) request.headers.set('x-cart-token', options.cartToken);
      return request;
    },
  };
  client.use(headers);
  return client;
}

/** Generates an Idempotency-Key for order and payment creation; reuse it when retrying the same request. */
export function newIdempotencyKey(): string {
  return `idem_${crypto.randomUUID()}`;
}
