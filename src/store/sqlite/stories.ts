// Stories and per-article annotations in SQLite, stored as JSON with the keys they are looked up by.
import type Database from 'better-sqlite3';
import { Statements } from './statements.ts';
import type { Story } from '../../model.ts';
import type { ArticleAnalysis } from '../../store.ts';

export const STORIES_SCHEMA = `
CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, start TEXT, "end" TEXT, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS stories_end ON stories("end");
CREATE TABLE IF NOT EXISTS story_articles (story_id TEXT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (story_id, article_id));
CREATE INDEX IF NOT EXISTS story_articles_article ON story_articles(article_id);
CREATE TABLE IF NOT EXISTS analyses (article_id TEXT PRIMARY KEY, json TEXT NOT NULL);
`;

export class SqliteStories {
  private sql: Statements;
  constructor(private db: Database.Database) {
    this.sql = new Statements(db);
  }

  put(s: Story): void {
    this.db.transaction(() => {
      this.sql.get('INSERT OR REPLACE INTO stories (id, start, "end", json) VALUES (?, ?, ?, ?)').run(s.id, s.start, s.end, JSON.stringify(s));
      // Only the changed links are written: a story grows by one article at a time, and
      // rewriting all its links made each write cost as much as the story is long.
      const had = new Set((this.sql.get('SELECT article_id FROM story_articles WHERE story_id = ?').pluck().all(s.id) as string[]));
      const keep = new Set(s.articleIds);
      const drop = this.sql.get('DELETE FROM story_articles WHERE story_id = ? AND article_id = ?');
      for (const a of had) if (!keep.has(a)) drop.run(s.id, a);
      const add = this.sql.get('INSERT OR IGNORE INTO story_articles (story_id, article_id) VALUES (?, ?)');
      for (const a of keep) if (!had.has(a)) add.run(s.id, a);
    })();
  }

  delete(id: string): void {
    this.sql.get('DELETE FROM stories WHERE id = ?').run(id);
    this.sql.get('DELETE FROM story_articles WHERE story_id = ?').run(id);
  }

  get(id: string): Story | null {
    const r = this.sql.get('SELECT json FROM stories WHERE id = ?').get(id) as { json: string } | undefined;
    return r ? (JSON.parse(r.json) as Story) : null;
  }

  list(q: { limit?: number; offset?: number; articleId?: string }): Story[] {
    const rows = q.articleId
      ? this.sql.get('SELECT s.json FROM stories s JOIN story_articles sa ON sa.story_id = s.id WHERE sa.article_id = ? ORDER BY s."end" DESC LIMIT ? OFFSET ?').all(q.articleId, q.limit ?? 100, q.offset ?? 0)
      : this.sql.get('SELECT json FROM stories ORDER BY "end" IS NULL, "end" DESC, id LIMIT ? OFFSET ?').all(q.limit ?? 100, q.offset ?? 0);
    return (rows as { json: string }[]).map((r) => JSON.parse(r.json) as Story);
  }

  putAnalysis(a: ArticleAnalysis): void {
    this.sql.get('INSERT OR REPLACE INTO analyses (article_id, json) VALUES (?, ?)').run(a.articleId, JSON.stringify(a));
  }

  getAnalysis(articleId: string): ArticleAnalysis | null {
    const r = this.sql.get('SELECT json FROM analyses WHERE article_id = ?').get(articleId) as { json: string } | undefined;
    return r ? (JSON.parse(r.json) as ArticleAnalysis) : null;
  }
}
