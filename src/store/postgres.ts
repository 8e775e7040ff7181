// The scale-out store: PostgreSQL shared by many ingest workers and API servers. Same columns as
// the SQLite store, so a database moves between them row by row; full-text search is a generated
// tsvector with a GIN index, near-duplicate lookup the same MinHash LSH band index.
// A schema other than `public` is chosen in the URL: `?options=-c%20search_path%3Dname`.
import pg from 'pg';
import type { Article, CanonicalEvent, Cut, Event, Story } from '../model.ts';
import type { ArticleAnalysis, ArticleQuery, ArticleSummary, EventQuery, Store, StoryProfile } from '../store.ts';
import { bands, similarity } from '../dedupe/minhash.ts';
import { inTransaction } from './postgres/transaction.ts';
import { TEXT_SEARCH_CONFIG, searchTerms } from './postgres/text.ts';
import { EVENTS_SCHEMA, PostgresEvents, type CanonicalSummary } from './postgres/events.ts';
import { STORIES_SCHEMA, PostgresStories } from './postgres/stories.ts';
import { STORY_INDEX_SCHEMA, PostgresStoryIndex } from './postgres/story-index.ts';

export { searchTerms };

/** Connections per process: ingest writes one article per transaction, so a few suffice; servers cap total connections at ~100. */
const POOL_MAX = 10;
/** Candidates read per LSH band, earliest first, as in the SQLite store: a band shared by more is boilerplate, not a copy. */
const BAND_CANDIDATE_LIMIT = 50;
/** Default page size of listArticles, the same as the SQLite store's. */
const DEFAULT_LIMIT = 100;
/** Serializes schema creation: two workers starting at once would race on CREATE … IF NOT EXISTS. */
const SCHEMA_LOCK_KEY = 0x51747265; // "Sitre"

const SCHEMA = `
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY,
  url TEXT, canonical_url TEXT, title TEXT, published TEXT, author TEXT, outlet TEXT,
  source TEXT NOT NULL, language TEXT, fingerprint TEXT NOT NULL, duplicate_of TEXT,
  ingested_at TEXT NOT NULL, error TEXT,
  text TEXT NOT NULL, cut JSONB NOT NULL,
  search TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('${TEXT_SEARCH_CONFIG}', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('${TEXT_SEARCH_CONFIG}', text), 'B')
  ) STORED
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_url ON articles(url);
CREATE INDEX IF NOT EXISTS articles_search ON articles USING GIN (search);
CREATE TABLE IF NOT EXISTS fingerprint_bands (
  band TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band, article_id)
);
`;

const SUMMARY_COLUMNS = 'id, url, title, published, outlet, language, duplicate_of, error';

interface SummaryRow {
  id: string; url: string | null; title: string | null; published: string | null; outlet: string | null;
  language: string | null; duplicate_of: string | null; error: string | null;
}

interface ArticleRow extends SummaryRow {
  canonical_url: string | null; author: string | null; source: string; fingerprint: string;
  ingested_at: string; text: string; cut: Cut[];
}

function toSummary(r: SummaryRow): ArticleSummary {
  return {
    id: r.id, url: r.url, title: r.title, published: r.published, outlet: r.outlet,
    language: r.language, duplicateOf: r.duplicate_of, error: r.error,
  };
}

