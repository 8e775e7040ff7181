// What both stores index an event by, computed in one place so SQLite and PostgreSQL agree.
import type { CanonicalEvent, Event, Evidence, MergeStep } from '../model.ts';
import { daySpan } from '../resolve/dates.ts';
import { mergeFamily } from '../resolve/merge.ts';

/** Last day of a month, as two digits ("2024-02" → "29"). */
function lastDay(year: number, month: number): string {
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0');
}

/**
 * The event's date range as full days, so text comparison with a query date of any precision is
 * right: "2024-03" spans 2024-03-01..2024-03-31, "2024" spans 2024-01-01..2024-12-31. Yearless
 * dates ("--04-18") have no place on a timeline and give null.
 */
export function dateBounds(e: Event): { first: string | null; last: string | null } {
  const start = e.date?.start ?? e.date?.end ?? null;
  const end = e.date?.end ?? e.date?.start ?? null;
  const first = (iso: string | null) => {
    if (!iso || !/^\d{4}/.test(iso)) return null;
    return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso.slice(0, 10);
  };
  const last = (iso: string | null) => {
    if (!iso || !/^\d{4}/.test(iso)) return null;
    if (iso.length === 4) return `${iso}-12-31`;
    if (iso.length === 7) return `${iso}-${lastDay(+iso.slice(0, 4), +iso.slice(5, 7))}`;
    return iso.slice(0, 10);
  };
  return { first: first(start) ?? first(end), last: last(end) ?? last(start) };
}

/** Lower-cased KB ids and names of the event's actors: `--actor` matches either. */
export function actorKeys(e: Event): string[] {
  const keys = new Set<string>();
  for (const a of e.actors) {
    if (a.kbId) keys.add(a.kbId.toLowerCase());
    keys.add(a.name.toLowerCase());
  }
  return [...keys];
}

/** The text that full-text event search runs over: type, actors, place, evidence and claimants. */
export function searchBody(e: Event): string {
  // Each distinct text once: an event of a thousand reports repeats the same few words.
  return [...new Set([
    e.type, ...e.actors.map((a) => a.name), e.location?.name ?? '', e.location?.admin1 ?? '',
    ...Object.values(e.evidence).flat().map((x) => x.text), ...e.claims.map((c) => c.claimant),
  ])].join(' ');
}

/**
 * Days per date bucket of the merge index: a mention probes the buckets its date, widened by the
 * merge's day tolerance, touches. A week keeps a bucket to a handful of one story's incidents.
 */
export const MERGE_BUCKET_DAYS = 7;
/** An event spanning more buckets than this (a month, a year) is indexed once as long-running. */
export const MAX_MERGE_BUCKETS = 6;

/** One key of the merge index: story, type family (resolve/merge.ts mergeFamily) and a date bucket ("w2817"), "long", "undated" or "any". */
export function mergeKey(storyId: string | null, type: string, bucket: string): string {
  return `${storyId ?? ''}\u001f${mergeFamily(type)}\u001f${bucket}`;
}

/** The date buckets of a span of epoch days, or null when it covers too many to list. */
export function dayBuckets(span: [number, number]): string[] | null {
  const from = Math.floor(span[0] / MERGE_BUCKET_DAYS), to = Math.floor(span[1] / MERGE_BUCKET_DAYS);
  if (to - from + 1 > MAX_MERGE_BUCKETS) return null;
  const out: string[] = [];
  for (let b = from; b <= to; b++) out.push('w' + b);
  return out;
}

/**
 * The keys a canonical event is found by when a new mention looks for the event it reports: its
 * story and type family with every week its date covers ("long" past MAX_MERGE_BUCKETS, "undated"
 * without a dated year), and "any" for mentions with no date, which may join any of them.
 */
export function canonicalMergeKeys(e: CanonicalEvent): string[] {
  const span = daySpan(e.date, null);
  const buckets = span ? dayBuckets(span) ?? ['long'] : ['undated'];
  return [...buckets, 'any'].map((b) => mergeKey(e.storyId, e.type, b));
}

/**
 * The day-precise first and last day a story's timeline takes from a canonical event: only news
 * (not background) that occurred or goes on, and only its day-precise dates; null otherwise.
 */
export function newsDays(e: CanonicalEvent): { first: string; last: string } | null {
  if (e.background || (e.modality !== 'occurred' && e.modality !== 'ongoing')) return null;
  const days = [e.date?.start, e.date?.end].filter((d): d is string => !!d && DAY_DATE.test(d)).map((d) => d.slice(0, 10)).sort();
  return days.length ? { first: days[0], last: days.at(-1)! } : null;
}

