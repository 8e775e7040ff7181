// Events in PostgreSQL: one row per event (mention or canonical) with the filterable fields as
// columns, the record as JSONB, actor keys as a text[] under GIN, a GiST index on point(lon, lat)
// for boxes (built-in geometry, no PostGIS) and a tsvector under GIN for text.
import type pg from 'pg';
import type { CanonicalEvent, Event } from '../../model.ts';
import type { EventQuery, Store } from '../../store.ts';
import { actorKeys, canonicalMergeKeys, dateBounds, newsDays, searchBody, sideRows, storedRecord, storedSteps } from '../event-keys.ts';
import { assembleRecords, EVENT_HISTORY_SCHEMA, evidenceArticles, migrateOlder, writeMentionLinks, writeSideRows } from './event-history.ts';
import { DATE_RANGE, eventFilter, type EventKind } from './event-filter.ts';
import { TEXT_SEARCH_CONFIG } from './text.ts';
import { inTransaction } from './transaction.ts';

/** A canonical event's indexed columns: Store.canonicalSummaries. */
export type CanonicalSummary = Awaited<ReturnType<Store['canonicalSummaries']>>[number];

/** Default page size of event queries, the same as the SQLite store's. */
const DEFAULT_LIMIT = 100;
/** Events per INSERT: one JSON parameter each; a few hundred keep statements well under a few MB. */
const INSERT_BATCH = 500;
/** First key of the per-article advisory lock, so two workers re-extracting one article take turns. */
const MENTION_LOCK_CLASS = 0x4d656e74; // "Ment"

// Dates are text in the "C" collation: ISO strings compare byte-wise, the way SQLite compares them.
// The ordered indexes end in (date_start DESC NULLS LAST, id), the order every query returns.
// A window query ("since X until Y") bounds date_start on one side only, so a btree alone reads
// every older event; event_dates, a range type over that text, lets a GiST index find the ranges
// that overlap the window. least/greatest keep a reversed or half-missing range valid.
export const EVENTS_SCHEMA = `
DO $$ BEGIN
  CREATE TYPE event_dates AS RANGE (subtype = text, collation = "C");
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('mention', 'canonical')),
  article_id TEXT,
  type TEXT NOT NULL, country TEXT,
  date_start TEXT COLLATE "C", date_end TEXT COLLATE "C",
  lat DOUBLE PRECISION, lon DOUBLE PRECISION,
  main BOOLEAN NOT NULL, background BOOLEAN NOT NULL, modality TEXT NOT NULL,
  story_id TEXT,
  actor_keys TEXT[] NOT NULL,
  search TSVECTOR NOT NULL,
  record JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS events_kind_date ON events (kind, date_start DESC NULLS LAST, id);
CREATE INDEX IF NOT EXISTS events_kind_type_date ON events (kind, type, date_start DESC NULLS LAST, id);
CREATE INDEX IF NOT EXISTS events_kind_country_date ON events (kind, country, date_start DESC NULLS LAST);
CREATE INDEX IF NOT EXISTS events_article ON events (article_id);
CREATE INDEX IF NOT EXISTS events_story ON events (story_id);
CREATE INDEX IF NOT EXISTS events_actor_keys ON events USING GIN (actor_keys);
CREATE INDEX IF NOT EXISTS events_search ON events USING GIN (search);
CREATE INDEX IF NOT EXISTS events_place ON events USING GIST (point(lon, lat));
CREATE INDEX IF NOT EXISTS events_dates ON events USING GIST (${DATE_RANGE});
CREATE TABLE IF NOT EXISTS mention_canonical (mention_id TEXT PRIMARY KEY, canonical_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS mention_canonical_canonical ON mention_canonical (canonical_id);
CREATE TABLE IF NOT EXISTS cannot_link (a TEXT NOT NULL, b TEXT NOT NULL, reason TEXT, at TEXT NOT NULL, PRIMARY KEY (a, b));
CREATE INDEX IF NOT EXISTS cannot_link_b ON cannot_link (b);
CREATE TABLE IF NOT EXISTS canonical_merge_keys (event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE, key TEXT NOT NULL, mentions INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS canonical_merge_keys_key ON canonical_merge_keys (key, mentions DESC, event_id);
CREATE INDEX IF NOT EXISTS canonical_merge_keys_event ON canonical_merge_keys (event_id);
CREATE TABLE IF NOT EXISTS story_news_days (event_id TEXT PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE, story_id TEXT NOT NULL, first TEXT COLLATE "C" NOT NULL, last TEXT COLLATE "C" NOT NULL);
CREATE INDEX IF NOT EXISTS story_news_days_first ON story_news_days (story_id, first);
CREATE INDEX IF NOT EXISTS story_news_days_last ON story_news_days (story_id, last);
${EVENT_HISTORY_SCHEMA}`;

