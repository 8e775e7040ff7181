// Stories and per-article annotations in PostgreSQL, stored as JSONB with the keys they are looked up by.
import type pg from 'pg';
import type { Story } from '../../model.ts';
import type { ArticleAnalysis } from '../../store.ts';
import { inTransaction } from './transaction.ts';

/** Default page size of listStories, the same as the SQLite store's. */
const DEFAULT_LIMIT = 100;

export const STORIES_SCHEMA = `
CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, start TEXT COLLATE "C", "end" TEXT COLLATE "C", record JSONB NOT NULL);
CREATE INDEX IF NOT EXISTS stories_end ON stories ("end" DESC NULLS LAST, id);
CREATE TABLE IF NOT EXISTS story_articles (story_id TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (story_id, article_id));
CREATE INDEX IF NOT EXISTS story_articles_article ON story_articles (article_id);
CREATE TABLE IF NOT EXISTS analyses (article_id TEXT PRIMARY KEY, record JSONB NOT NULL);
`;

export class PostgresStories {
  constructor(private pool: pg.Pool) {}

  /** Replaces the story whole, with its article links. */
  async put(s: Story): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query(
        `INSERT INTO stories (id, start, "end", record) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET start = EXCLUDED.start, "end" = EXCLUDED."end", record = EXCLUDED.record`,
        [s.id, s.start, s.end, JSON.stringify(s)],
      );
      await c.query('DELETE FROM story_articles WHERE story_id = $1', [s.id]);
      await c.query(
        'INSERT INTO story_articles (story_id, article_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING',
        [s.id, s.articleIds],
      );
    });
  }

  async delete(id: string): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query('DELETE FROM stories WHERE id = $1', [id]);
      await c.query('DELETE FROM story_articles WHERE story_id = $1', [id]);
    });
  }

  async get(id: string): Promise<Story | null> {
    const { rows } = await this.pool.query<{ record: Story }>('SELECT record FROM stories WHERE id = $1', [id]);
    return rows[0]?.record ?? null;
  }

  /** Latest-ending stories first; with `articleId`, only the stories that article belongs to. */
  async list(q: { limit?: number; offset?: number; articleId?: string }): Promise<Story[]> {
    const page = [q.limit ?? DEFAULT_LIMIT, q.offset ?? 0];
    const { rows } = q.articleId
      ? await this.pool.query<{ record: Story }>(
        `SELECT s.record FROM stories s JOIN story_articles sa ON sa.story_id = s.id WHERE sa.article_id = $1
         ORDER BY s."end" DESC NULLS LAST, s.id LIMIT $2 OFFSET $3`, [q.articleId, ...page])
      : await this.pool.query<{ record: Story }>(
        'SELECT record FROM stories ORDER BY "end" DESC NULLS LAST, id LIMIT $1 OFFSET $2', page);
    return rows.map((r) => r.record);
  }

  async putAnalysis(a: ArticleAnalysis): Promise<void> {
    await this.pool.query(
      `INSERT INTO analyses (article_id, record) VALUES ($1, $2)
       ON CONFLICT (article_id) DO UPDATE SET record = EXCLUDED.record`,
      [a.articleId, JSON.stringify(a)],
    );
  }

  async getAnalysis(articleId: string): Promise<ArticleAnalysis | null> {
    const { rows } = await this.pool.query<{ record: ArticleAnalysis }>('SELECT record FROM analyses WHERE article_id = $1', [articleId]);
    return rows[0]?.record ?? null;
  }
}
