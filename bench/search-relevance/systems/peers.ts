import { create, insertMultiple, search as oramaSearch, type AnyOrama } from '@orama/orama';
import MiniSearch from 'minisearch';
import FlexSearch from 'flexsearch';
import type { CorpusRecord } from '../dataset.ts';
import type { RelevanceSystem } from './system.ts';

// Every peer runs with its documented defaults over the same two text fields, title boosted as in Hexamall.

export class OramaSystem implements RelevanceSystem {
  readonly name = '@orama/orama';
  private db: AnyOrama | undefined;

  async index(corpus: readonly CorpusRecord[]): Promise<void> {
    this.db = create({ schema: { id: 'string', title: 'string', description: 'string' } as const });
    await insertMultiple(
      this.db,
      corpus.map((r) => ({ id: r.id, title: r.title, description: r.description })),
      1000,
    );
  }

  async search(query: string, depth: number): Promise<string[]> {
    const result = await oramaSearch(this.db!, {
      term: query,
      properties: ['title', 'description'],
      boost: { title: 3 },
      limit: depth,
    });
    return result.hits.map((h) => String(h.document.id));
  }
}

export class MiniSearchSystem implements RelevanceSystem {
  readonly name = 'minisearch';
  private readonly index_ = new MiniSearch<{ id: string; title: string; description: string }>({
    fields: ['title', 'description'],
    storeFields: [],
  });

  async index(corpus: readonly CorpusRecord[]): Promise<void> {
    this.index_.addAll(corpus.map((r) => ({ id: r.id, title: r.title, description: r.description })));
  }

  async search(query: string, depth: number): Promise<string[]> {
    return this.index_
      .search(query, { boost: { title: 3 } })
      .slice(0, depth)
      .map((r) => String(r.id));
  }
}

interface FlexDocument {
  add(doc: Record<string, string>): unknown;
  search(query: string, options: Record<string, unknown>): { id: string | number; field?: string[] }[];
}

export class FlexSearchSystem implements RelevanceSystem {
  readonly name = 'flexsearch';
  private readonly index_ = new (
    FlexSearch as unknown as { Document: new (o: object) => FlexDocument }
  ).Document({
    document: { id: 'id', index: ['title', 'description'] },
    tokenize: 'forward',
  });

  async index(corpus: readonly CorpusRecord[]): Promise<void> {
    for (const r of corpus) this.index_.add({ id: r.id, title: r.title, description: r.description });
  }

  async search(query: string, depth: number): Promise<string[]> {
    // merge: one list across fields; suggest: return partial matches instead of nothing when not every word matches.
    const hits = this.index_.search(query, { limit: depth, merge: true, suggest: true });
    return hits.map((h) => String(h.id));
  }
}
