// The parts of a canonical event that grow with every report, in SQLite: its merge steps and
// every evidence span, one row each, appended as mentions join. The event's stored record keeps
// a bounded view (event-keys.ts storedRecord); full reads assemble the record from these rows.
import type Database from 'better-sqlite3';
import type { CanonicalEvent, Evidence, MergeStep } from '../../model.ts';
import { assembleRecord, sideRows, STORED_HISTORY, storedRecord } from '../event-keys.ts';
import { Statements } from './statements.ts';

export const EVENT_HISTORY_SCHEMA = `
CREATE TABLE IF NOT EXISTS canonical_history (seq INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, step TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS canonical_history_event ON canonical_history(event_id, seq);
CREATE TABLE IF NOT EXISTS canonical_evidence (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, field TEXT NOT NULL,
  article_id TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, span TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS canonical_evidence_span ON canonical_evidence(event_id, field, article_id, span_start, span_end);
CREATE INDEX IF NOT EXISTS canonical_evidence_event ON canonical_evidence(event_id, seq);
CREATE TABLE IF NOT EXISTS store_migrations (name TEXT PRIMARY KEY);
`;

/** The migration that moved whole records' steps and spans to the side tables. */
const SIDE_TABLES_MIGRATION = 'canonical-side-tables';

export class SqliteEventHistory {
  private sql: Statements;
  constructor(private db: Database.Database) {
    this.sql = new Statements(db);
  }

  /**
   * Writes `e`'s steps and spans: appended to the rows of the event it was read from (its
   * stand-in step names it; a span already stored is kept once), or replacing the event's rows.
   */
  write(e: CanonicalEvent): void {
    const { base, steps, spans } = sideRows(e);
    if (base !== e.id) {
      this.remove([e.id]);
      if (base) this.copy(base, e.id);
    }
    const addStep = this.sql.get('INSERT INTO canonical_history (event_id, step) VALUES (?, ?)');
    for (const s of steps) addStep.run(e.id, JSON.stringify(s));
    const addSpan = this.sql.get('INSERT OR IGNORE INTO canonical_evidence (event_id, field, article_id, span_start, span_end, span) VALUES (?, ?, ?, ?, ?, ?)');
    for (const { field, span } of spans) addSpan.run(e.id, field, span.articleId, span.start, span.end, JSON.stringify(span));
  }

  private copy(from: string, to: string): void {
    this.sql.get('INSERT INTO canonical_history (event_id, step) SELECT ?, step FROM canonical_history WHERE event_id = ? ORDER BY seq').run(to, from);
    this.sql
      .get(
        `INSERT OR IGNORE INTO canonical_evidence (event_id, field, article_id, span_start, span_end, span)
         SELECT ?, field, article_id, span_start, span_end, span FROM canonical_evidence WHERE event_id = ? ORDER BY seq`,
      )
      .run(to, from);
  }

  remove(ids: string[]): void {
    for (const id of ids) {
      this.sql.get('DELETE FROM canonical_history WHERE event_id = ?').run(id);
      this.sql.get('DELETE FROM canonical_evidence WHERE event_id = ?').run(id);
    }
  }

  /** The whole record of a stored one. */
  assemble(record: CanonicalEvent): CanonicalEvent {
    if (record.history[0]?.mentionId !== STORED_HISTORY) return record;
    const steps = (this.sql.get('SELECT step FROM canonical_history WHERE event_id = ? ORDER BY seq').pluck().all(record.id) as string[]).map((s) => JSON.parse(s) as MergeStep);
    const spans = (this.sql.get('SELECT field, span FROM canonical_evidence WHERE event_id = ? ORDER BY seq').all(record.id) as { field: string; span: string }[])
      .map((r) => ({ field: r.field, span: JSON.parse(r.span) as Evidence }));
    return assembleRecord(record, steps, spans);
  }

  /** The distinct articles whose spans give each field, in the order their spans were stored (the span index holds both). */
  evidenceArticles(eventId: string, fields: string[]): Record<string, string[]> {
    const find = this.sql.get('SELECT article_id FROM canonical_evidence WHERE event_id = ? AND field = ? GROUP BY article_id ORDER BY min(seq)').pluck();
    return Object.fromEntries(fields.map((f) => [f, find.all(eventId, f) as string[]]));
  }

  /**
   * Records stored whole (before the side tables) are split once per database: their steps and
   * spans move to the side tables and the record keeps its bounded view. `rewrite` stores a record.
   */
  migrateOlder(rewrite: (rowid: number, record: CanonicalEvent) => void): void {
    if (this.sql.get('SELECT 1 FROM store_migrations WHERE name = ?').get(SIDE_TABLES_MIGRATION)) return;
    this.db.transaction(() => {
      const rows = this.sql.get("SELECT rowid, json FROM events WHERE kind = 'canonical'").all() as { rowid: number; json: string }[];
      for (const r of rows) {
        const e = JSON.parse(r.json) as CanonicalEvent;
        if (e.history[0]?.mentionId === STORED_HISTORY) continue;
        this.write(e);
        rewrite(r.rowid, storedRecord(e, e.history.length));
      }
      this.sql.get('INSERT INTO store_migrations (name) VALUES (?)').run(SIDE_TABLES_MIGRATION);
    })();
  }
}
