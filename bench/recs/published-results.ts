/** Numbers from the papers, as listed in shared/datasets/README.md; session sets in %, amazon_beauty as fractions. */
export const publishedSessionResults: Record<string, Record<string, { precision: number; mrr: number }>> = {
  diginetica: {
    GRU4Rec: { precision: 29.45, mrr: 8.33 },
    NARM: { precision: 49.7, mrr: 16.17 },
    STAMP: { precision: 45.64, mrr: 14.32 },
    'SR-GNN': { precision: 50.73, mrr: 17.59 },
    'GCE-GNN': { precision: 54.22, mrr: 19.04 },
    MSGAT: { precision: 66.97, mrr: 26.91 },
  },
  yoochoose1_64: {
    GRU4Rec: { precision: 60.64, mrr: 22.89 },
    NARM: { precision: 68.32, mrr: 28.63 },
    'SR-GNN': { precision: 70.57, mrr: 30.94 },
  },
};

export const publishedLeaveOneOutResults: Record<string, { hitRate: number; ndcg: number }> = {
  PopRec: { hitRate: 0.0152, ndcg: 0.0068 },
  GRU4Rec: { hitRate: 0.0283, ndcg: 0.0137 },
  SASRec: { hitRate: 0.0605, ndcg: 0.0318 },
  'S3-Rec': { hitRate: 0.0647, ndcg: 0.0327 },
};

/** The acceptance bar per dataset (metric name -> value in the table's units). */
export const goals: Record<string, Record<string, number>> = {
  diginetica: { 'P@20': 55, 'MRR@20': 19.5 },
  yoochoose1_64: { 'P@20': 72, 'MRR@20': 31.5 },
  amazon_beauty: { 'HR@10': 0.0605, 'NDCG@10': 0.0318 },
};
