/** Cross-validation folds of the learned re-ranker: by query text (FNV-1a of its trimmed lower case), so the
 *  same words asked twice, in one set or in both, always fall in the same fold and never train their own test. */
export const FOLDS = 5;

export function foldOf(query: string, folds = FOLDS): number {
  let hash = 0x811c9dc5;
  for (const ch of query.trim().toLowerCase()) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % folds;
}
