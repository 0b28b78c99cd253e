import type { paths } from '@hexamall/sdk';

type Ok<T> = T extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;

export type AssessmentPage = Ok<paths['/api/admin/risk/assessments']['get']>;
export type Assessment = AssessmentPage['items'][number];
export type RiskReason = Assessment['reasons'][number];
export type RiskThresholds = Ok<paths['/api/admin/risk/settings']['get']>;
export type AssessmentView = 'held' | 'reviewed' | 'scored';
