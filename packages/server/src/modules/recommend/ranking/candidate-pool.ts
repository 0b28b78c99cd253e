import type { ExplanationCode, ExplanationParams } from './explanations.ts';

export interface Reason {
  code: ExplanationCode;
  params: ExplanationParams;
}

export interface Candidate {
  index: number;
  score: number;
  /** The reason that contributed most, which becomes the item's explanation. */
  reason: Reason;
  reasonWeight: number;
}

/** Candidates from every generator, their contributions summed, each remembering its strongest reason. */
export class CandidatePool {
  readonly candidates = new Map<number, Candidate>();

  add(index: number, weight: number, reason: Reason): void {
    if (!(weight > 0)) return;
    const found = this.candidates.get(index);
    if (!found) {
      this.candidates.set(index, { index, score: weight, reason, reasonWeight: weight });
      return;
    }
    found.score += weight;
    if (weight > found.reasonWeight) {
      found.reason = reason;
      found.reasonWeight = weight;
    }
  }
}
