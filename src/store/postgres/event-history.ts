// The parts of a canonical event that grow with every report, in PostgreSQL: its merge steps and
// every evidence span, one row each, appended as mentions join. The event's stored record keeps
// a bounded view (event-keys.ts storedRecord); full reads assemble the record from these rows.
// Rows go with their event (ON DELETE CASCADE), so deleting events or resetting resolution needs
// nothing more.
import type pg from 'pg';
import type { CanonicalEvent, Evidence, MergeStep } from '../../model.ts';
import { addedMentions, assembleRecord, sideRows, STORED_HISTORY, storedRecord } from '../event-keys.ts';
import { inTransaction } from './transaction.ts';

export const EVENT_HISTORY_SCHEMA = `
CREATE TABLE IF NOT EXISTS canonical_history (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE, step JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS canonical_history_event ON canonical_history (event_id, seq);
CREATE TABLE IF NOT EXISTS canonical_evidence (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE, field TEXT NOT NULL,
  article_id TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, span JSONB NOT NULL,
  UNIQUE (event_id, field, article_id, span_start, span_end)
);
CREATE INDEX IF NOT EXISTS canonical_evidence_event ON canonical_evidence (event_id, seq);
CREATE TABLE IF NOT EXISTS store_migrations (name TEXT PRIMARY KEY);
`;

/** The migration that moved whole records' steps and spans to the side tables. */
const SIDE_TABLES_MIGRATION = 'canonical-side-tables';

/**
 * Writes the events' steps and spans, after their event rows: appended to the rows of the event
 * each was read from (its stand-in step names it; a span already stored is kept once), or
 * replacing the event's rows.
 */
export async function writeSideRows(c: pg.PoolClient, events: CanonicalEvent[]): Promise<void> {
  for (const e of events) {
    const { base, steps, spans } = sideRows(e);
    if (base !== e.id) {
      await c.query('DELETE FROM canonical_history WHERE event_id = $1', [e.id]);
      await c.query('DELETE FROM canonical_evidence WHERE event_id = $1', [e.id]);
      if (base) {
        await c.query('INSERT INTO canonical_history (event_id, step) SELECT $1, step FROM canonical_history WHERE event_id = $2 ORDER BY seq', [e.id, base]);
        await c.query(
          `INSERT INTO canonical_evidence (event_id, field, article_id, span_start, span_end, span)
           SELECT $1, field, article_id, span_start, span_end, span FROM canonical_evidence WHERE event_id = $2 ORDER BY seq ON CONFLICT DO NOTHING`,
          [e.id, base],
        );
      }
    }
    if (steps.length) {
      await c.query(
        'INSERT INTO canonical_history (event_id, step) SELECT $1, s FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(s, n) ORDER BY n',
        [e.id, JSON.stringify(steps)],
      );
    }
    if (spans.length) {
      await c.query(
        `INSERT INTO canonical_evidence (event_id, field, article_id, span_start, span_end, span)
         SELECT $1, t.x->>'f', t.x->'s'->>'articleId', (t.x->'s'->>'start')::int, (t.x->'s'->>'end')::int, t.x->'s'
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(x, n) ORDER BY t.n ON CONFLICT DO NOTHING`,
        [e.id, JSON.stringify(spans.map((x) => ({ f: x.field, s: x.span })))],
      );
    }
  }
}

/**
 * Links each event's mentions to it. A record read for merging (whose last stored mention is
 * still linked to it) adds links for its new mentions only: an event of a thousand reports gains
 * one per merge without its thousand links being compared. Other writes drop the links they no
 * longer hold and write the rest where they changed. A mention claimed by two events of one
 * batch goes to the later one, as with sequential writes.
 */
