import { api } from '../../api/client.ts';
import { dataOf } from '../../api/problem.ts';
import type { Funnel, Portrait } from './analytics-shaping.ts';

export async function loadFunnel(range: { from: string; to: string }): Promise<Funnel> {
  return dataOf(await api.GET('/api/admin/analytics/funnel', { params: { query: range } }));
}

export async function loadPortrait(): Promise<Portrait> {
  return dataOf(await api.GET('/api/admin/analytics/portrait', {}));
}
