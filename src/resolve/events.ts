// Event merging for one article: each of its mentions joins the best-matching canonical event of
// its story (or, on strong evidence, of any story) or founds one. Cannot-link pairs from
// `sitrep unmerge` are never merged again.
import type { CanonicalEvent, Event, MergeStep } from '../model.ts';
import type { Store } from '../store.ts';
import { mergeVerdict, MERGE_THRESHOLD, NEAR_DAYS } from './merge.ts';
import { reconcile, type ReconcileContext, type SourceInfo } from './reconcile.ts';
import { foldFields, foldMention, newestReport } from './fold.ts';
import { daySpan, parseIso } from './dates.ts';
import { dayBuckets, mergeKey } from '../store/event-keys.ts';

/** Canonical events read per merge-index key: one story's incidents of one type in one week are a handful. */
const CANDIDATES_PER_KEY = 40;
/**
 * Events with fewer mentions than this are reconciled whole from their mentions on each merge
 * (the type by majority); larger ones fold each new mention into their record.
 */
const FULL_RECONCILE_MENTIONS = 20;
/** Cross-story candidates need a day-precise date and a point location: nothing weaker merges across stories. */
const CROSS_STORY_WINDOW_DAYS = 1;

/** Outlet and date of each source, the current article from memory and the rest from the store. */
export async function sourceInfo(store: Store, ids: string[], current: Map<string, SourceInfo>): Promise<Map<string, SourceInfo>> {
  const out = new Map(current);
  for (const id of ids) {
    if (out.has(id)) continue;
    const a = await store.getArticle(id);
    out.set(id, { outlet: a?.outlet ?? (a?.url ? hostOf(a.url) : null), published: a?.published ?? a?.ingestedAt ?? null });
  }
  return out;
}

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function shift(day: string, days: number): string {
  return new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
}

async function crossStoryCandidates(store: Store, m: Event): Promise<CanonicalEvent[]> {
  const day = m.date?.start;
  if (!day || parseIso(day)?.day == null || parseIso(day)?.year == null || m.location?.precision !== 1 || !m.location.country) return [];
  return store.queryCanonical({ types: [m.type], country: m.location.country, since: shift(day, -CROSS_STORY_WINDOW_DAYS), until: shift(day, CROSS_STORY_WINDOW_DAYS), limit: 50 });
}

/**
 * The merge-index keys a mention probes: the story's events of the types it may merge with, in
 * the weeks its date (widened by the merge's day tolerance) touches, plus the long-running and
 * undated ones; a mention with no usable date probes each type's best-reported events.
 */
export function probeKeys(storyId: string, m: Event, storyYear: ReconcileContext['storyYear']): string[] {
  const span = daySpan(m.date, storyYear?.year ?? null);
  const weeks = span ? dayBuckets([span[0] - NEAR_DAYS, span[1] + NEAR_DAYS]) : null;
  const buckets = weeks ? [...weeks, 'long', 'undated'] : ['any'];
  return buckets.map((b) => mergeKey(storyId, m.type, b));
}

/**
 * Merges `mentions` (one article's; `current` knows its source) into the canonical events of
 * `storyId` and stores the changed events; returns them. Candidates come from the merge index,
 * so the cost does not grow with the story; an event past FULL_RECONCILE_MENTIONS takes each
 * new mention by folding it in (src/resolve/fold.ts) instead of reconciling every mention again.
 */
export async function resolveEvents(store: Store, storyId: string, mentions: Event[], current: Map<string, SourceInfo>, storyYear: ReconcileContext['storyYear']): Promise<CanonicalEvent[]> {
  const keys = [...new Set(mentions.flatMap((m) => probeKeys(storyId, m, storyYear)))];
  const candidates = new Map((await store.mergeCandidates(keys, CANDIDATES_PER_KEY)).map((e) => [e.id, e]));
  const memberCache = new Map<string, Event>(mentions.map((m) => [m.id, m]));
  const changed = new Set<string>();
  const forbidden = new Map<string, Set<string>>();
  for (const [a, b] of await store.cannotLinks(mentions.map((m) => m.id))) {
    (forbidden.get(a) ?? forbidden.set(a, new Set()).get(a)!).add(b);
    (forbidden.get(b) ?? forbidden.set(b, new Set()).get(b)!).add(a);
  }
  for (const m of mentions) {
    if (await store.canonicalOfMention(m.id)) continue;
    const split = forbidden.get(m.id);
    // The best score wins, the smaller id on a tie: the same choice as scanning candidates in id
    // order. Other stories are searched only when no event of the story takes the mention.
    const pick = (pool: Iterable<CanonicalEvent>) => {
      let best: { c: CanonicalEvent; score: number; reasons: string[] } | null = null;
      for (const c of pool) {
        if (split && c.mentionIds.some((id) => split.has(id))) continue;
        const v = mergeVerdict(m, c);
        if (v && v.score >= MERGE_THRESHOLD && (!best || v.score > best.score || (v.score === best.score && c.id < best.c.id))) best = { c, ...v };
      }
      return best;
    };
    const best = pick(candidates.values()) ?? pick((await crossStoryCandidates(store, m)).filter((c) => !candidates.has(c.id)));
    const at = new Date().toISOString();
    const step: MergeStep = best
      ? { mentionId: m.id, action: 'merged', score: best.score, reasons: best.c.storyId === storyId ? best.reasons : [...best.reasons, 'strong evidence across stories'], at }
      : { mentionId: m.id, action: 'created', score: 1, reasons: [], at };
    const ctx = { storyId: best?.c.storyId ?? storyId, storyYear };
    let merged: CanonicalEvent;
    if (best && best.c.mentionIds.length >= FULL_RECONCILE_MENTIONS) {
      const newest = [newestReport(best.c, 'fatalities'), newestReport(best.c, 'injured')].filter((a): a is string => !!a);
      // Candidates hold their first spans only: the articles behind the folded fields come from the evidence index.
      const said = await store.evidenceArticles(best.c.id, foldFields(best.c));
      merged = foldMention(best.c, m, step, { ...ctx, sources: await sourceInfo(store, [...new Set([...m.articleIds, ...newest])], current) }, said);
    } else {
      const memberIds = best ? [...best.c.mentionIds, m.id] : [m.id];
      const missing = memberIds.filter((id) => !memberCache.has(id));
      for (const e of await store.getMentions(missing)) memberCache.set(e.id, e);
      const members = memberIds.map((id) => memberCache.get(id)).filter((e): e is Event => !!e);
      const sources = await sourceInfo(store, [...new Set(members.flatMap((e) => e.articleIds))], current);
      merged = reconcile(members, [...(best?.c.history ?? []), step], { ...ctx, sources });
    }
    if (best && best.c.id !== merged.id) candidates.delete(best.c.id);
    candidates.set(merged.id, merged);
    changed.add(merged.id);
  }
  const touched = [...changed].map((id) => candidates.get(id)!).filter((e) => e);
  if (touched.length) await store.putCanonical(touched);
  return touched;
}