/** Day-precise ISO dates (a time may follow). */
const DAY_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * Evidence spans per field a stored canonical record keeps: enough to show each field with its
 * first reports' words. Every span also goes to the append-only evidence side table, which full
 * reads assemble the record from; the record itself stays the same size as reports pile up.
 */
export const KEPT_SPANS_PER_FIELD = 3;

/**
 * The mentionId of the one merge step a stored record keeps in place of its history (which lives
 * in the side table): `reasons` names the event whose steps it stands for and how many mentions
 * it had (as a decimal string), `score` counts the steps.
 * A record read for merging (Store.mergeCandidates) carries it, so writing that record back (with
 * new steps after it) appends to the stored history instead of replacing it.
 */
export const STORED_HISTORY = '@stored-history';

/** What a write does to an event's side rows: extend those stored under `base`, or replace them. */
export type SideWrite = { base: string | null; steps: MergeStep[]; spans: { field: string; span: Evidence }[] };

/** The steps and spans of `e` for the side tables; `base` is the event whose stored rows they extend (null: replace). */
export function sideRows(e: CanonicalEvent): SideWrite {
  const head = e.history[0];
  const base = head?.mentionId === STORED_HISTORY ? head.reasons[0] ?? null : null;
  const steps = e.history.filter((s) => s.mentionId !== STORED_HISTORY);
  const spans = Object.entries(e.evidence).flatMap(([field, list]) => list.map((span) => ({ field, span })));
  return { base, steps, spans };
}

/** The record as stored: the first spans of each field, and one step standing for `steps` stored steps. */
export function storedRecord(e: CanonicalEvent, steps: number): CanonicalEvent {
  const evidence = Object.fromEntries(Object.entries(e.evidence).map(([field, list]) => [field, list.slice(0, KEPT_SPANS_PER_FIELD)]));
  const last = e.history.at(-1);
  const stand = { mentionId: STORED_HISTORY, action: 'merged' as const, score: steps, reasons: [e.id, String(e.mentionIds.length)], at: last?.at ?? '' };
  return { ...e, evidence, history: [stand] };
}

/**
 * The mentions a write adds to those stored under the event's id, and the last of those stored:
 * a record read for merging gains mentions only after the ones it had. Null when the write
 * replaces the event (its mention links are compared in full).
 */
export function addedMentions(e: CanonicalEvent): { lastStored: string | null; added: string[] } | null {
  const head = e.history[0];
  if (head?.mentionId !== STORED_HISTORY || head.reasons[0] !== e.id || !/^\d+$/.test(head.reasons[1] ?? '')) return null;
  const stored = Number(head.reasons[1]);
  if (stored > e.mentionIds.length) return null;
  return { lastStored: stored ? e.mentionIds[stored - 1] : null, added: e.mentionIds.slice(stored) };
}

/** How many steps the event holds after a write: those stored under its base (the stand-in's count) and the new ones. */
export function storedSteps(e: CanonicalEvent): number {
  const head = e.history[0];
  const before = head?.mentionId === STORED_HISTORY ? head.score : 0;
  return before + e.history.filter((s) => s.mentionId !== STORED_HISTORY).length;
}

/**
 * The whole record from its stored form and its side rows (in the order written). Records from
 * before the side tables (no stand-in step) are whole already and come back as stored.
 */
export function assembleRecord(record: CanonicalEvent, steps: MergeStep[], spans: { field: string; span: Evidence }[]): CanonicalEvent {
  if (record.history[0]?.mentionId !== STORED_HISTORY) return record;
  const byField = new Map<string, Evidence[]>();
  for (const { field, span } of spans) (byField.get(field) ?? byField.set(field, []).get(field)!).push(span);
  const evidence: Record<string, Evidence[]> = {};
  for (const field of new Set([...Object.keys(record.evidence), ...byField.keys()])) evidence[field] = byField.get(field) ?? record.evidence[field];
  return { ...record, evidence, history: steps };
}

/** Full-text words of an event extended by a write that adds to it: the stored words and the new record's, each once. */
export function extendedSearchBody(stored: string, e: Event): string {
  return [...new Set(`${stored} ${searchBody(e)}`.split(/\s+/).filter(Boolean))].join(' ');
}
