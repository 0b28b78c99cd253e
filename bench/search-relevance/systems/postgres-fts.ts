import { PGlite } from '@electric-sql/pglite';
import type { CorpusRecord } from '../dataset.ts';
import type { RelevanceSystem } from './system.ts';

const BATCH = 500;

/**
 * PostgreSQL full-text search as a shop would set it up: an English tsvector with the title weighted A and the
 * description B, a GIN index, and ts_rank. The query's lexemes are OR-ed: plainto_tsquery ANDs them, which
 * leaves many product queries with nothing.
 */
export class PostgresFullText implements RelevanceSystem {
  readonly name = 'PostgreSQL FTS (PGlite)';
  private db: PGlite | undefined;

  async index(corpus: readonly CorpusRecord[]): Promise<void> {
    const db = new PGlite();
    await db.exec(`create table products (id text primary key, title text, description text, doc tsvector);`);
    for (let i = 0; i < corpus.length; i += BATCH) {
      const rows = corpus.slice(i, i + BATCH);
      const params: string[] = [];
      const values = rows.map((r, j) => {
        params.push(r.id, r.title, r.description);
        return `($${j * 3 + 1}, $${j * 3 + 2}, $${j * 3 + 3})`;
      });
      await db.query(`insert into products (id, title, description) values ${values.join(',')}`, params);
    }
    await db.exec(`
      update products set doc = setweight(to_tsvector('english', coalesce(title, '')), 'A')
                              || setweight(to_tsvector('english', coalesce(description, '')), 'B');
      create index products_doc_idx on products using gin (doc);
      analyze products;`);
    this.db = db;
  }

  async search(query: string, depth: number): Promise<string[]> {
    const { rows } = await this.db!.query<{ id: string }>(
      `with q as (select nullif(replace(plainto_tsquery('english', $1)::text, '&', '|'), '')::tsquery as q)
       select id from products, q where doc @@ q.q order by ts_rank(doc, q.q) desc, id limit $2`,
      [query, depth],
    );
    return rows.map((r) => r.id);
  }

  async close(): Promise<void> {
    await this.db?.close();
  }
}
