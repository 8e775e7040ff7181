// Event merging for one article: each of its mentions joins the best-matching canonical event of
// its story (or, on strong evidence, of any story) or founds one. Cannot-link pairs from
// `sitrep unmerge` are never merged again.
import type { CanonicalEvent, Event, MergeStep } from '../model.ts';
import type { Store } from '../store.ts';
import { mergeVerdict, mergeableTypes, MERGE_THRESHOLD } from './merge.ts';
import { reconcile, type ReconcileContext, type SourceInfo } from './reconcile.ts';
import { parseIso } from './dates.ts';

/** Canonical events of one story read as candidates: a story is a handful of incidents, rarely hundreds. */
const STORY_EVENT_LIMIT = 1000;
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

/** A story's canonical event as resolve holds it: the full record when it may take a mention, else its indexed columns. */
export type StoryEvent = CanonicalEvent | Awaited<ReturnType<Store['canonicalSummaries']>>[number];

export function isRecord(e: StoryEvent): e is CanonicalEvent {
  return 'mentionIds' in e;
}

export interface ResolvedEvents {
  /** The story's event ids after the merge. */
  eventIds: string[];
  /**
   * The story's canonical events as stored after the merge (records for the merge-compatible types
   * and the changed ones, summaries for the rest), when all of them were read (fewer than
   * STORY_EVENT_LIMIT); null otherwise. Callers reuse them instead of reading the story again.
   */
  storyEvents: StoryEvent[] | null;
}

/**
 * Merges `mentions` (one article's, already in `byId` with every mention they may join) into the
 * canonical events of `storyId` and stores the changed events. Returns the story's event ids.
 */
export async function resolveEvents(store: Store, storyId: string, mentions: Event[], current: Map<string, SourceInfo>, storyYear: ReconcileContext['storyYear']): Promise<ResolvedEvents> {
  // Only events of a type some mention can merge with are candidates, so only their records are
  // decoded; the rest give ids and the span from indexed columns. Both are limited to the first
  // STORY_EVENT_LIMIT events in date order, as one read of the whole story would be.
  const stored = (await store.canonicalSummaries(storyId)).slice(0, STORY_EVENT_LIMIT);
  const types = [...new Set(mentions.flatMap((m) => mergeableTypes(m.type)))];
  const events = new Map<string, StoryEvent>(stored.map((e) => [e.id, e]));
  const candidates = new Map<string, CanonicalEvent>();
  if (types.length) {
    for (const e of await store.queryCanonical({ storyId, types, limit: STORY_EVENT_LIMIT })) {
      if (events.has(e.id)) {
        events.set(e.id, e);
        candidates.set(e.id, e);
      }
    }
  }
  const memberCache = new Map<string, Event>(mentions.map((m) => [m.id, m]));
  const changed = new Set<string>();
  const forbidden = new Map<string, Set<string>>();
  for (const [a, b] of await store.cannotLinks(mentions.map((m) => m.id))) {
    (forbidden.get(a) ?? forbidden.set(a, new Set()).get(a)!).add(b);
    (forbidden.get(b) ?? forbidden.set(b, new Set()).get(b)!).add(a);
  }
  for (const m of mentions) {
    if (await store.canonicalOfMention(m.id)) continue;
    const cross = (await crossStoryCandidates(store, m)).filter((c) => !events.has(c.id));
    let best: { c: CanonicalEvent; score: number; reasons: string[] } | null = null;
    const split = forbidden.get(m.id);
    // The best score wins, the smaller id on a tie: the same choice as scanning candidates in id
    // order, without sorting a story's hundreds of events for every mention.
    for (const pool of [candidates.values(), cross]) {
      for (const c of pool) {
        if (split && c.mentionIds.some((id) => split.has(id))) continue;
        const v = mergeVerdict(m, c);
        if (v && v.score >= MERGE_THRESHOLD && (!best || v.score > best.score || (v.score === best.score && c.id < best.c.id))) best = { c, ...v };
      }
    }
    const at = new Date().toISOString();
    const step: MergeStep = best
      ? { mentionId: m.id, action: 'merged', score: best.score, reasons: best.c.storyId === storyId ? best.reasons : [...best.reasons, 'strong evidence across stories'], at }
      : { mentionId: m.id, action: 'created', score: 1, reasons: [], at };
    const memberIds = best ? [...best.c.mentionIds, m.id] : [m.id];
    const missing = memberIds.filter((id) => !memberCache.has(id));
    for (const e of await store.getMentions(missing)) memberCache.set(e.id, e);
    const members = memberIds.map((id) => memberCache.get(id)).filter((e): e is Event => !!e);
    const sources = await sourceInfo(store, [...new Set(members.flatMap((e) => e.articleIds))], current);
    const merged = reconcile(members, [...(best?.c.history ?? []), step], { sources, storyId: best?.c.storyId ?? storyId, storyYear });
    if (best && best.c.id !== merged.id) {
      events.delete(best.c.id);
      candidates.delete(best.c.id);
    }
    events.set(merged.id, merged);
    candidates.set(merged.id, merged);
    changed.add(merged.id);
  }
  const touched = [...changed].map((id) => candidates.get(id)!).filter((e) => e);
  if (touched.length) await store.putCanonical(touched);
  // Summaries were read by story; a record may be another story's event a mention joined.
  const storyEvents = [...events.values()].filter((e) => !isRecord(e) || e.storyId === storyId);
  return { eventIds: storyEvents.map((e) => e.id), storyEvents: stored.length < STORY_EVENT_LIMIT ? storyEvents : null };
}
