// Story clustering state in PostgreSQL, the same tables as the SQLite store's
// (src/store/sqlite/story-index.ts): document frequencies of terms and keys, one profile per story,
// and an inverted index (key → stories, with the story's span) so candidates are found by key and
// time window, never by scanning every story.
import type pg from 'pg';
import type { StoryProfile } from '../../store.ts';
import { inTransaction } from './transaction.ts';

/** Stored in place of a missing span bound, so undated stories fall inside every window (as in SQLite). */
const OPEN_START = '0000-00-00';
const OPEN_END = '9999-99-99';

// Profiles are JSON, not JSONB: JSONB reorders object keys, and the summed term weights must be
// read back in the order they were written so cosines add up to the same floats as in SQLite.
// The article count sits in one row beside term_docs because count(*) reads the whole table,
// and clustering asks for it once per article.
export const STORY_INDEX_SCHEMA = `
CREATE TABLE IF NOT EXISTS term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS term_docs (article_id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS term_docs_count (only_row BOOLEAN PRIMARY KEY DEFAULT true CHECK (only_row), docs INTEGER NOT NULL);
INSERT INTO term_docs_count (docs) SELECT count(*) FROM term_docs WHERE NOT EXISTS (SELECT 1 FROM term_docs_count)
  ON CONFLICT (only_row) DO NOTHING;
CREATE TABLE IF NOT EXISTS story_profiles (story_id TEXT PRIMARY KEY, record JSON NOT NULL);
CREATE TABLE IF NOT EXISTS story_keys (
  key TEXT NOT NULL, end_day TEXT COLLATE "C" NOT NULL, start_day TEXT COLLATE "C" NOT NULL, story_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS story_keys_key ON story_keys (key, end_day DESC, story_id);
CREATE INDEX IF NOT EXISTS story_keys_story ON story_keys (story_id);
`;

export class PostgresStoryIndex {
  constructor(private pool: pg.Pool) {}

  async addTermDocument(articleId: string, terms: string[]): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      const added = await c.query('INSERT INTO term_docs (article_id) VALUES ($1) ON CONFLICT DO NOTHING', [articleId]);
      if (added.rowCount === 0) return;
      await c.query('UPDATE term_docs_count SET docs = docs + 1');
      // Distinct (one statement may not update a row twice) and sorted, so concurrent writers lock rows in one order.
      await c.query(
        `INSERT INTO term_df (term, df) SELECT t, 1 FROM unnest($1::text[]) AS t ORDER BY t
         ON CONFLICT (term) DO UPDATE SET df = term_df.df + 1`,
        [[...new Set(terms)]],
      );
    });
  }

  async termStats(terms: string[]): Promise<{ docs: number; df: Record<string, number> }> {
    const [count, found] = await Promise.all([
      this.pool.query<{ docs: number }>('SELECT docs FROM term_docs_count'),
      this.pool.query<{ term: string; df: number }>('SELECT term, df FROM term_df WHERE term = ANY($1::text[])', [[...new Set(terms)]]),
    ]);
    const df: Record<string, number> = {};
    for (const r of found.rows) df[r.term] = r.df;
    return { docs: count.rows[0]?.docs ?? 0, df };
  }

  async put(p: StoryProfile): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query(
        `INSERT INTO story_profiles (story_id, record) VALUES ($1, $2)
         ON CONFLICT (story_id) DO UPDATE SET record = EXCLUDED.record`,
        [p.storyId, JSON.stringify(p)],
      );
      await c.query('DELETE FROM story_keys WHERE story_id = $1', [p.storyId]);
      await c.query(
        'INSERT INTO story_keys (key, end_day, start_day, story_id) SELECT unnest($1::text[]), $2, $3, $4',
        [[...new Set(p.index)], p.end ?? OPEN_END, p.start ?? OPEN_START, p.storyId],
      );
    });
  }

  async get(storyId: string): Promise<StoryProfile | null> {
    const { rows } = await this.pool.query<{ record: StoryProfile }>('SELECT record FROM story_profiles WHERE story_id = $1', [storyId]);
    return rows[0]?.record ?? null;
  }

  async delete(storyId: string): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query('DELETE FROM story_profiles WHERE story_id = $1', [storyId]);
      await c.query('DELETE FROM story_keys WHERE story_id = $1', [storyId]);
    });
  }

  /** One round trip: up to `perKey` stories per key from the (key, end_day) index, latest-ending first. */
  async candidates(keys: string[], since: string | null, until: string | null, perKey: number): Promise<StoryProfile[]> {
    if (!keys.length) return [];
    const { rows } = await this.pool.query<{ record: StoryProfile }>(
      `SELECT p.record FROM story_profiles p WHERE p.story_id IN (
         SELECT k.story_id FROM unnest($1::text[]) AS q(key)
         CROSS JOIN LATERAL (
           SELECT s.story_id FROM story_keys s WHERE s.key = q.key AND s.end_day >= $2 AND s.start_day <= $3
           ORDER BY s.end_day DESC, s.story_id LIMIT $4
         ) k)
       ORDER BY p.story_id`,
      [[...new Set(keys)], since ?? OPEN_START, until ?? OPEN_END, perKey],
    );
    return rows.map((r) => r.record);
  }

  /** Forgets stories, canonical events, profiles and term counts in one transaction; mentions and cannot-links stay. */
  async reset(): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query(`DELETE FROM term_df; DELETE FROM term_docs; UPDATE term_docs_count SET docs = 0;
        DELETE FROM story_profiles; DELETE FROM story_keys; DELETE FROM stories; DELETE FROM story_articles;
        DELETE FROM events WHERE kind = 'canonical'; DELETE FROM mention_canonical`);
    });
  }
}
