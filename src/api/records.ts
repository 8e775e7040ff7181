// Event records as the API returns them: the public record of events/json.ts (plus the canonical
// event's merge fields), or a compact summary for maps and timelines. Canonical events are used
// once resolution has made any; before that, per-article mentions stand in (as `sitrep events`).
import type { CanonicalEvent, Event } from '../model.ts';
import type { EventQuery, Store } from '../store.ts';
import { eventJson, type SourceRef } from '../events/json.ts';
import { EVENT_TYPES, TYPES, type EventType } from '../events/taxonomy.ts';
import { badRequest } from './errors.ts';

export const isCanonical = (e: Event): e is CanonicalEvent => Array.isArray((e as CanonicalEvent).mentionIds);

/** Whether a listing should read canonical events: asked for, and resolution has produced some. */
export async function readsCanonical(store: Store, wantMentions: boolean): Promise<boolean> {
  if (wantMentions) return false;
  return (await store.countEvents({ limit: 1 }, true)) > 0;
}

/** Source references for events, one store read per distinct article. */
export async function sourceRefs(store: Store, events: Event[]): Promise<Map<string, SourceRef>> {
  const refs = new Map<string, SourceRef>();
  for (const id of new Set(events.flatMap((e) => e.articleIds))) {
    const a = await store.getArticle(id);
    refs.set(id, { article_id: id, url: a?.url ?? null, outlet: a?.outlet ?? null, title: a?.title ?? null, published: a?.published ?? null });
  }
  return refs;
}

/** The full record: every field with its evidence spans and provenance. */
export function eventRecord(e: Event, refs: Map<string, SourceRef>): Record<string, unknown> {
  const sources = e.articleIds.map((id) => refs.get(id) ?? { article_id: id, url: null, outlet: null, title: null, published: null });
  const base = { kind: isCanonical(e) ? 'canonical' : 'mention', ...eventJson(e, sources) };
  if (!isCanonical(e)) return base;
  return {
    ...base, mention_ids: e.mentionIds, corroboration: e.corroboration, conflicts: e.conflicts,
    history: e.history, story_id: e.storyId,
  };
}

/** What a map marker, a timeline bar and a list row need, without the evidence. */
export function eventSummary(e: Event): Record<string, unknown> {
  const info = TYPES[e.type as EventType];
  return {
    id: e.id,
    kind: isCanonical(e) ? 'canonical' : 'mention',
    type: e.type,
    label: info?.label ?? e.type,
    group: info?.group ?? 'statements',
    date: e.date ? { start: e.date.start, end: e.date.end, precision: e.date.precision } : null,
    location: e.location && { name: e.location.name, country: e.location.country, lat: e.location.lat, lon: e.location.lon, precision: e.location.precision },
    actors: e.actors.filter((a) => a.role !== 'associated').map((a) => ({ name: a.name, kb_id: a.kbId, role: a.role })),
    fatalities: e.fatalities?.best ?? e.fatalities?.low ?? null,
    modality: e.modality,
    main: e.main,
    background: e.background,
    article_ids: e.articleIds,
    corroboration: isCanonical(e) ? e.corroboration : e.articleIds.length,
  };
}

/** Comma-separated event types, each checked against the taxonomy. */
export function parseTypes(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  const types = value.split(',').map((t) => t.trim()).filter(Boolean);
  const bad = types.filter((t) => !(EVENT_TYPES as readonly string[]).includes(t));
  if (bad.length) throw badRequest('type', `unknown event type ${bad.map((b) => `"${b}"`).join(', ')}`, [...EVENT_TYPES]);
  return types;
}

/** "west,south,east,north" in degrees, each in range, south below north. */
export function parseBbox(value: string | undefined): [number, number, number, number] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(',').map((p) => Number(p.trim()));
  const form = 'must be four numbers west,south,east,north (e.g. 60,30,75,42)';
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) throw badRequest('bbox', form);
  const [w, s, e, n] = parts;
  if (Math.abs(w) > 180 || Math.abs(e) > 180) throw badRequest('bbox', 'longitudes must be within -180..180');
  if (Math.abs(s) > 90 || Math.abs(n) > 90) throw badRequest('bbox', 'latitudes must be within -90..90');
  if (s > n) throw badRequest('bbox', 'south must not be above north');
  if (w > e) throw badRequest('bbox', 'west must not be east of east (boxes across the antimeridian are not supported)');
  return [w, s, e, n];
}

export interface EventFilterParams {
  type?: string; actor?: string; country?: string; since?: string; until?: string; bbox?: string;
  q?: string; story?: string; article?: string; background?: boolean; limit?: number; offset?: number;
}

export function eventQuery(p: EventFilterParams): EventQuery {
  if (p.since && p.until && p.since > p.until) throw badRequest('since', `"${p.since}" is after until "${p.until}"`);
  return {
    types: parseTypes(p.type), actor: p.actor, country: p.country?.toUpperCase(), since: p.since, until: p.until,
    bbox: parseBbox(p.bbox), text: p.q, storyId: p.story, articleId: p.article,
    excludeBackground: p.background === false, limit: p.limit, offset: p.offset,
  };
}
