import { createSessionRecommender } from '../../packages/server/src/modules/recommend/engine/index.ts';
import { evaluateSystems, fitPopularity, type SystemMetrics } from './evaluation.ts';
import {
  findDatasetFile,
  ItemVocabulary,
  type NextItemQuery,
  readQueriesFile,
  readSessionsFile,
  sessionsFromAugmentedRows,
} from './read-datasets.ts';
import type { StageTimer } from './stage-timer.ts';
import type { SessionEmbeddingOptions } from '../../packages/server/src/modules/recommend/engine/index.ts';

export interface SessionBenchmarkResult {
  metrics: SystemMetrics;
  trainingSessions: number;
  itemCount: number;
  queries: number;
}

/** Share of the training sessions (the latest) that `--validation` evaluates on instead of the test file. */
const validationFraction = 0.1;

/**
 * The SR-GNN protocol: fit on the training sessions, then for every test row rank all items after its prefix
 * and look for the row's next item in the top 20. With `validation`, the test file is not read at all: the
 * latest training sessions play its part, which is where settings are tuned.
 */
export async function runSessionBenchmark(
  directory: string,
  validation: boolean,
  timer: StageTimer,
  neural: Partial<SessionEmbeddingOptions> = {},
): Promise<SessionBenchmarkResult> {
  const { sessions, queries, itemCount } = await loadSessionData(directory, validation);
  timer.lap('read');

  const popularity = fitPopularity(sessions, itemCount);
  const blend = createSessionRecommender({ neural });
  blend.fit(sessions, itemCount);
  timer.lap('fit');
  const metrics = evaluateSystems({ popularity, blend }, queries, 20, (done) =>
    timer.note(`evaluated ${done}/${queries.length}`),
  );
  timer.lap('evaluate');
  return { metrics, trainingSessions: sessions.length, itemCount, queries: queries.length };
}

export interface SessionData {
  /** Training sessions, oldest first (without the validation slice when validating). */
  sessions: number[][];
  queries: NextItemQuery[];
  itemCount: number;
}

/** Training sessions and the rows to evaluate: the test file, or with `validation` the latest training sessions. */
export async function loadSessionData(directory: string, validation: boolean): Promise<SessionData> {
  const vocabulary = new ItemVocabulary();
  const sessionsFile = findDatasetFile(directory, 'train_sessions.txt');
  const augmentedFile = findDatasetFile(directory, 'train_augmented.tsv');
  let sessions: number[][];
  if (sessionsFile) sessions = await readSessionsFile(sessionsFile, vocabulary);
  else if (augmentedFile)
    sessions = sessionsFromAugmentedRows(await readQueriesFile(augmentedFile, vocabulary));
  else throw new Error(`${directory} has neither train_sessions.txt[.gz] nor train_augmented.tsv[.gz]`);
  vocabulary.sealTraining();
  const itemCount = vocabulary.trainingItemCount;

  let queries: NextItemQuery[];
  if (validation) {
    const cut = Math.floor(sessions.length * (1 - validationFraction));
    queries = sessions.slice(cut).flatMap((session) => prefixQueries(session));
    sessions = sessions.slice(0, cut);
  } else {
    const testFile = findDatasetFile(directory, 'test.tsv');
    if (!testFile) throw new Error(`${directory} has no test.tsv[.gz]`);
    queries = await readQueriesFile(testFile, vocabulary);
  }
  return { sessions, queries, itemCount };
}

/** Every prefix of a session with the item that followed it, as SR-GNN builds its test rows. */
export function prefixQueries(session: readonly number[]): NextItemQuery[] {
  const queries: NextItemQuery[] = [];
  for (let end = 1; end < session.length; end++)
    queries.push({ prefix: session.slice(0, end), target: session[end]! });
  return queries;
}
