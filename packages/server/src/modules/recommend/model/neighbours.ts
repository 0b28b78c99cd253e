/** A scored item, by its dense catalogue index. */
export interface Neighbour {
  index: number;
  score: number;
}

export function topNeighbours(found: Neighbour[], k: number): Neighbour[] {
  return found
    .filter((n) => n.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, k);
}

/** The k best of a score map, best first. */
export function topOfMap(scores: ReadonlyMap<number, number>, k: number): Neighbour[] {
  return topNeighbours(
    [...scores].map(([index, score]) => ({ index, score })),
    k,
  );
}
