import {
  createSessionRecommender,
  type NextItemExample,
} from '../../packages/server/src/modules/recommend/engine/index.ts';
import { evaluateSystems, fitPopularity, type SystemMetrics } from './evaluation.ts';
import { findDatasetFile, ItemVocabulary, readUserSequences } from './read-datasets.ts';
import type { StageTimer } from './stage-timer.ts';

export interface LeaveOneOutResult {
  metrics: SystemMetrics;
  users: number;
  itemCount: number;
}

/**
 * Leave-one-out over user histories (S3-Rec's protocol): each user's last item is the test target and the one
 * before it the validation target. The blend's ranker learns on the validation targets with generators fitted on
 * the histories without them; the generators are then refitted on the histories up to the test item. With
 * `validation` everything shifts one step earlier, so the test items are never read.
 */
export async function runLeaveOneOutBenchmark(
  directory: string,
  validation: boolean,
  timer: StageTimer,
): Promise<LeaveOneOutResult> {
  const file = findDatasetFile(directory, 'Beauty.txt');
  if (!file) throw new Error(`${directory} has no Beauty.txt[.gz]`);
  const vocabulary = new ItemVocabulary();
  const histories = (await readUserSequences(file, vocabulary)).map((items) =>
    validation ? items.slice(0, -1) : items,
  );
  vocabulary.sealTraining();
  const itemCount = vocabulary.trainingItemCount;
  timer.lap('read');

  const usable = histories.filter((items) => items.length >= 3);
  const rankerSessions = usable.map((items) => items.slice(0, -2));
  const rankerExamples: NextItemExample[] = usable.map((items) => ({
    prefix: items.slice(0, -2),
    target: items[items.length - 2]!,
  }));
  const finalSessions = usable.map((items) => items.slice(0, -1));
  const queries = usable.map((items) => ({ prefix: items.slice(0, -1), target: items[items.length - 1]! }));

  const popularity = fitPopularity(finalSessions, itemCount);
  const blend = createSessionRecommender();
  blend.fitWithHoldout(rankerSessions, rankerExamples, finalSessions, itemCount);
  timer.lap('fit');
  const metrics = evaluateSystems({ popularity, blend }, queries, 10);
  timer.lap('evaluate');
  return { metrics, users: queries.length, itemCount };
}
