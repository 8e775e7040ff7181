// One canonical event from the mentions that report it: every source, the most precise place,
// the combined date span, casualty ranges across reports, and the disagreements between sources.
import type { CanonicalEvent, Conflict, Count, Event, EventLocation, MergeStep } from '../model.ts';
import { combineDates } from './dates.ts';
import { isViolent } from './merge.ts';
import { mergeActors, mergeClaims } from './parties.ts';

/** What reconciliation needs to know about each source article. */
export interface SourceInfo {
  outlet: string | null;
  /** Publication date (or ingestion time) that orders reports: the newest toll is noted. */
  published: string | null;
}

export interface ReconcileContext {
  sources: Map<string, SourceInfo>;
  storyId: string | null;
  /** The year the story's articles are dated in, for year-less dates no report of the event anchors. */
  storyYear: { year: number; from: string } | null;
}

function articleOf(m: Event): string {
  return m.articleIds[0];
}

/** Most precise first; among equals one with a region, then a country, then the most reported place. */
function bestLocation(ms: Event[]): EventLocation | null {
  const locs = ms.map((m) => m.location).filter((l): l is EventLocation => !!l);
  const count = (l: EventLocation) => locs.filter((x) => x.gazetteerId === l.gazetteerId).length;
  const rank = (l: EventLocation) => l.precision * 100 - (l.admin1 ? 20 : 0) - (l.country ? 10 : 0) - Math.min(count(l), 9);
  return locs.reduce<EventLocation | null>((best, l) => (!best || rank(l) < rank(best) ? l : best), null);
}

/**
 * The other places reports gave for the event ("near the Tajik–Afghan border" beside Khatlon), by
 * name with their gazetteer id: the winner's region is kept in its record, the coarser names here.
 */
function otherPlaces(ms: Event[], winner: EventLocation | null): string[] {
  const out = new Map<string, string>();
  for (const l of ms.map((m) => m.location)) {
    if (!l || (winner && (l.gazetteerId ?? l.name) === (winner.gazetteerId ?? winner.name))) continue;
    out.set(l.gazetteerId ?? l.name, l.gazetteerId ? `${l.name} (${l.gazetteerId})` : l.name);
  }
  return [...out.values()];
}

function countConflict(field: string, byArticle: Map<string, Count>): Conflict | null {
  const values = new Map<string, { value: Count; articleIds: string[] }>();
  for (const [a, c] of byArticle) {
    const key = `${c.low}/${c.best}/${c.high}`;
    (values.get(key) ?? values.set(key, { value: c, articleIds: [] }).get(key)!).articleIds.push(a);
  }
  return values.size > 1 ? { field, values: [...values.values()] } : null;
}

/** Casualties across reports: the lowest floor, the newest report's best figure, the highest ceiling (never below a floor). */
function combineCounts(ms: Event[], pick: (e: Event) => Count | null, ctx: ReconcileContext): { count: Count | null; newest: string | null; byArticle: Map<string, Count> } {
  const byArticle = new Map<string, Count>();
  for (const m of ms) {
    const c = pick(m);
    const prev = byArticle.get(articleOf(m));
    if (c && (!prev || (c.best ?? c.low ?? 0) > (prev.best ?? prev.low ?? 0))) byArticle.set(articleOf(m), c);
  }
  if (!byArticle.size) return { count: null, newest: null, byArticle };
  const order = [...byArticle.keys()];
  const newest = order.reduce((x, y) => ((ctx.sources.get(y)?.published ?? '') > (ctx.sources.get(x)?.published ?? '') ? y : x));
  const cs = [...byArticle.values()];
  const lows = cs.map((c) => c.low ?? c.best).filter((v): v is number => v !== null);
  const highs = cs.map((c) => c.high ?? c.best).filter((v): v is number => v !== null);
  const latest = byArticle.get(newest)!;
  return {
    count: { low: lows.length ? Math.min(...lows) : null, best: latest.best, high: highs.length ? Math.max(...highs, ...lows) : null, qualifier: latest.qualifier },
    newest, byArticle,
  };
}

function perpetratorConflict(ms: Event[]): Conflict | null {
  const values = new Map<string, { value: string; articleIds: string[] }>();
  for (const m of ms) {
    const p = m.actors.find((a) => a.role === 'actor1');
    if (!p) continue;
    const v = values.get(p.kbId ?? p.name) ?? values.set(p.kbId ?? p.name, { value: p.name, articleIds: [] }).get(p.kbId ?? p.name)!;
    if (!v.articleIds.includes(articleOf(m))) v.articleIds.push(articleOf(m));
  }
  const perArticle = new Set([...values.values()].flatMap((v) => v.articleIds));
  // Only a disagreement between articles counts: one article naming two sides is not a conflict.
  return values.size > 1 && perArticle.size > 1 && [...values.values()].every((v) => v.articleIds.length < perArticle.size) ? { field: 'actors.actor1', values: [...values.values()] } : null;
}

