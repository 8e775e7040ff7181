// The embedded default store: one SQLite file, FTS5 for article search, a band index for
// near-duplicate lookup. Writes are synchronous and each article commits on its own, so a crash
// mid-batch loses nothing that was reported as stored.
import Database from 'better-sqlite3';
import type { Article, CanonicalEvent, Event, Story } from '../model.ts';
import type { ArticleAnalysis, ArticleQuery, ArticleSummary, EventQuery, Store, StoryProfile } from '../store.ts';
import { bands, similarity } from '../dedupe/minhash.ts';
import { ftsQuery } from './sqlite/text.ts';
import { Statements } from './sqlite/statements.ts';
import { EVENTS_SCHEMA, SqliteEvents, type CanonicalSummary } from './sqlite/events.ts';
import { STORIES_SCHEMA, SqliteStories } from './sqlite/stories.ts';
import { STORY_INDEX_SCHEMA, SqliteStoryIndex } from './sqlite/story-index.ts';

export { ftsQuery };

const SCHEMA = `
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  url TEXT, canonical_url TEXT, title TEXT, published TEXT, author TEXT, outlet TEXT,
  source TEXT NOT NULL, language TEXT, fingerprint TEXT NOT NULL, duplicate_of TEXT,
  ingested_at TEXT NOT NULL, error TEXT,
  text TEXT NOT NULL, cut TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_url ON articles(url);
CREATE TABLE IF NOT EXISTS fingerprint_bands (band TEXT NOT NULL, article_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS fingerprint_bands_band ON fingerprint_bands(band);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
`;

const SUMMARY_COLUMNS = 'id, url, title, published, outlet, language, duplicate_of, error';

interface SummaryRow {
  id: string; url: string | null; title: string | null; published: string | null; outlet: string | null;
  language: string | null; duplicate_of: string | null; error: string | null;
}

function toSummary(r: SummaryRow): ArticleSummary {
  return {
    id: r.id, url: r.url, title: r.title, published: r.published, outlet: r.outlet,
    language: r.language, duplicateOf: r.duplicate_of, error: r.error,
  };
}


