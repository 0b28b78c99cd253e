import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import { decodeCursor, fail, ok, toPage, type Ctx, type Result } from '../../../platform/index.ts';
import { riskAssessments, type RiskDecision } from '../schema.ts';
import { toRiskAssessment, type RiskAssessment } from '../views.ts';

/** held: the review queue; reviewed: what reviewers decided (and what lapsed); scored: everything else. */
export const ASSESSMENT_VIEWS = {
  held: ['held'],
  reviewed: ['approved', 'rejected', 'lapsed'],
  scored: ['allowed', 'released'],
} as const satisfies Record<string, readonly RiskDecision[]>;
export type AssessmentView = keyof typeof ASSESSMENT_VIEWS;

/** The merchant's assessments in one view, newest first (ids are time-ordered). */
export async function listRiskAssessments(
  ctx: Ctx,
  query: { view: AssessmentView; limit: number; cursor?: string | undefined },
): Promise<{ items: RiskAssessment[]; nextCursor: string | null }> {
  const before = decodeCursor(query.cursor, ['id']);
  const rows = await ctx.db
    .select()
    .from(riskAssessments)
    .where(
      and(
        eq(riskAssessments.merchantId, ctx.merchantId),
        inArray(riskAssessments.decision, [...ASSESSMENT_VIEWS[query.view]]),
        before ? lt(riskAssessments.id, before.id) : undefined,
      ),
    )
    .orderBy(desc(riskAssessments.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => ({ id: r.id }));
  return { items: page.items.map(toRiskAssessment), nextCursor: page.nextCursor };
}

export async function getRiskAssessment(ctx: Ctx, assessmentId: string): Promise<Result<RiskAssessment>> {
  const [row] = await ctx.db
    .select()
    .from(riskAssessments)
    .where(and(eq(riskAssessments.merchantId, ctx.merchantId), eq(riskAssessments.id, assessmentId)));
  return row ? ok(toRiskAssessment(row)) : fail('RISK_ASSESSMENT_NOT_FOUND');
}