function dateConflict(ms: Event[]): Conflict | null {
  const stated = ms.filter((m) => m.date?.start && m.date.basis === 'stated' && m.date.yearResolved && m.date.precision === 'day');
  const values = new Map<string, { value: string; articleIds: string[] }>();
  for (const m of stated) {
    const key = m.date!.start!;
    const v = values.get(key) ?? values.set(key, { value: key, articleIds: [] }).get(key)!;
    if (!v.articleIds.includes(articleOf(m))) v.articleIds.push(articleOf(m));
  }
  const articles = new Set(stated.map(articleOf));
  return values.size > 1 && articles.size > 1 && [...values.values()].every((v) => v.articleIds.length < articles.size) ? { field: 'date', values: [...values.values()] } : null;
}

/** Evidence by field; actor fields come from `mergeActors`, since "actors.0" differs between reports. */
function mergeEvidence(ms: Event[], actors: Record<string, Event['evidence'][string]>): Record<string, Event['evidence'][string]> {
  const out: Record<string, Event['evidence'][string]> = { ...actors };
  for (const m of ms) {
    for (const [field, spans] of Object.entries(m.evidence)) {
      if (field.startsWith('actors.')) continue;
      const into = (out[field] ??= []);
      for (const s of spans) if (!into.some((x) => x.articleId === s.articleId && x.start === s.start && x.end === s.end)) into.push(s);
    }
  }
  return out;
}

/** Builds the canonical event for `mentions` (creation order) with the merge history so far. */
export function reconcile(mentions: Event[], history: MergeStep[], ctx: ReconcileContext): CanonicalEvent {
  const first = mentions[0];
  const types = new Map<string, number>();
  for (const m of mentions) types.set(m.type, (types.get(m.type) ?? 0) + 1);
  const type = [...types].sort((a, b) => b[1] - a[1])[0][0];
  const actors = mergeActors(mentions, type);
  const articleIds = [...new Set(mentions.flatMap((m) => m.articleIds))];
  const outlets = new Set(articleIds.map((a) => ctx.sources.get(a)?.outlet?.toLowerCase() || 'article:' + a));
  const fatal = combineCounts(mentions, (m) => m.fatalities, ctx);
  const injured = combineCounts(mentions, (m) => m.injured, ctx);
  const location = bestLocation(mentions);
  const date = combineDates(mentions.map((m) => m.date).filter((d) => d !== null), ctx.storyYear);
  const provenance = { ...Object.assign({}, ...[...mentions].reverse().map((m) => m.provenance)) };
  if (fatal.count) provenance.fatalities = { rule: `range over ${fatal.byArticle.size} reports; newest ${fatal.newest}`, basis: 'stated' };
  if (injured.count) provenance.injured = { rule: `range over ${injured.byArticle.size} reports; newest ${injured.newest}`, basis: 'stated' };
  if (date?.reason) provenance.date = { rule: 'merged dates: ' + date.reason, basis: 'implied' };
  const coarser = otherPlaces(mentions, location);
  if (location && coarser.length) provenance.location = { rule: `most precise of the reported places; also reported: ${coarser.join('; ')}`, basis: provenance.location?.basis ?? 'stated' };
  const conflicts = [countConflict('fatalities', fatal.byArticle), countConflict('injured', injured.byArticle), isViolent(type) ? perpetratorConflict(mentions) : null, dateConflict(mentions)].filter((c): c is Conflict => !!c);
  return {
    id: 'ev:' + first.id, type, tags: [...new Set(mentions.flatMap((m) => m.tags))], actors: actors.actors,
    location, date, fatalities: fatal.count, injured: injured.count,
    claims: mergeClaims(mentions),
    modality: mentions.find((m) => m.modality === 'occurred')?.modality ?? first.modality,
    main: mentions.some((m) => m.main), background: mentions.every((m) => m.background),
    evidence: mergeEvidence(mentions, actors.evidence), provenance, articleIds,
    mentionIds: mentions.map((m) => m.id), corroboration: outlets.size, conflicts, history, storyId: ctx.storyId,
  };
}