/** The merge index rows and timeline days of canonical events, written after their event rows (the keys refer to them). */
async function indexCanonical(c: pg.PoolClient, events: CanonicalEvent[]): Promise<void> {
  const ids = events.map((e) => e.id);
  await c.query('DELETE FROM canonical_merge_keys WHERE event_id = ANY($1::text[])', [ids]);
  await c.query('DELETE FROM story_news_days WHERE event_id = ANY($1::text[])', [ids]);
  const keys = events.flatMap((e) => canonicalMergeKeys(e).map((k) => [e.id, k, e.mentionIds.length] as const));
  await c.query(
    'INSERT INTO canonical_merge_keys (event_id, key, mentions) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])',
    [keys.map((k) => k[0]), keys.map((k) => k[1]), keys.map((k) => k[2])],
  );
  const days = events.flatMap((e) => {
    const d = newsDays(e);
    return d && e.storyId ? [[e.id, e.storyId, d.first, d.last] as const] : [];
  });
  await c.query(
    'INSERT INTO story_news_days (event_id, story_id, first, last) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])',
    [days.map((d) => d[0]), days.map((d) => d[1]), days.map((d) => d[2]), days.map((d) => d[3])],
  );
}


function toRow(e: Event, kind: EventKind, articleId: string | null, storyId: string | null) {
  return {
    id: e.id, kind, article_id: articleId, type: e.type, country: e.location?.country ?? null,
    date_start: dateBounds(e).first, date_end: dateBounds(e).last,
    lat: e.location?.lat ?? null, lon: e.location?.lon ?? null, main: e.main, background: e.background,
    modality: e.modality, story_id: storyId, actor_keys: actorKeys(e), body: searchBody(e),
    record: kind === 'canonical' ? storedRecord(e as CanonicalEvent, storedSteps(e as CanonicalEvent)) : e,
  };
}

