// Turns an EventQuery into a WHERE clause over the `events` table, with the same meaning as the
// SQLite store's filter (src/store/sqlite/events.ts): dates touch the window, actor keys are the
// lowercased KB id or name, the box is on lat/lon, text searches evidence, actors and place.
import type { EventQuery } from '../../store.ts';
import { TEXT_SEARCH_CONFIG, searchTerms } from './text.ts';

export type EventKind = 'mention' | 'canonical';

/**
 * Appended to `until` so a partial date ("2024-04") takes in every day of it: dates are text in
 * the "C" collation, where U+FFFF sorts after every character an ISO date can hold.
 */
const UNTIL_PAD = '\uffff';

/** An event's dates as a range, the expression of the GiST index events_dates (schema in events.ts). */
export const DATE_RANGE = `event_dates(least(date_start, date_end), greatest(date_start, date_end), '[]')`;

export interface EventFilter {
  /** Conditions joined with AND, over the table aliased `e`. */
  sql: string;
  /** Bind values for $1…$n in `sql`; callers append theirs after these. */
  params: unknown[];
}

export function eventFilter(q: EventQuery, kind: EventKind): EventFilter {
  const params: unknown[] = [];
  const bind = (v: unknown): string => {
    params.push(v);
    return `$${params.length}`;
  };
  const conds = [`e.kind = ${bind(kind)}`];
  if (q.types?.length) {
    // One type as an equality, so the (kind, type, date) index also yields the date order.
    conds.push(q.types.length === 1 ? `e.type = ${bind(q.types[0])}` : `e.type = ANY(${bind(q.types)}::text[])`);
  }
  if (q.country) conds.push(`e.country = ${bind(q.country.toUpperCase())}`);
  const until = q.until ? q.until + UNTIL_PAD : null;
  if (q.since) conds.push(`e.date_end >= ${bind(q.since)}`);
  if (until) conds.push(`e.date_start <= ${bind(until)}`);
  // The same window as an overlap the range index answers; the comparisons above stay the
  // meaning (the overlap is looser). A reversed window matches nothing and is not a valid range.
  if ((q.since || until) && !(q.since && until && q.since > until)) {
    // Unqualified columns: `events e` is the only table in scope, and the index matches the expression.
    conds.push(`${DATE_RANGE} && event_dates(${bind(q.since ?? null)}, ${bind(until)}, '[]')`);
  }
  if (q.actor) conds.push(`e.actor_keys @> ARRAY[${bind(q.actor.toLowerCase())}]::text[]`);
  if (q.bbox) {
    const [west, south, east, north] = q.bbox;
    // The expression of the GiST index events_place, so the box is an index search.
    conds.push(`point(e.lon, e.lat) <@ box(point(${bind(west)}, ${bind(south)}), point(${bind(east)}, ${bind(north)}))`);
  }
  const terms = q.text ? searchTerms(q.text) : '';
  if (terms) conds.push(`e.search @@ plainto_tsquery('${TEXT_SEARCH_CONFIG}', ${bind(terms)})`);
  if (q.storyId) conds.push(`e.story_id = ${bind(q.storyId)}`);
  if (q.articleId) {
    conds.push(kind === 'mention'
      ? `e.article_id = ${bind(q.articleId)}`
      : `e.id IN (SELECT mc.canonical_id FROM mention_canonical mc JOIN events m ON m.id = mc.mention_id
           WHERE m.kind = 'mention' AND m.article_id = ${bind(q.articleId)})`);
  }
  if (q.modality?.length) conds.push(`e.modality = ANY(${bind(q.modality)}::text[])`);
  if (q.excludeBackground) conds.push('NOT e.background');
  return { sql: conds.join(' AND '), params };
}
