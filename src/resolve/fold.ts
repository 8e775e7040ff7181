// One more mention folded into a canonical event without reading the mentions it already holds:
// what reconcile computes from all of them, computed from the record and the new mention alone,
// so a merge costs the same for the tenth report of an event as for the thousandth. The record
// keeps what the fold needs: per-article figures in its conflicts (or one figure for every
// article whose evidence gives it), the outlets it counted and the coarser places, in provenance.
// A record read for merging holds only its first spans per field, so the articles behind each
// field the fold reads come from the store's evidence index (Store.evidenceArticles, `said`).
import type { CanonicalEvent, Conflict, Count, Event, MergeStep } from '../model.ts';
import { combineDates } from './dates.ts';
import { isViolent } from './merge.ts';
import { mergeActors, mergeClaims } from './parties.ts';
import {
  addCount, bestLocation, combineByArticle, countConflict, countedOutlets, dateConflict, datesSaid, mergeEvidence, otherPlaces,
  outletKey, perpetratorConflict, perpetratorsSaid, placeAndOutletProvenance, reportedPlaces, type ReconcileContext, type Said,
} from './reconcile.ts';

type CountField = 'fatalities' | 'injured';

/** Articles behind a field, in the order their evidence was stored: Store.evidenceArticles of foldFields. */
export type FieldArticles = Record<string, string[]>;

/** The fields whose articles the fold reads: tolls, the date and the perpetrators. */
export function foldFields(e: CanonicalEvent): string[] {
  return ['fatalities', 'injured', 'date', ...e.actors.flatMap((a, i) => (a.role === 'actor1' ? [`actors.${i}`] : []))];
}

/** The articles behind a field: from `said` where the store gave them, else from the record's spans. */
function articlesOf(e: CanonicalEvent, field: string, said: FieldArticles): string[] {
  return [...new Set([...(said[field] ?? []), ...(e.evidence[field] ?? []).map((s) => s.articleId)])];
}

/** Each article's figure as the record holds it: from its conflict, else the one figure every report gave. */
function figuresByArticle(e: CanonicalEvent, field: CountField, said: FieldArticles): Map<string, Count> {
  const out = new Map<string, Count>();
  const conflict = e.conflicts.find((c) => c.field === field);
  if (conflict) for (const v of conflict.values) for (const a of v.articleIds) out.set(a, v.value as Count);
  else if (e[field]) for (const a of articlesOf(e, field, said)) out.set(a, e[field]!);
  return out;
}

/** The article named newest in a count's provenance ("range over N reports; newest ID"). */
export function newestReport(e: CanonicalEvent, field: CountField): string | null {
  return /newest (\S+)$/.exec(e.provenance[field]?.rule ?? '')?.[1] ?? null;
}

/** What each article said of a field before the fold: its conflict's values, else the record's one value. */
function saidBefore(e: CanonicalEvent, field: string, value: Said | null, articles: string[]): Said[] {
  const conflict = e.conflicts.find((c) => c.field === field);
  if (conflict) return conflict.values.flatMap((v) => v.articleIds.map((a) => ({ key: String(v.value), value: String(v.value), articleId: a })));
  return value ? articles.map((a) => ({ ...value, articleId: a })) : [];
}

function perpetratorBefore(e: CanonicalEvent, said: FieldArticles): Said[] {
  const conflict = e.conflicts.find((c) => c.field === 'actors.actor1');
  // A conflict shows names; the key is the named actor's identity, as perpetratorsSaid gives it.
  const keyOf = (name: string) => e.actors.find((a) => a.name === name)?.kbId ?? name;
  if (conflict) return conflict.values.flatMap((v) => v.articleIds.map((articleId) => ({ key: keyOf(String(v.value)), value: String(v.value), articleId })));
  return e.actors.flatMap((a, i) => (a.role === 'actor1' ? articlesOf(e, `actors.${i}`, said).map((articleId) => ({ key: a.kbId ?? a.name, value: a.name, articleId })) : []));
}

/**
 * `c` with `m` merged in. `ctx.sources` must know `m`'s article and the articles `newestReport`
 * names for the record's tolls; `said` the articles behind `c`'s foldFields when its record holds
 * only its first spans. The event keeps its type (reconcile's majority is taken while the event
 * is small enough to reconcile whole).
 */
export function foldMention(c: CanonicalEvent, m: Event, step: MergeStep, ctx: ReconcileContext, said: FieldArticles = {}): CanonicalEvent {
  const article = m.articleIds[0];
  const actors = mergeActors([c, m], c.type);
  const articleIds = [...new Set([...c.articleIds, ...m.articleIds])];
  const outlets = countedOutlets(c);
  const corroboration = outlets ? outlets.add(outletKey(article, ctx)).size : c.corroboration + (c.articleIds.includes(article) ? 0 : 1);
  // Only the record's newest report and the new one need a publication date: no other beats them.
  const counts = (field: CountField) => {
    const byArticle = figuresByArticle(c, field, said);
    addCount(byArticle, article, m[field]);
    return combineByArticle(byArticle, ctx);
  };
  const fatal = counts('fatalities'), injured = counts('injured');
  const location = bestLocation([c, m]);
  const datesMerged = combineDates([c.date, m.date].filter((d) => d !== null), ctx.storyYear);
  const date = datesMerged && c.date?.basis === 'implied' ? { ...datesMerged, basis: 'implied' as const, reason: datesMerged.reason ?? c.date.reason } : datesMerged;
  const provenance = { ...m.provenance, ...c.provenance };
  if (fatal.count) provenance.fatalities = { rule: `range over ${fatal.byArticle.size} reports; newest ${fatal.newest}`, basis: 'stated' };
  if (injured.count) provenance.injured = { rule: `range over ${injured.byArticle.size} reports; newest ${injured.newest}`, basis: 'stated' };
  if (date?.reason) provenance.date = { rule: 'merged dates: ' + date.reason, basis: 'implied' };
  const coarser = otherPlaces([c.location, m.location], location, reportedPlaces(c));
  Object.assign(provenance, placeAndOutletProvenance(location, coarser, outlets ?? new Set(), provenance.location?.basis));
  if (!outlets) delete provenance.corroboration;
  const perpetrators = [...perpetratorBefore(c, said), ...perpetratorsSaid([m])];
  const cDay = c.date?.start && c.date.precision === 'day' && c.date.basis === 'stated' ? { key: c.date.start, value: c.date.start, articleId: '' } : null;
  const dates = [...saidBefore(c, 'date', cDay, articlesOf(c, 'date', said)), ...datesSaid([m])];
  const conflicts = [
    countConflict('fatalities', fatal.byArticle), countConflict('injured', injured.byArticle),
    isViolent(c.type) ? perpetratorConflict(perpetrators) : null, dateConflict(dates),
  ].filter((x): x is Conflict => !!x);
  return {
    ...c, tags: [...new Set([...c.tags, ...m.tags])], actors: actors.actors, location, date,
    fatalities: fatal.count, injured: injured.count, claims: mergeClaims([c, m]),
    modality: c.modality === 'occurred' || m.modality !== 'occurred' ? c.modality : 'occurred',
    main: c.main || m.main, background: c.background && m.background,
    evidence: mergeEvidence([c, m], actors.evidence), provenance, articleIds,
    mentionIds: [...c.mentionIds, m.id], corroboration, conflicts, history: [...c.history, step],
  };
}