/** The last of several events with one id wins, as when they are written one after another. */
function lastById<T extends { id: string }>(items: T[]): T[] {
  return [...new Map(items.map((x) => [x.id, x])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Writes rows by id, replacing any event stored under the same id (ids sorted, so concurrent writers lock in one order). */
async function upsert(c: pg.PoolClient, rows: ReturnType<typeof toRow>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    await c.query(
      `INSERT INTO events (id, kind, article_id, type, country, date_start, date_end, lat, lon, main, background,
         modality, story_id, actor_keys, search, record)
       SELECT r.id, r.kind, r.article_id, r.type, r.country, r.date_start, r.date_end, r.lat, r.lon, r.main,
         r.background, r.modality, r.story_id, r.actor_keys, to_tsvector('${TEXT_SEARCH_CONFIG}', r.body), r.record
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, kind text, article_id text, type text, country text,
         date_start text, date_end text, lat float8, lon float8, main boolean, background boolean, modality text,
         story_id text, actor_keys text[], body text, record jsonb)
       ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, article_id = EXCLUDED.article_id, type = EXCLUDED.type,
         country = EXCLUDED.country, date_start = EXCLUDED.date_start, date_end = EXCLUDED.date_end,
         lat = EXCLUDED.lat, lon = EXCLUDED.lon, main = EXCLUDED.main, background = EXCLUDED.background,
         modality = EXCLUDED.modality, story_id = EXCLUDED.story_id, actor_keys = EXCLUDED.actor_keys,
         search = EXCLUDED.search, record = EXCLUDED.record`,
      [JSON.stringify(rows.slice(i, i + INSERT_BATCH))],
    );
  }
}

export class PostgresEvents {
  constructor(private pool: pg.Pool) {}

  /** Whole records from before the side tables are split once, before the first canonical read or write. */
  private migrated: Promise<void> | null = null;
  private ready(): Promise<void> {
    return (this.migrated ??= migrateOlder(this.pool));
  }

  async putMentions(articleId: string, events: Event[]): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [MENTION_LOCK_CLASS, articleId]);
      await c.query("DELETE FROM events WHERE kind = 'mention' AND article_id = $1", [articleId]);
      await upsert(c, lastById(events).map((e) => toRow(e, 'mention', articleId, null)));
    });
  }

  async putCanonical(events: CanonicalEvent[]): Promise<void> {
    if (!events.length) return;
    const canon = lastById(events);
    await this.ready();
    // An event extended by a merge keeps the full-text words of spans its bounded record no longer holds.
    const extended = canon.filter((e) => sideRows(e).base === e.id).map((e) => e.id);
    await inTransaction(this.pool, async (c) => {
      const stored = (await c.query<{ id: string; words: string }>('SELECT id, strip(search)::text AS words FROM events WHERE id = ANY($1::text[])', [extended])).rows;
      await upsert(c, canon.map((e) => toRow(e, 'canonical', null, e.storyId)));
      await c.query(
        'UPDATE events e SET search = e.search || o.words::tsvector FROM unnest($1::text[], $2::text[]) AS o(id, words) WHERE e.id = o.id',
        [stored.map((r) => r.id), stored.map((r) => r.words)],
      );
      await writeSideRows(c, canon);
      await indexCanonical(c, canon);
      await writeMentionLinks(c, events);
    });
  }

  async deleteCanonical(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await inTransaction(this.pool, async (c) => {
      await c.query("DELETE FROM events WHERE kind = 'canonical' AND id = ANY($1::text[])", [ids]);
      await c.query('DELETE FROM mention_canonical WHERE canonical_id = ANY($1::text[])', [ids]);
    });
  }

  async query<T extends Event>(q: EventQuery, kind: EventKind): Promise<T[]> {
    const { sql, params } = eventFilter(q, kind);
    const n = params.length;
    // The page is chosen and sorted on (date_start, id) alone, which the ordered indexes hold, then
    // only its records are read: sorting whole records spills thousands of kilobyte rows to disk.
    const { rows } = await this.pool.query<{ record: T }>(
      `SELECT r.record FROM (
         SELECT e.id, e.date_start FROM events e WHERE ${sql}
         ORDER BY e.date_start DESC NULLS LAST, e.id LIMIT $${n + 1} OFFSET $${n + 2}
       ) page JOIN events r ON r.id = page.id
       ORDER BY page.date_start DESC NULLS LAST, page.id`,
      [...params, q.limit ?? DEFAULT_LIMIT, q.offset ?? 0],
    );
    return this.whole(rows.map((r) => r.record), kind);
  }

  /** The story's canonical events from indexed columns alone, in query()'s order; no JSONB is read. */
  async summaries(storyId: string): Promise<CanonicalSummary[]> {
    const { rows } = await this.pool.query<{ id: string; type: string; date_start: string | null; date_end: string | null; modality: string; background: boolean }>(
      `SELECT id, type, date_start, date_end, modality, background FROM events
       WHERE story_id = $1 AND kind = 'canonical' ORDER BY date_start DESC NULLS LAST, id`, [storyId],
    );
    return rows.map((r) => ({ id: r.id, type: r.type, dateStart: r.date_start, dateEnd: r.date_end, modality: r.modality, background: r.background }));
  }

  /**
   * Canonical events stored before the merge index existed are indexed once per process, on first
   * use, so a store from an earlier version merges into them as into new ones.
   */
  private indexed = false;
  private async indexOlderCanonical(): Promise<void> {
    if (this.indexed) return;
    this.indexed = true;
    const { rows } = await this.pool.query<{ record: CanonicalEvent }>(
      "SELECT record FROM events e WHERE kind = 'canonical' AND NOT EXISTS (SELECT 1 FROM canonical_merge_keys k WHERE k.event_id = e.id)",
    );
    if (rows.length) await inTransaction(this.pool, (c) => indexCanonical(c, rows.map((r) => r.record)));
  }

  async mergeCandidates(keys: string[], perKey: number): Promise<CanonicalEvent[]> {
    if (!keys.length) return [];
    await this.ready();
    await this.indexOlderCanonical();
    // Each key's best-reported events come from its own index range, not from one sort of all matches.
    const { rows } = await this.pool.query<{ record: CanonicalEvent }>(
      `SELECT e.record FROM (
         SELECT DISTINCT top.event_id FROM unnest($1::text[]) AS k(key)
         CROSS JOIN LATERAL (SELECT event_id FROM canonical_merge_keys m WHERE m.key = k.key ORDER BY m.mentions DESC, m.event_id LIMIT $2) top
       ) found JOIN events e ON e.id = found.event_id AND e.kind = 'canonical' ORDER BY e.id`,
      [[...new Set(keys)], perKey],
    );
    return rows.map((r) => r.record);
  }

  async storyNewsSpan(storyId: string): Promise<{ start: string | null; end: string | null }> {
    await this.indexOlderCanonical();
    const { rows } = await this.pool.query<{ start: string | null; end: string | null }>(
      'SELECT (SELECT min(first) FROM story_news_days WHERE story_id = $1) AS start, (SELECT max(last) FROM story_news_days WHERE story_id = $1) AS "end"',
      [storyId],
    );
    return rows[0];
  }

  async count(q: EventQuery, kind: EventKind): Promise<number> {
    const { sql, params } = eventFilter(q, kind);
    const { rows } = await this.pool.query<{ n: string }>(`SELECT count(*) AS n FROM events e WHERE ${sql}`, params);
    return Number(rows[0].n);
  }

  /** The stored events of `kind` among `ids`, in the order asked; ids not stored are left out. */
  async get<T extends Event>(ids: string[], kind: EventKind): Promise<T[]> {
    if (!ids.length) return [];
    const { rows } = await this.pool.query<{ id: string; record: T }>(
      'SELECT id, record FROM events WHERE id = ANY($1::text[]) AND kind = $2', [ids, kind],
    );
    const byId = new Map(rows.map((r) => [r.id, r.record]));
    return this.whole(ids.flatMap((id) => byId.get(id) ?? []), kind);
  }

  /** Canonical events' whole records, assembled from their side rows; mentions are stored whole. */
  private async whole<T extends Event>(records: T[], kind: EventKind): Promise<T[]> {
    if (kind !== 'canonical') return records;
    await this.ready();
    return (await assembleRecords(this.pool, records as unknown as CanonicalEvent[])) as unknown as T[];
  }

  async evidenceArticles(eventId: string, fields: string[]): Promise<Record<string, string[]>> {
    await this.ready();
    return evidenceArticles(this.pool, eventId, fields);
  }

  async canonicalOfMention(mentionId: string): Promise<CanonicalEvent | null> {
    const { rows } = await this.pool.query<{ record: CanonicalEvent }>(
      `SELECT e.record FROM mention_canonical mc JOIN events e ON e.id = mc.canonical_id AND e.kind = 'canonical'
       WHERE mc.mention_id = $1`, [mentionId],
    );
    return (await this.whole(rows.map((r) => r.record), 'canonical'))[0] ?? null;
  }

  /** Stored in one order (smaller id first), so a split entered from either side is one pair. */
  async putCannotLink(a: string, b: string, reason: string): Promise<void> {
    const [x, y] = a < b ? [a, b] : [b, a];
    await this.pool.query(
      `INSERT INTO cannot_link (a, b, reason, at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (a, b) DO UPDATE SET reason = EXCLUDED.reason, at = EXCLUDED.at`,
      [x, y, reason, new Date().toISOString()],
    );
  }

  async cannotLinks(ids: string[]): Promise<[string, string][]> {
    if (!ids.length) return [];
    const { rows } = await this.pool.query<{ a: string; b: string }>(
      'SELECT a, b FROM cannot_link WHERE a = ANY($1::text[]) OR b = ANY($1::text[]) ORDER BY a, b', [ids],
    );
    return rows.map((r) => [r.a, r.b]);
  }
}