/** The connection string with its password masked, for error messages and logs. */
export function redactUrl(connectionString: string): string {
  return connectionString.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  private events: PostgresEvents;
  private stories: PostgresStories;
  private storyIndex: PostgresStoryIndex;
  private constructor(private pool: pg.Pool) {
    this.events = new PostgresEvents(pool);
    this.stories = new PostgresStories(pool);
    this.storyIndex = new PostgresStoryIndex(pool);
  }

  /** Connects, creates the schema when absent (safe to run from many workers at once) and returns the store. */
  static async open(connectionString: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString, max: POOL_MAX });
    // An idle connection the server dropped is discarded by the pool and the next query opens a
    // new one; without a listener the 'error' event would crash the process.
    pool.on('error', () => {});
    try {
      await inTransaction(pool, async (c) => {
        await c.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_KEY]);
        await c.query(SCHEMA + EVENTS_SCHEMA + STORIES_SCHEMA + STORY_INDEX_SCHEMA);
      });
    } catch (err) {
      await pool.end().catch(() => {});
      throw new Error(`store: cannot open PostgreSQL database "${redactUrl(connectionString)}": ${(err as Error).message}`);
    }
    return new PostgresStore(pool);
  }

  async putArticle(a: Article): Promise<boolean> {
    return inTransaction(this.pool, async (c) => {
      const res = await c.query(
        `INSERT INTO articles (id, url, canonical_url, title, published, author, outlet, source,
           language, fingerprint, duplicate_of, ingested_at, error, text, cut)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         ON CONFLICT (id) DO NOTHING`,
        [a.id, a.url, a.canonicalUrl, a.title, a.published, a.author, a.outlet, a.source,
          a.language, a.fingerprint, a.duplicateOf, a.ingestedAt, a.error, a.text, JSON.stringify(a.cut)],
      );
      if (res.rowCount === 0) return false;
      // Only originals are band-indexed: copies link to an original, so lookups find the first copy.
      if (!a.duplicateOf && a.fingerprint) {
        await c.query(
          'INSERT INTO fingerprint_bands (band, article_id) SELECT unnest($1::text[]), $2',
          [bands(a.fingerprint), a.id],
        );
      }
      return true;
    });
  }

  async getArticle(id: string): Promise<Article | null> {
    const { rows } = await this.pool.query<ArticleRow>(`SELECT ${SUMMARY_COLUMNS}, canonical_url, author, source, fingerprint, ingested_at, text, cut
       FROM articles WHERE id = $1`, [id]);
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id, url: r.url, canonicalUrl: r.canonical_url, title: r.title, published: r.published,
      author: r.author, outlet: r.outlet, source: r.source, language: r.language, fingerprint: r.fingerprint,
      duplicateOf: r.duplicate_of, ingestedAt: r.ingested_at, error: r.error, text: r.text, cut: r.cut,
    };
  }

  async hasArticle(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM articles WHERE id = $1', [id]);
    return (rowCount ?? 0) > 0;
  }

  async listArticles(q: ArticleQuery = {}): Promise<ArticleSummary[]> {
    const limit = q.limit ?? DEFAULT_LIMIT;
    const offset = q.offset ?? 0;
    const dupFilter = q.withDuplicates ? '' : 'AND duplicate_of IS NULL';
    const terms = q.search ? searchTerms(q.search) : '';
    if (terms) {
      const { rows } = await this.pool.query<SummaryRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM articles, plainto_tsquery('${TEXT_SEARCH_CONFIG}', $1) AS query
         WHERE search @@ query ${dupFilter}
         ORDER BY ts_rank(search, query) DESC, id LIMIT $2 OFFSET $3`,
        [terms, limit, offset],
      );
      return rows.map(toSummary);
    }
    const { rows } = await this.pool.query<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles WHERE true ${dupFilter}
       ORDER BY published DESC NULLS LAST, ingested_at DESC, id LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return rows.map(toSummary);
  }

  async countArticles(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM articles');
    return Number(rows[0].n);
  }

  async findNearDuplicate(fingerprint: string, minSimilarity: number): Promise<string | null> {
    // One round trip: up to BAND_CANDIDATE_LIMIT originals per band, most shared bands first.
    const { rows } = await this.pool.query<{ id: string; fingerprint: string }>(
      `SELECT c.id, c.fingerprint FROM unnest($1::text[]) AS q(band)
       CROSS JOIN LATERAL (
         SELECT a.id, a.fingerprint, a.ingested_at FROM fingerprint_bands b JOIN articles a ON a.id = b.article_id
         WHERE b.band = q.band ORDER BY a.ingested_at LIMIT $2
       ) c
       GROUP BY c.id, c.fingerprint, c.ingested_at
       ORDER BY count(*) DESC, c.ingested_at, c.id`,
      [bands(fingerprint), BAND_CANDIDATE_LIMIT],
    );
    for (const row of rows) {
      if (similarity(row.fingerprint, fingerprint) >= minSimilarity) return row.id;
    }
    return null;
  }

  putAnalysis(a: ArticleAnalysis): Promise<void> {
    return this.stories.putAnalysis(a);
  }
  getAnalysis(articleId: string): Promise<ArticleAnalysis | null> {
    return this.stories.getAnalysis(articleId);
  }
  putMentions(articleId: string, events: Event[]): Promise<void> {
    return this.events.putMentions(articleId, events);
  }
  queryMentions(q: EventQuery): Promise<Event[]> {
    return this.events.query<Event>(q, 'mention');
  }
  getMentions(ids: string[]): Promise<Event[]> {
    return this.events.get<Event>(ids, 'mention');
  }
  putCanonical(events: CanonicalEvent[]): Promise<void> {
    return this.events.putCanonical(events);
  }
  deleteCanonical(ids: string[]): Promise<void> {
    return this.events.deleteCanonical(ids);
  }
  queryCanonical(q: EventQuery): Promise<CanonicalEvent[]> {
    return this.events.query<CanonicalEvent>(q, 'canonical');
  }
  canonicalSummaries(storyId: string): Promise<CanonicalSummary[]> {
    return this.events.summaries(storyId);
  }
  mergeCandidates(keys: string[], perKey: number): Promise<CanonicalEvent[]> {
    return this.events.mergeCandidates(keys, perKey);
  }
  evidenceArticles(eventId: string, fields: string[]): Promise<Record<string, string[]>> {
    return this.events.evidenceArticles(eventId, fields);
  }
  storyNewsSpan(storyId: string): Promise<{ start: string | null; end: string | null }> {
    return this.events.storyNewsSpan(storyId);
  }
  async getCanonical(id: string): Promise<CanonicalEvent | null> {
    return (await this.events.get<CanonicalEvent>([id], 'canonical'))[0] ?? null;
  }
  canonicalOfMention(mentionId: string): Promise<CanonicalEvent | null> {
    return this.events.canonicalOfMention(mentionId);
  }
  countEvents(q: EventQuery, canonical: boolean): Promise<number> {
    return this.events.count(q, canonical ? 'canonical' : 'mention');
  }
  putStory(story: Story): Promise<void> {
    return this.stories.put(story);
  }
  deleteStory(id: string): Promise<void> {
    return this.stories.delete(id);
  }
  getStory(id: string): Promise<Story | null> {
    return this.stories.get(id);
  }
  listStories(q: { limit?: number; offset?: number; articleId?: string } = {}): Promise<Story[]> {
    return this.stories.list(q);
  }
  putCannotLink(a: string, b: string, reason: string): Promise<void> {
    return this.events.putCannotLink(a, b, reason);
  }
  cannotLinks(mentionIds: string[]): Promise<[string, string][]> {
    return this.events.cannotLinks(mentionIds);
  }
  addTermDocument(articleId: string, terms: string[]): Promise<void> {
    return this.storyIndex.addTermDocument(articleId, terms);
  }
  termStats(terms: string[]): Promise<{ docs: number; df: Record<string, number> }> {
    return this.storyIndex.termStats(terms);
  }
  putStoryProfile(p: StoryProfile): Promise<void> {
    return this.storyIndex.put(p);
  }
  getStoryProfile(storyId: string): Promise<StoryProfile | null> {
    return this.storyIndex.get(storyId);
  }
  deleteStoryProfile(storyId: string): Promise<void> {
    return this.storyIndex.delete(storyId);
  }
  storyCandidates(keys: string[], since: string | null, until: string | null, perKey: number): Promise<StoryProfile[]> {
    return this.storyIndex.candidates(keys, since, until, perKey);
  }
  resetResolution(): Promise<void> {
    return this.storyIndex.reset();
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
