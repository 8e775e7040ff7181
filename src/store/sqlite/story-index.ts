// Story clustering state in SQLite: document frequencies of terms and keys, one profile per story,
// and an inverted index (key → stories, with the story's span) so candidates are found by key and
// time window, never by scanning every story.
import type Database from 'better-sqlite3';
import type { StoryProfile } from '../../store.ts';
import { Statements } from './statements.ts';

/** Stored in place of a missing span bound, so undated stories fall inside every window. */
const OPEN_START = '0000-00-00';
const OPEN_END = '9999-99-99';
/**
 * The number of counted articles, kept as a pseudo-term in term_df: `count(*)` over term_docs
 * reads the whole table, which made clustering cost grow with the store.
 */
const DOCS_KEY = '\u0000docs';

export const STORY_INDEX_SCHEMA = `
CREATE TABLE IF NOT EXISTS term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS term_docs (article_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_profiles (story_id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS story_keys (key TEXT NOT NULL, end_day TEXT NOT NULL, start_day TEXT NOT NULL, story_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS story_keys_key ON story_keys(key, end_day);
CREATE INDEX IF NOT EXISTS story_keys_story ON story_keys(story_id);
`;

export class SqliteStoryIndex {
  private sql: Statements;
  constructor(private db: Database.Database) {
    this.sql = new Statements(db);
  }

  addTermDocument(articleId: string, terms: string[]): void {
    this.db.transaction(() => {
      this.docCount(); // before the insert: a first count must not include this article, bumped below
      if (this.sql.get('INSERT OR IGNORE INTO term_docs (article_id) VALUES (?)').run(articleId).changes === 0) return;
      const bump = this.sql.get('INSERT INTO term_df (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1');
      for (const t of new Set([...terms.filter((t) => t !== DOCS_KEY), DOCS_KEY])) bump.run(t);
    })();
  }

  /** Counted articles; a store filled before the counter existed gets it from one count, once. */
  private docCount(): number {
    const row = this.sql.get('SELECT df FROM term_df WHERE term = ?').get(DOCS_KEY) as { df: number } | undefined;
    if (row) return row.df;
    const n = (this.sql.get('SELECT count(*) AS n FROM term_docs').get() as { n: number }).n;
    this.sql.get('INSERT INTO term_df (term, df) VALUES (?, ?)').run(DOCS_KEY, n);
    return n;
  }

  termStats(terms: string[]): { docs: number; df: Record<string, number> } {
    const docs = this.docCount();
    const df: Record<string, number> = {};
    // One statement for any number of terms: the list travels as one JSON parameter, so the
    // statement is prepared once instead of once per IN-list length.
    const rows = this.sql.get('SELECT term, df FROM term_df WHERE term IN (SELECT value FROM json_each(?))').all(JSON.stringify([...new Set(terms)])) as { term: string; df: number }[];
    for (const r of rows) df[r.term] = r.df;
    return { docs, df };
  }

  put(p: StoryProfile): void {
    this.db.transaction(() => {
      this.sql.get('INSERT OR REPLACE INTO story_profiles (story_id, json) VALUES (?, ?)').run(p.storyId, JSON.stringify(p));
      this.sql.get('DELETE FROM story_keys WHERE story_id = ?').run(p.storyId);
      const add = this.sql.get('INSERT INTO story_keys (key, end_day, start_day, story_id) VALUES (?, ?, ?, ?)');
      for (const k of new Set(p.index)) add.run(k, p.end ?? OPEN_END, p.start ?? OPEN_START, p.storyId);
    })();
  }

  get(storyId: string): StoryProfile | null {
    const r = this.sql.get('SELECT json FROM story_profiles WHERE story_id = ?').get(storyId) as { json: string } | undefined;
    return r ? (JSON.parse(r.json) as StoryProfile) : null;
  }

  delete(storyId: string): void {
    this.sql.get('DELETE FROM story_profiles WHERE story_id = ?').run(storyId);
    this.sql.get('DELETE FROM story_keys WHERE story_id = ?').run(storyId);
  }

  candidates(keys: string[], since: string | null, until: string | null, perKey: number): StoryProfile[] {
    const byKey = this.sql.get(
      'SELECT story_id FROM story_keys WHERE key = ? AND end_day >= ? AND start_day <= ? ORDER BY end_day DESC LIMIT ?',
    );
    const ids = new Set<string>();
    for (const k of new Set(keys)) {
      for (const r of byKey.all(k, since ?? OPEN_START, until ?? OPEN_END, perKey) as { story_id: string }[]) ids.add(r.story_id);
    }
    const get = this.sql.get('SELECT json FROM story_profiles WHERE story_id = ?');
    return [...ids].map((id) => get.get(id) as { json: string } | undefined).filter((r) => r).map((r) => JSON.parse(r!.json) as StoryProfile);
  }

  /** Clears clustering state and stories; returns the canonical event ids for the caller to delete with their indexes. */
  reset(): string[] {
    for (const t of ['term_df', 'term_docs', 'story_profiles', 'story_keys', 'stories', 'story_articles']) this.db.exec(`DELETE FROM ${t}`);
    return (this.sql.get("SELECT id FROM events WHERE kind = 'canonical'").all() as { id: string }[]).map((r) => r.id);
  }
}
