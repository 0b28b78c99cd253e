/**
 * Top-k ranking metrics for next-item evaluation, accumulated one query at a time. Values are fractions
 * (0..1); papers print P@20 and MRR@20 multiplied by 100.
 */
export class RankingMetrics {
  private queries = 0;
  private hits = 0;
  private reciprocalRankSum = 0;
  private discountedGainSum = 0;

  constructor(readonly cutoff: number) {}

  /** Records one query: `ranked` is the recommendation list, best first; only its first `cutoff` items count. */
  record(ranked: readonly number[], target: number): void {
    this.queries++;
    const limit = Math.min(this.cutoff, ranked.length);
    for (let rank = 0; rank < limit; rank++) {
      if (ranked[rank] !== target) continue;
      this.hits++;
      this.reciprocalRankSum += 1 / (rank + 1);
      this.discountedGainSum += 1 / Math.log2(rank + 2);
      return;
    }
  }

  get count(): number {
    return this.queries;
  }

  /** Share of queries whose target is in the top k: "P@k" in the session papers, "HR@k" in the sequential ones. */
  get hitRate(): number {
    return this.queries === 0 ? 0 : this.hits / this.queries;
  }

  get meanReciprocalRank(): number {
    return this.queries === 0 ? 0 : this.reciprocalRankSum / this.queries;
  }

  /** NDCG@k with a single relevant item, whose ideal DCG is 1. */
  get ndcg(): number {
    return this.queries === 0 ? 0 : this.discountedGainSum / this.queries;
  }
}
