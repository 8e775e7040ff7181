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
export function bestLocation(ms: Pick<Event, 'location'>[]): EventLocation | null {
  const locs = ms.map((m) => m.location).filter((l): l is EventLocation => !!l);
  const count = (l: EventLocation) => locs.filter((x) => x.gazetteerId === l.gazetteerId).length;
  const rank = (l: EventLocation) => l.precision * 100 - (l.admin1 ? 20 : 0) - (l.country ? 10 : 0) - Math.min(count(l), 9);
  return locs.reduce<EventLocation | null>((best, l) => (!best || rank(l) < rank(best) ? l : best), null);
}

/**
 * The other places reports gave for the event ("near the Tajik–Afghan border" beside Khatlon), by
 * name with their gazetteer id: the winner's region is kept in its record, the coarser names here.
 */
export function otherPlaces(locations: (EventLocation | null)[], winner: EventLocation | null, earlier: string[] = []): string[] {
  const out = new Set<string>(earlier);
  for (const l of locations) if (l) out.add(placeLabel(l));
  if (winner) out.delete(placeLabel(winner));
  return [...out];
}

const placeLabel = (l: EventLocation) => (l.gazetteerId ? `${l.name} (${l.gazetteerId})` : l.name);
const ALSO_REPORTED = 'most precise of the reported places; also reported: ';

/** The places an event's location provenance lists beside the winner. */
export function reportedPlaces(e: CanonicalEvent): string[] {
  const rule = e.provenance.location?.rule ?? '';
  return rule.startsWith(ALSO_REPORTED) ? rule.slice(ALSO_REPORTED.length).split('; ') : [];
}

const OUTLETS = 'distinct outlets: ';

/** The outlets (or "article:ID" where none is known) counted in an event's corroboration; null for records from before they were kept. */
export function countedOutlets(e: CanonicalEvent): Set<string> | null {
  const rule = e.provenance.corroboration?.rule;
  return rule?.startsWith(OUTLETS) ? new Set(rule.slice(OUTLETS.length).split(' ')) : null;
}

export function outletKey(articleId: string, ctx: ReconcileContext): string {
  return ctx.sources.get(articleId)?.outlet?.toLowerCase().replace(/\s+/g, '') || 'article:' + articleId;
}

/** Provenance of the location (the coarser places kept) and of corroboration (the outlets counted). */
export function placeAndOutletProvenance(location: EventLocation | null, coarser: string[], outlets: Set<string>, basis: Event['provenance'][string]['basis'] | undefined): Event['provenance'] {
  const out: Event['provenance'] = { corroboration: { rule: OUTLETS + [...outlets].sort().join(' '), basis: 'stated' } };
  if (location && coarser.length) out.location = { rule: ALSO_REPORTED + coarser.join('; '), basis: basis ?? 'stated' };
  return out;
}

/** One figure however a report spelled it: "10" and "10 to 10" are the same toll. */
const countKey = (c: Count) => `${c.low ?? c.best}/${c.best}/${c.high ?? c.best}`;

export function countConflict(field: string, byArticle: Map<string, Count>): Conflict | null {
  const values = new Map<string, { value: Count; articleIds: string[] }>();
  for (const [a, c] of byArticle) {
    const key = countKey(c);
    (values.get(key) ?? values.set(key, { value: c, articleIds: [] }).get(key)!).articleIds.push(a);
  }
  return values.size > 1 ? { field, values: [...values.values()] } : null;
}

/** Casualties across reports: the lowest floor, the newest report's best figure, the highest ceiling (never below a floor). */
function combineCounts(ms: Event[], pick: (e: Event) => Count | null, ctx: ReconcileContext): CombinedCount {
  const byArticle = new Map<string, Count>();
  for (const m of ms) addCount(byArticle, articleOf(m), pick(m));
  return combineByArticle(byArticle, ctx);
}

export interface CombinedCount { count: Count | null; newest: string | null; byArticle: Map<string, Count> }