export async function writeMentionLinks(c: pg.PoolClient, events: CanonicalEvent[]): Promise<void> {
  const added = events.map(addedMentions);
  const lastStored = added.flatMap((a) => (a?.lastStored ? [a.lastStored] : []));
  const { rows } = await c.query<{ mention_id: string; canonical_id: string }>('SELECT mention_id, canonical_id FROM mention_canonical WHERE mention_id = ANY($1::text[])', [lastStored]);
  const linkOf = new Map(rows.map((r) => [r.mention_id, r.canonical_id]));
  const links = new Map<string, string>();
  const replaced = new Set<string>();
  events.forEach((e, i) => {
    const a = added[i];
    const appends = a !== null && (a.lastStored === null || linkOf.get(a.lastStored) === e.id);
    if (!appends) replaced.add(e.id);
    for (const m of appends ? a!.added : e.mentionIds) links.set(m, e.id);
  });
  await c.query('DELETE FROM mention_canonical WHERE canonical_id = ANY($1::text[]) AND NOT (mention_id = ANY($2::text[]))', [[...replaced], [...links.keys()]]);
  await c.query(
    `INSERT INTO mention_canonical (mention_id, canonical_id) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (mention_id) DO UPDATE SET canonical_id = EXCLUDED.canonical_id WHERE mention_canonical.canonical_id <> EXCLUDED.canonical_id`,
    [[...links.keys()], [...links.values()]],
  );
}

/** The whole records of stored ones, from their side rows (two reads for any number of events). */
export async function assembleRecords(pool: pg.Pool, records: CanonicalEvent[]): Promise<CanonicalEvent[]> {
  const ids = records.filter((r) => r.history[0]?.mentionId === STORED_HISTORY).map((r) => r.id);
  if (!ids.length) return records;
  const steps = new Map<string, MergeStep[]>();
  const spans = new Map<string, { field: string; span: Evidence }[]>();
  const h = await pool.query<{ event_id: string; step: MergeStep }>('SELECT event_id, step FROM canonical_history WHERE event_id = ANY($1::text[]) ORDER BY seq', [ids]);
  for (const r of h.rows) (steps.get(r.event_id) ?? steps.set(r.event_id, []).get(r.event_id)!).push(r.step);
  const s = await pool.query<{ event_id: string; field: string; span: Evidence }>('SELECT event_id, field, span FROM canonical_evidence WHERE event_id = ANY($1::text[]) ORDER BY seq', [ids]);
  for (const r of s.rows) (spans.get(r.event_id) ?? spans.set(r.event_id, []).get(r.event_id)!).push({ field: r.field, span: r.span });
  return records.map((r) => assembleRecord(r, steps.get(r.id) ?? [], spans.get(r.id) ?? []));
}

/** The distinct articles whose spans give each field, in the order their spans were stored. */
export async function evidenceArticles(pool: pg.Pool, eventId: string, fields: string[]): Promise<Record<string, string[]>> {
  const { rows } = await pool.query<{ field: string; article_id: string }>(
    'SELECT field, article_id FROM canonical_evidence WHERE event_id = $1 AND field = ANY($2::text[]) GROUP BY field, article_id ORDER BY min(seq)',
    [eventId, fields],
  );
  const out: Record<string, string[]> = Object.fromEntries(fields.map((f) => [f, []]));
  for (const r of rows) out[r.field].push(r.article_id);
  return out;
}

/**
 * Records stored whole (before the side tables) are split once per database: their steps and
 * spans move to the side tables and the record keeps its bounded view.
 */
export async function migrateOlder(pool: pg.Pool): Promise<void> {
  const done = await pool.query('SELECT 1 FROM store_migrations WHERE name = $1', [SIDE_TABLES_MIGRATION]);
  if (done.rowCount) return;
  await inTransaction(pool, async (c) => {
    await c.query('LOCK TABLE store_migrations IN EXCLUSIVE MODE');
    const again = await c.query('SELECT 1 FROM store_migrations WHERE name = $1', [SIDE_TABLES_MIGRATION]);
    if (again.rowCount) return;
    const { rows } = await c.query<{ record: CanonicalEvent }>(
      "SELECT record FROM events WHERE kind = 'canonical' AND NOT (record->'history'->0->>'mentionId' IS NOT DISTINCT FROM $1)", [STORED_HISTORY],
    );
    const whole = rows.map((r) => r.record);
    await writeSideRows(c, whole);
    for (const e of whole) await c.query('UPDATE events SET record = $2::jsonb WHERE id = $1', [e.id, JSON.stringify(storedRecord(e, e.history.length))]);
    await c.query('INSERT INTO store_migrations (name) VALUES ($1)', [SIDE_TABLES_MIGRATION]);
  });
}
