import { HexamallSearch } from './hexamall.ts';
import { FlexSearchSystem, MiniSearchSystem, OramaSystem } from './peers.ts';
import { PlainBm25 } from './plain-bm25.ts';
import { PostgresFullText } from './postgres-fts.ts';
import type { RelevanceSystem } from './system.ts';

const FACTORIES: Record<string, () => RelevanceSystem> = {
  hexamall: () => new HexamallSearch(),
  plain: () => new PlainBm25(),
  orama: () => new OramaSystem(),
  minisearch: () => new MiniSearchSystem(),
  flexsearch: () => new FlexSearchSystem(),
  postgres: () => new PostgresFullText(),
};

export const SYSTEM_NAMES = Object.keys(FACTORIES);

/** Systems are made one at a time, as they are evaluated, so only one index is in memory at once. */
export function createSystem(name: string): RelevanceSystem {
  const make = FACTORIES[name];
  if (!make) throw new Error(`unknown system ${name}; known: ${SYSTEM_NAMES.join(', ')}`);
  return make();
}
