import { HexamallSearch } from './hexamall.ts';
import { PlainBm25 } from './plain-bm25.ts';
import type { RelevanceSystem } from './system.ts';

const FACTORIES: Record<string, () => Promise<RelevanceSystem>> = {
  hexamall: async () => new HexamallSearch(),
  plain: async () => new PlainBm25(),
};

export const SYSTEM_NAMES = Object.keys(FACTORIES);

export async function createSystems(names: readonly string[]): Promise<RelevanceSystem[]> {
  return Promise.all(
    names.map((n) => {
      const make = FACTORIES[n];
      if (!make) throw new Error(`unknown system ${n}; known: ${SYSTEM_NAMES.join(', ')}`);
      return make();
    }),
  );
}
