import autocannon from 'autocannon';
import type { History } from './history.ts';

export interface ScenarioResult {
  scenario: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

export interface LoadOptions {
  durationSeconds: number;
  connections: number;
}

export interface Scenario {
  name: string;
  /** The path of the n-th request, and the shopper token it carries, if any. */
  request(n: number): { path: string; token?: string | undefined };
}

/** Each surface as the storefront asks for it, rotating anchors and shoppers so no answer repeats. */
export function scenarios(history: History): Scenario[] {
  const ids = history.products.map((p) => p.id);
  const at = (n: number) => ids[n % ids.length]!;
  const shopper = (n: number) => history.shopperTokens[n % Math.max(1, history.shopperTokens.length)];
  const session = (n: number) => `bench_${n % history.sessions}_x`;
  return [
    { name: 'product detail (baseline)', request: (n) => ({ path: `/api/store/products/${at(n)}` }) },
    {
      name: 'home, guest',
      request: (n) => ({ path: `/api/store/recommendations?surface=home&sessionId=${session(n)}` }),
    },
    {
      name: 'home, personalised',
      request: (n) => ({ path: '/api/store/recommendations?surface=home', token: shopper(n) }),
    },
    {
      name: 'product page',
      request: (n) => ({
        path: `/api/store/recommendations?surface=product&productId=${at(n)}`,
        token: shopper(n),
      }),
    },
    {
      name: 'cart',
      request: (n) => ({
        path: `/api/store/recommendations?surface=cart&productId=${at(n)}&productId=${at(n + 7)}`,
        token: shopper(n),
      }),
    },
    {
      name: 'after purchase',
      request: (n) => ({ path: `/api/store/recommendations?surface=after_purchase&productId=${at(n)}` }),
    },
    {
      name: 'empty search',
      request: (n) => ({ path: '/api/store/recommendations?surface=empty_search', token: shopper(n) }),
    },
  ];
}

/** autocannon's request list for a scenario: the n-th request's path and shopper token. */
export function requestsOf(scenario: Scenario): autocannon.Request[] {
  let n = 0;
  return [
    {
      setupRequest: (request) => {
        const { path, token } = scenario.request(n++);
        return {
          ...request,
          path,
          headers: { ...request.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        };
      },
    },
  ];
}

export async function run(baseUrl: string, scenario: Scenario, load: LoadOptions): Promise<ScenarioResult> {
  const result = await autocannon({
    url: baseUrl,
    connections: load.connections,
    duration: load.durationSeconds,
    requests: requestsOf(scenario),
  });
  return {
    scenario: scenario.name,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