/** An article's figure: the larger when it gives two for one event. */
export function addCount(byArticle: Map<string, Count>, articleId: string, c: Count | null): void {
  const prev = byArticle.get(articleId);
  if (c && (!prev || (c.best ?? c.low ?? 0) > (prev.best ?? prev.low ?? 0))) byArticle.set(articleId, c);
}

/** The range over every article's figure; `sources` must know the publication date of each article. */
export function combineByArticle(byArticle: Map<string, Count>, ctx: ReconcileContext): CombinedCount {
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

/** What one article said of a field: its key (identity), the value shown, and the article. */
export interface Said { key: string; value: string; articleId: string }

export function perpetratorsSaid(ms: Event[]): Said[] {
  return ms.flatMap((m) => {
    const p = m.actors.find((a) => a.role === 'actor1');
    return p ? [{ key: p.kbId ?? p.name, value: p.name, articleId: articleOf(m) }] : [];
  });
}

export function perpetratorConflict(said: Said[]): Conflict | null {
  const values = new Map<string, { value: string; articleIds: string[] }>();
  for (const s of said) {
    const v = values.get(s.key) ?? values.set(s.key, { value: s.value, articleIds: [] }).get(s.key)!;
    if (!v.articleIds.includes(s.articleId)) v.articleIds.push(s.articleId);
  }
  const perArticle = new Set([...values.values()].flatMap((v) => v.articleIds));
  // Only a disagreement between articles counts: one article naming two sides is not a conflict.
  return values.size > 1 && perArticle.size > 1 && [...values.values()].every((v) => v.articleIds.length < perArticle.size) ? { field: 'actors.actor1', values: [...values.values()] } : null;
}

/** Day-precise start days the reports state, with a year. */
export function datesSaid(ms: Event[]): Said[] {
  return ms.filter((m) => m.date?.start && m.date.basis === 'stated' && m.date.yearResolved && m.date.precision === 'day').map((m) => ({ key: m.date!.start!, value: m.date!.start!, articleId: articleOf(m) }));
}

export function dateConflict(said: Said[]): Conflict | null {
  const values = new Map<string, { value: string; articleIds: string[] }>();
  for (const s of said) {
    const v = values.get(s.key) ?? values.set(s.key, { value: s.value, articleIds: [] }).get(s.key)!;
    if (!v.articleIds.includes(s.articleId)) v.articleIds.push(s.articleId);
  }
  const articles = new Set(said.map((s) => s.articleId));
  return values.size > 1 && articles.size > 1 && [...values.values()].every((v) => v.articleIds.length < articles.size) ? { field: 'date', values: [...values.values()] } : null;
}

/** Evidence by field; actor fields come from `mergeActors`, since "actors.0" differs between reports. */
export function mergeEvidence(ms: Pick<Event, 'evidence'>[], actors: Record<string, Event['evidence'][string]>): Record<string, Event['evidence'][string]> {
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
  const outlets = new Set(articleIds.map((a) => outletKey(a, ctx)));
  const fatal = combineCounts(mentions, (m) => m.fatalities, ctx);
  const injured = combineCounts(mentions, (m) => m.injured, ctx);
  const location = bestLocation(mentions);
  const date = combineDates(mentions.map((m) => m.date).filter((d) => d !== null), ctx.storyYear);
  const provenance = { ...Object.assign({}, ...[...mentions].reverse().map((m) => m.provenance)) };
  if (fatal.count) provenance.fatalities = { rule: `range over ${fatal.byArticle.size} reports; newest ${fatal.newest}`, basis: 'stated' };
  if (injured.count) provenance.injured = { rule: `range over ${injured.byArticle.size} reports; newest ${injured.newest}`, basis: 'stated' };
  if (date?.reason) provenance.date = { rule: 'merged dates: ' + date.reason, basis: 'implied' };
  Object.assign(provenance, placeAndOutletProvenance(location, otherPlaces(mentions.map((m) => m.location), location), outlets, provenance.location?.basis));
  const conflicts = [countConflict('fatalities', fatal.byArticle), countConflict('injured', injured.byArticle), isViolent(type) ? perpetratorConflict(perpetratorsSaid(mentions)) : null, dateConflict(datesSaid(mentions))].filter((c): c is Conflict => !!c);
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
