import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  findDatasetFile,
  ItemVocabulary,
  readQueriesFile,
  readSessionsFile,
  readUserSequences,
  sessionsFromAugmentedRows,
} from './read-datasets.ts';

describe('recs dataset readers', () => {
  it('rebuilds whole sessions from augmented prefix rows', () => {
    const rows = [
      { prefix: [1, 2, 3], target: 4 },
      { prefix: [1, 2], target: 3 },
      { prefix: [1], target: 2 },
      { prefix: [7], target: 8 },
      { prefix: [1], target: 2 },
    ];
    expect(sessionsFromAugmentedRows(rows)).toEqual([
      [1, 2, 3, 4],
      [7, 8],
      [1, 2],
    ]);
  });

  it('reads gzipped sessions and plain test rows into one vocabulary, unknown test items indexed last', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'recs-'));
    writeFileSync(join(directory, 'train_sessions.txt.gz'), gzipSync('10 11 12\n11 13\n'));
    writeFileSync(join(directory, 'test.tsv'), 'prefix\tnext_item\n10 11\t13\n99\t10\n');
    const vocabulary = new ItemVocabulary();
    const sessions = await readSessionsFile(findDatasetFile(directory, 'train_sessions.txt')!, vocabulary);
    vocabulary.sealTraining();
    const queries = await readQueriesFile(findDatasetFile(directory, 'test.tsv')!, vocabulary);
    expect(sessions).toEqual([
      [0, 1, 2],
      [1, 3],
    ]);
    expect(vocabulary.trainingItemCount).toBe(4);
    expect(queries).toEqual([
      { prefix: [0, 1], target: 3 },
      { prefix: [4], target: 0 },
    ]);
  });

  it('reads leave-one-out user histories without the user id', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'recs-'));
    writeFileSync(join(directory, 'Beauty.txt'), '1 5 6 7\n2 6 8\n');
    const sequences = await readUserSequences(
      findDatasetFile(directory, 'Beauty.txt')!,
      new ItemVocabulary(),
    );
    expect(sequences).toEqual([
      [0, 1, 2],
      [1, 3],
    ]);
  });
});