export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private sql: Statements;
  private events: SqliteEvents;
  private stories: SqliteStories;
  private storyIndex: SqliteStoryIndex;
  private constructor(private db: Database.Database) {
    this.sql = new Statements(db);
    this.events = new SqliteEvents(db);
    this.stories = new SqliteStories(db);
    this.storyIndex = new SqliteStoryIndex(db);
  }

  static open(file: string): SqliteStore {
    let db: Database.Database;
    try {
      db = new Database(file);
      db.exec(SCHEMA + EVENTS_SCHEMA + STORIES_SCHEMA + STORY_INDEX_SCHEMA);
    } catch (err) {
      throw new Error(`store: cannot open SQLite database "${file}": ${(err as Error).message}`);
    }
    return new SqliteStore(db);
  }

  async putArticle(a: Article): Promise<boolean> {
    const insert = this.db.transaction((): boolean => {
      const info = this.sql
        .get(
          `INSERT OR IGNORE INTO articles (id, url, canonical_url, title, published, author, outlet, source,
             language, fingerprint, duplicate_of, ingested_at, error, text, cut)
           VALUES (@id, @url, @canonicalUrl, @title, @published, @author, @outlet, @source,
             @language, @fingerprint, @duplicateOf, @ingestedAt, @error, @text, @cut)`,
        )
        .run({ ...a, cut: JSON.stringify(a.cut) });
      if (info.changes === 0) return false;
      // Only originals are band-indexed: copies link to an original, so lookups find the first copy.
      if (!a.duplicateOf && a.fingerprint) {
        const ins = this.sql.get('INSERT INTO fingerprint_bands (band, article_id) VALUES (?, ?)');
        for (const b of bands(a.fingerprint)) ins.run(b, a.id);
      }
      return true;
    });
    return insert();
  }

  async getArticle(id: string): Promise<Article | null> {
    const r = this.sql.get('SELECT * FROM articles WHERE id = ?').get(id) as Record<string, string | null> | undefined;
    if (!r) return null;
    return {
      id: r.id!, url: r.url, canonicalUrl: r.canonical_url, title: r.title, published: r.published,
      author: r.author, outlet: r.outlet, source: r.source!, language: r.language, fingerprint: r.fingerprint!,
      duplicateOf: r.duplicate_of, ingestedAt: r.ingested_at!, error: r.error, text: r.text!,
      cut: JSON.parse(r.cut!),
    };
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.sql.get('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  async listArticles(q: ArticleQuery = {}): Promise<ArticleSummary[]> {
    const limit = q.limit ?? 100;
    const offset = q.offset ?? 0;
    const dupFilter = q.withDuplicates ? '' : 'AND a.duplicate_of IS NULL';
    if (q.search && ftsQuery(q.search)) {
      const rows = this.db
        .prepare(
          `SELECT ${SUMMARY_COLUMNS.split(', ').map((c) => 'a.' + c).join(', ')} FROM articles_fts f
           JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ? ${dupFilter}
           ORDER BY bm25(articles_fts) LIMIT ? OFFSET ?`,
        )
        .all(ftsQuery(q.search), limit, offset) as SummaryRow[];
      return rows.map(toSummary);
    }
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE 1=1 ${dupFilter}
         ORDER BY published IS NULL, published DESC, ingested_at DESC LIMIT ? OFFSET ?`,
      )
      .all(limit, offset) as SummaryRow[];
    return rows.map(toSummary);
  }

  async countArticles(): Promise<number> {
    return (this.sql.get('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  async findNearDuplicate(fingerprint: string, minSimilarity: number): Promise<string | null> {
    const stmt = this.sql.get(
      `SELECT b.article_id AS id, a.fingerprint AS fingerprint FROM fingerprint_bands b JOIN articles a ON a.id = b.article_id
       WHERE b.band = ? ORDER BY a.ingested_at LIMIT 50`,
    );
    for (const band of bands(fingerprint)) {
      for (const row of stmt.all(band) as { id: string; fingerprint: string }[]) {
        if (similarity(row.fingerprint, fingerprint) >= minSimilarity) return row.id;
      }
    }
    return null;
  }

  async putAnalysis(a: ArticleAnalysis): Promise<void> {
    this.stories.putAnalysis(a);
  }
  async getAnalysis(articleId: string): Promise<ArticleAnalysis | null> {
    return this.stories.getAnalysis(articleId);
  }
  async putMentions(articleId: string, events: Event[]): Promise<void> {
    this.events.putMentions(articleId, events);
  }
  async queryMentions(q: EventQuery): Promise<Event[]> {
    return this.events.query<Event>(q, 'mention');
  }
  async getMentions(ids: string[]): Promise<Event[]> {
    return this.events.get<Event>(ids, 'mention');
  }
  async putCanonical(events: CanonicalEvent[]): Promise<void> {
    this.events.putCanonical(events);
  }
  async deleteCanonical(ids: string[]): Promise<void> {
    this.events.deleteCanonical(ids);
  }
  async queryCanonical(q: EventQuery): Promise<CanonicalEvent[]> {
    return this.events.query<CanonicalEvent>(q, 'canonical');
  }
  async canonicalSummaries(storyId: string): Promise<CanonicalSummary[]> {
    return this.events.summaries(storyId);
  }
  async mergeCandidates(keys: string[], perKey: number): Promise<CanonicalEvent[]> {
    return this.events.mergeCandidates(keys, perKey);
  }
  async evidenceArticles(eventId: string, fields: string[]): Promise<Record<string, string[]>> {
    return this.events.evidenceArticles(eventId, fields);
  }
  async storyNewsSpan(storyId: string): Promise<{ start: string | null; end: string | null }> {
    return this.events.storyNewsSpan(storyId);
  }
  async getCanonical(id: string): Promise<CanonicalEvent | null> {
    return this.events.get<CanonicalEvent>([id], 'canonical')[0] ?? null;
  }
  async canonicalOfMention(mentionId: string): Promise<CanonicalEvent | null> {
    return this.events.canonicalOfMention(mentionId);
  }
  async countEvents(q: EventQuery, canonical: boolean): Promise<number> {
    return this.events.count(q, canonical ? 'canonical' : 'mention');
  }
  async putStory(story: Story): Promise<void> {
    this.stories.put(story);
  }
  async deleteStory(id: string): Promise<void> {
    this.stories.delete(id);
  }
  async getStory(id: string): Promise<Story | null> {
    return this.stories.get(id);
  }
  async listStories(q: { limit?: number; offset?: number; articleId?: string } = {}): Promise<Story[]> {
    return this.stories.list(q);
  }
  async putCannotLink(a: string, b: string, reason: string): Promise<void> {
    this.events.putCannotLink(a, b, reason);
  }
  async cannotLinks(mentionIds: string[]): Promise<[string, string][]> {
    return this.events.cannotLinks(mentionIds);
  }
  async addTermDocument(articleId: string, terms: string[]): Promise<void> {
    this.storyIndex.addTermDocument(articleId, terms);
  }
  async termStats(terms: string[]): Promise<{ docs: number; df: Record<string, number> }> {
    return this.storyIndex.termStats(terms);
  }
  async putStoryProfile(p: StoryProfile): Promise<void> {
    this.storyIndex.put(p);
  }
  async getStoryProfile(storyId: string): Promise<StoryProfile | null> {
    return this.storyIndex.get(storyId);
  }
  async deleteStoryProfile(storyId: string): Promise<void> {
    this.storyIndex.delete(storyId);
  }
  async storyCandidates(keys: string[], since: string | null, until: string | null, perKey: number): Promise<StoryProfile[]> {
    return this.storyIndex.candidates(keys, since, until, perKey);
  }
  async resetResolution(): Promise<void> {
    this.db.transaction(() => this.events.deleteCanonical(this.storyIndex.reset()))();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
