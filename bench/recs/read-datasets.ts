import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

/** A next-item query: what the shopper saw, in order, and the item they went to next. */
export interface NextItemQuery {
  prefix: number[];
  target: number;
}

/**
 * Maps the datasets' item ids to dense indexes. Training items are indexed first, so every index below
 * `trainingItemCount` is known to the generators; ids first met in test data get indexes above it, which the
 * generators ignore and which can never be recommended (a miss, as in the papers).
 */
export class ItemVocabulary {
  private readonly indexes = new Map<string, number>();
  trainingItemCount = 0;

  indexOf(id: string): number {
    let index = this.indexes.get(id);
    if (index === undefined) {
      index = this.indexes.size;
      this.indexes.set(id, index);
    }
    return index;
  }

  sealTraining(): void {
    this.trainingItemCount = this.indexes.size;
  }
}

/** `name` or `name.gz` inside dir, whichever exists. */
export function findDatasetFile(dir: string, name: string): string | undefined {
  for (const candidate of [join(dir, name), join(dir, `${name}.gz`)])
    if (existsSync(candidate)) return candidate;
  return undefined;
}

export async function* readLines(path: string): AsyncGenerator<string> {
  const raw = createReadStream(path);
  const input = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  for await (const line of createInterface({ input, crlfDelay: Infinity }))
    if (line.trim() !== '') yield line;
}

function idsOf(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

export async function readSessionsFile(path: string, vocabulary: ItemVocabulary): Promise<number[][]> {
  const sessions: number[][] = [];
  for await (const line of readLines(path)) sessions.push(idsOf(line).map((id) => vocabulary.indexOf(id)));
  return sessions;
}

/** Rows of "prefix<TAB>next_item" after a header line. */
export async function readQueriesFile(path: string, vocabulary: ItemVocabulary): Promise<NextItemQuery[]> {
  const queries: NextItemQuery[] = [];
  let header = true;
  for await (const line of readLines(path)) {
    if (header) {
      header = false;
      continue;
    }
    const [prefixText = '', targetText = ''] = line.split('\t');
    const prefix = idsOf(prefixText).map((id) => vocabulary.indexOf(id));
    if (prefix.length === 0 || targetText.trim() === '') continue;
    queries.push({ prefix, target: vocabulary.indexOf(targetText.trim()) });
  }
  return queries;
}

/**
 * Rebuilds whole sessions from SR-GNN's augmented rows, which list each session's prefixes longest first:
 * ([a b c], d), ([a b], c), ([a], b). A row continues the current session when it is exactly the previous
 * row's prefix shortened by one; otherwise it starts a new session.
 */
export function sessionsFromAugmentedRows(rows: readonly NextItemQuery[]): number[][] {
  const sessions: number[][] = [];
  let previous: NextItemQuery | undefined;
  for (const row of rows) {
    if (!previous || !continuesSession(previous, row)) sessions.push([...row.prefix, row.target]);
    previous = row;
  }
  return sessions;
}

function continuesSession(previous: NextItemQuery, row: NextItemQuery): boolean {
  if (row.prefix.length !== previous.prefix.length - 1) return false;
  if (row.target !== previous.prefix[row.prefix.length]) return false;
  return row.prefix.every((item, index) => item === previous.prefix[index]);
}

/** Lines of "user item1 item2 ..." in time order: the amazon_beauty leave-one-out format. */
export async function readUserSequences(path: string, vocabulary: ItemVocabulary): Promise<number[][]> {
  const sequences: number[][] = [];
  for await (const line of readLines(path)) {
    const [, ...items] = idsOf(line);
    sequences.push(items.map((id) => vocabulary.indexOf(id)));
  }
  return sequences;
}
