// Events in SQLite: one row per event (mention or canonical) with the filterable fields as
// columns, the record as JSON, an actor key table, an R*Tree for bounding boxes and FTS5 for text.
import type Database from 'better-sqlite3';
import { Statements } from './statements.ts';
import type { CanonicalEvent, Event } from '../../model.ts';
import type { EventQuery, Store } from '../../store.ts';
import { ftsQuery } from './text.ts';
import { actorKeys, addedMentions, canonicalMergeKeys, dateBounds, extendedSearchBody, newsDays, searchBody, sideRows, storedRecord, storedSteps } from '../event-keys.ts';
import { EVENT_HISTORY_SCHEMA, SqliteEventHistory } from './event-history.ts';

export { actorKeys };

/** A canonical event's indexed columns: Store.canonicalSummaries. */
export type CanonicalSummary = Awaited<ReturnType<Store['canonicalSummaries']>>[number];

export const EVENTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('mention', 'canonical')),
  article_id TEXT,
  type TEXT NOT NULL, country TEXT, date_start TEXT, date_end TEXT,
  lat REAL, lon REAL, main INTEGER NOT NULL, background INTEGER NOT NULL, modality TEXT NOT NULL,
  story_id TEXT, json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_kind_date ON events(kind, date_start, id);
CREATE INDEX IF NOT EXISTS events_kind_country ON events(kind, country, date_start);
CREATE INDEX IF NOT EXISTS events_kind_type ON events(kind, type, date_start);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_story ON events(story_id);
CREATE INDEX IF NOT EXISTS events_story_date ON events(story_id, kind, date_start, id);
CREATE TABLE IF NOT EXISTS event_actors (event_rowid INTEGER NOT NULL, key TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS event_actors_key ON event_actors(key);
CREATE INDEX IF NOT EXISTS event_actors_event ON event_actors(event_rowid);
CREATE TABLE IF NOT EXISTS mention_canonical (mention_id TEXT PRIMARY KEY, canonical_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS mention_canonical_c ON mention_canonical(canonical_id);
CREATE VIRTUAL TABLE IF NOT EXISTS events_geo USING rtree(rowid, min_lon, max_lon, min_lat, max_lat);
CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(body);
CREATE TABLE IF NOT EXISTS canonical_merge_keys (event_rowid INTEGER NOT NULL, key TEXT NOT NULL, mentions INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS canonical_merge_keys_key ON canonical_merge_keys(key, mentions DESC, event_rowid);
CREATE INDEX IF NOT EXISTS canonical_merge_keys_event ON canonical_merge_keys(event_rowid);
CREATE TABLE IF NOT EXISTS story_news_days (event_rowid INTEGER PRIMARY KEY, story_id TEXT NOT NULL, first TEXT NOT NULL, last TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS story_news_days_first ON story_news_days(story_id, first);
CREATE INDEX IF NOT EXISTS story_news_days_last ON story_news_days(story_id, last);
CREATE TABLE IF NOT EXISTS cannot_link (a TEXT NOT NULL, b TEXT NOT NULL, reason TEXT, at TEXT NOT NULL, PRIMARY KEY (a, b));
${EVENT_HISTORY_SCHEMA}`;

export class SqliteEvents {
  private sql: Statements;
  /** Whether canonical events from before the merge index were indexed (indexOlderCanonical). */
  private indexed = false;
  /** Canonical events' merge steps and evidence spans, kept beside their bounded records. */
  private history: SqliteEventHistory;
  constructor(private db: Database.Database) {
    this.sql = new Statements(db);
    this.history = new SqliteEventHistory(db);
    this.history.migrateOlder((rowid, record) => this.sql.get('UPDATE events SET json = ? WHERE rowid = ?').run(JSON.stringify(record), rowid));
  }

  private remove(ids: string[]): void {
    const find = this.sql.get('SELECT rowid FROM events WHERE id = ?');
    for (const id of ids) {
      const row = find.get(id) as { rowid: number } | undefined;
      if (!row) continue;
      this.sql.get('DELETE FROM event_actors WHERE event_rowid = ?').run(row.rowid);
      this.sql.get('DELETE FROM canonical_merge_keys WHERE event_rowid = ?').run(row.rowid);
      this.sql.get('DELETE FROM story_news_days WHERE event_rowid = ?').run(row.rowid);
      this.sql.get('DELETE FROM events_geo WHERE rowid = ?').run(row.rowid);
      this.sql.get('DELETE FROM events_fts WHERE rowid = ?').run(row.rowid);
      this.sql.get('DELETE FROM events WHERE rowid = ?').run(row.rowid);
    }
  }

  private insert(e: Event, kind: 'mention' | 'canonical', articleId: string | null, storyId: string | null, body = searchBody(e)): void {
    const { first, last } = dateBounds(e);
    const record = kind === 'canonical' ? storedRecord(e as CanonicalEvent, storedSteps(e as CanonicalEvent)) : e;
    const info = this.sql
      .get(
        `INSERT INTO events (id, kind, article_id, type, country, date_start, date_end, lat, lon, main, background, modality, story_id, json)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        e.id, kind, articleId, e.type, e.location?.country ?? null, first, last, e.location?.lat ?? null, e.location?.lon ?? null, e.main ? 1 : 0,
        e.background ? 1 : 0, e.modality, storyId, JSON.stringify(record),
      );
    const rowid = Number(info.lastInsertRowid);
    const addActor = this.sql.get('INSERT INTO event_actors (event_rowid, key) VALUES (?, ?)');
    for (const k of actorKeys(e)) addActor.run(rowid, k);
    if (e.location?.lat != null && e.location?.lon != null) {
      this.sql.get('INSERT INTO events_geo (rowid, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)').run(rowid, e.location.lon, e.location.lon, e.location.lat, e.location.lat);
    }
    this.sql.get('INSERT INTO events_fts (rowid, body) VALUES (?, ?)').run(rowid, body);
    if (kind === 'canonical') this.indexCanonical(rowid, e as CanonicalEvent);
  }

  /** The merge index and the story timeline's days of one canonical event. */
  private indexCanonical(rowid: number, e: CanonicalEvent): void {
    const addKey = this.sql.get('INSERT INTO canonical_merge_keys (event_rowid, key, mentions) VALUES (?, ?, ?)');
    for (const k of canonicalMergeKeys(e)) addKey.run(rowid, k, e.mentionIds.length);
    const days = newsDays(e);
    if (days && e.storyId) this.sql.get('INSERT INTO story_news_days (event_rowid, story_id, first, last) VALUES (?, ?, ?, ?)').run(rowid, e.storyId, days.first, days.last);
  }

  /**
   * Canonical events stored before the merge index existed are indexed once, on first use, so a
   * store from an earlier version merges into them as into new ones.
   */
  private indexOlderCanonical(): void {
    if (this.indexed) return;
    this.indexed = true;
    const rows = this.sql
      .get("SELECT rowid, json FROM events e WHERE kind = 'canonical' AND NOT EXISTS (SELECT 1 FROM canonical_merge_keys k WHERE k.event_rowid = e.rowid)")
      .all() as { rowid: number; json: string }[];
    if (rows.length) this.db.transaction(() => rows.forEach((r) => this.indexCanonical(r.rowid, JSON.parse(r.json) as CanonicalEvent)))();
  }

  mergeCandidates(keys: string[], perKey: number): CanonicalEvent[] {
    this.indexOlderCanonical();
    const find = this.sql.get('SELECT event_rowid AS r FROM canonical_merge_keys WHERE key = ? ORDER BY mentions DESC, event_rowid LIMIT ?');
    const rowids = new Set<number>();
    for (const k of new Set(keys)) for (const row of find.all(k, perKey) as { r: number }[]) rowids.add(row.r);
    const read = this.sql.get('SELECT json FROM events WHERE rowid = ?');
    return [...rowids].map((r) => JSON.parse((read.get(r) as { json: string }).json) as CanonicalEvent);
  }

  storyNewsSpan(storyId: string): { start: string | null; end: string | null } {
    this.indexOlderCanonical();
    const start = this.sql.get('SELECT min(first) AS d FROM story_news_days WHERE story_id = ?').get(storyId) as { d: string | null };
    const end = this.sql.get('SELECT max(last) AS d FROM story_news_days WHERE story_id = ?').get(storyId) as { d: string | null };
    return { start: start.d, end: end.d };
  }

  putMentions(articleId: string, events: Event[]): void {
    this.db.transaction(() => {
      const old = this.sql.get("SELECT id FROM events WHERE kind = 'mention' AND article_id = ?").all(articleId) as { id: string }[];
      this.remove(old.map((r) => r.id));
      for (const e of events) this.insert(e, 'mention', articleId, null);
    })();
  }

  /**
   * Each event replaces its row; its steps and spans are appended to its side rows when it was
   * read for merging (mergeCandidates), else they replace them. An extended event keeps the
   * full-text words of the spans its bounded record no longer holds.
   */
  putCanonical(events: CanonicalEvent[]): void {
    this.db.transaction(() => {
      const storedBody = this.sql.get('SELECT f.body FROM events e JOIN events_fts f ON f.rowid = e.rowid WHERE e.id = ?').pluck();
      const bodies = new Map<string, string>();
      for (const e of events) {
        const stored = sideRows(e).base === e.id ? (storedBody.get(e.id) as string | undefined) : undefined;
        bodies.set(e.id, stored === undefined ? searchBody(e) : extendedSearchBody(stored, e));
      }
      this.remove(events.map((e) => e.id));
      const link = this.sql.get('INSERT OR REPLACE INTO mention_canonical (mention_id, canonical_id) VALUES (?, ?)');
      const linked = this.sql.get('SELECT mention_id FROM mention_canonical WHERE canonical_id = ?').pluck();
      const linkOf = this.sql.get('SELECT canonical_id FROM mention_canonical WHERE mention_id = ?').pluck();
      const unlink = this.sql.get('DELETE FROM mention_canonical WHERE mention_id = ? AND canonical_id = ?');
      for (const e of events) {
        this.insert(e, 'canonical', null, e.storyId, bodies.get(e.id));
        this.history.write(e);
        // Only the links that changed are written: an event of a thousand reports gains one per
        // merge, found without reading its thousand links when the record was read for merging.
        const added = addedMentions(e);
        if (added && (added.lastStored === null || linkOf.get(added.lastStored) === e.id)) {
          for (const m of added.added) link.run(m, e.id);
          continue;
        }
        const before = new Set(linked.all(e.id) as string[]);
        for (const m of e.mentionIds) if (!before.delete(m)) link.run(m, e.id);
        for (const m of before) unlink.run(m, e.id);
      }
    })();
  }

  deleteCanonical(ids: string[]): void {
    this.db.transaction(() => {
      this.remove(ids);
      this.history.remove(ids);
      for (const id of ids) this.sql.get('DELETE FROM mention_canonical WHERE canonical_id = ?').run(id);
    })();
  }

  private where(q: EventQuery, kind: 'mention' | 'canonical'): { sql: string; args: unknown[] } {
    const conds = ['e.kind = ?'];
    const args: unknown[] = [kind];
    if (q.types?.length) {
      conds.push(`e.type IN (${q.types.map(() => '?').join(', ')})`);
      args.push(...q.types);
    }
    if (q.country) {
      conds.push('e.country = ?');
      args.push(q.country.toUpperCase());
    }
    if (q.since) {
      conds.push('e.date_end >= ?');
      args.push(q.since);
    }
    if (q.until) {
      conds.push('e.date_start <= ?');
      args.push(q.until + '\uffff');
    }
    if (q.actor) {
      conds.push('e.rowid IN (SELECT event_rowid FROM event_actors WHERE key = ?)');
      args.push(q.actor.toLowerCase());
    }
    if (q.bbox) {
      const [w, s, ea, n] = q.bbox;
      conds.push('e.rowid IN (SELECT rowid FROM events_geo WHERE min_lon >= ? AND max_lon <= ? AND min_lat >= ? AND max_lat <= ?)');
      args.push(w, ea, s, n);
    }
    if (q.text && ftsQuery(q.text)) {
      conds.push('e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)');
      args.push(ftsQuery(q.text));
    }
    if (q.storyId) {
      conds.push('e.story_id = ?');
      args.push(q.storyId);
    }
    if (q.articleId) {
      conds.push(kind === 'mention' ? 'e.article_id = ?' : "e.id IN (SELECT mc.canonical_id FROM mention_canonical mc JOIN events m ON m.id = mc.mention_id WHERE m.article_id = ?)");
      args.push(q.articleId);
    }
    if (q.modality?.length) {
      conds.push(`e.modality IN (${q.modality.map(() => '?').join(', ')})`);
      args.push(...q.modality);
    }
    if (q.excludeBackground) conds.push('e.background = 0');
    return { sql: conds.join(' AND '), args };
  }

  query<T extends Event>(q: EventQuery, kind: 'mention' | 'canonical'): T[] {
    const { sql, args } = this.where(q, kind);
    // Rows are chosen and ordered without their JSON (the date index serves the order; SQLite puts
    // NULL dates last when descending), then only the page's records are read, in the order
    // already found: sorting the records again copied every JSON text through a temporary B-tree.
    // A story's events are found through events_story_date rather than by scanning every canonical
    // event in date order.
    const rows = this.sql
      .get(
        `SELECT ev.json FROM (SELECT e.rowid AS r, e.date_start AS d, e.id AS i FROM events e WHERE ${sql} ORDER BY e.date_start DESC, e.id LIMIT ? OFFSET ?) page
         CROSS JOIN events ev ON ev.rowid = page.r ORDER BY page.d DESC, page.i`,
      )
      .all(...args, q.limit ?? 100, q.offset ?? 0) as { json: string }[];
    return rows.map((r) => this.whole(JSON.parse(r.json) as T, kind));
  }

  /** The story's canonical events from indexed columns alone, in queryCanonical's order; no JSON is decoded. */
  summaries(storyId: string): CanonicalSummary[] {
    const rows = this.sql
      .get(
        `SELECT id, type, date_start, date_end, modality, background FROM events
         WHERE story_id = ? AND kind = 'canonical' ORDER BY date_start DESC, id`,
      )
      .all(storyId) as { id: string; type: string; date_start: string | null; date_end: string | null; modality: string; background: number }[];
    return rows.map((r) => ({ id: r.id, type: r.type, dateStart: r.date_start, dateEnd: r.date_end, modality: r.modality, background: r.background !== 0 }));
  }

  count(q: EventQuery, kind: 'mention' | 'canonical'): number {
    const { sql, args } = this.where(q, kind);
    return (this.sql.get(`SELECT count(*) AS n FROM events e WHERE ${sql}`).get(...args) as { n: number }).n;
  }

  get<T extends Event>(ids: string[], kind: 'mention' | 'canonical'): T[] {
    const stmt = this.sql.get('SELECT json FROM events WHERE id = ? AND kind = ?');
    return ids.map((id) => stmt.get(id, kind) as { json: string } | undefined).filter((r) => r).map((r) => this.whole(JSON.parse(r!.json) as T, kind));
  }

  /** A canonical event's whole record, assembled from its side rows; mentions are stored whole. */
  private whole<T extends Event>(e: T, kind: 'mention' | 'canonical'): T {
    return kind === 'canonical' ? (this.history.assemble(e as unknown as CanonicalEvent) as unknown as T) : e;
  }

  evidenceArticles(eventId: string, fields: string[]): Record<string, string[]> {
    return this.history.evidenceArticles(eventId, fields);
  }

  canonicalOfMention(mentionId: string): CanonicalEvent | null {
    const row = this.sql.get('SELECT canonical_id AS id FROM mention_canonical WHERE mention_id = ?').get(mentionId) as { id: string } | undefined;
    return row ? this.get<CanonicalEvent>([row.id], 'canonical')[0] ?? null : null;
  }

  putCannotLink(a: string, b: string, reason: string): void {
    const [x, y] = a < b ? [a, b] : [b, a];
    this.sql.get('INSERT OR REPLACE INTO cannot_link (a, b, reason, at) VALUES (?, ?, ?, ?)').run(x, y, reason, new Date().toISOString());
  }

  cannotLinks(ids: string[]): [string, string][] {
    if (!ids.length) return [];
    const marks = ids.map(() => '?').join(', ');
    return (this.sql.get(`SELECT a, b FROM cannot_link WHERE a IN (${marks}) OR b IN (${marks})`).all(...ids, ...ids) as { a: string; b: string }[]).map((r) => [r.a, r.b]);
  }
}
