// Two stories that one later article links strongly are one story that started twice (an early
// report too unlike the first to join it). Arrival order decided the split, so the stories merge:
// the oldest keeps its id (ids stay stable for users who saw it), the others' articles, events and
// profiles move into it and their ids disappear.
import type { Store } from '../store.ts';
import { storyConflicts, type AnchorKind } from './anchors.ts';
import type { AnchoredProfile } from './stories.ts';
import { writeMembers } from './story-split.ts';

/**
 * Whether two stories read as one: their headlines share a word and their main people and regions
 * do not differ. An article fairly similar to two such stories links them (stories.ts); two
 * incidents of one kind (two shootings, two quakes) differ in who or where, or in their headlines.
 */
export function storiesAgree(x: AnchoredProfile, y: AnchoredProfile, xGrown: AnchoredProfile = x): boolean {
  const xh = x.headlines ?? {}, yh = y.headlines ?? {};
  if (!Object.keys(xGrown.headlines ?? {}).some((w) => w in yh)) return false;
  // Dated stories are kept apart by the time discount; years stated in an undated story's leads speak for its date.
  const conflicts = storyConflicts(x.anchors ?? {}, y.anchors ?? {}, xh, yh);
  return conflicts.every((k) => k === 'year' && x.start !== null && y.start !== null) ;
}

/** The oldest story first: earliest start (undated last), then the larger, then by id. */
export function oldestFirst(ps: AnchoredProfile[]): AnchoredProfile[] {
  return [...ps].sort((x, y) => (x.start ?? '\uffff').localeCompare(y.start ?? '\uffff') || y.articles - x.articles || (x.storyId < y.storyId ? -1 : 1));
}

function sum(into: Record<string, number>, from: Record<string, number> | undefined): void {
  for (const [k, v] of Object.entries(from ?? {})) into[k] = (into[k] ?? 0) + v;
}

/** One profile holding all of `ps` (summed vectors, joint span); its index is rebuilt when the next article grows it. */
export function combinedProfile(storyId: string, ps: AnchoredProfile[]): AnchoredProfile {
  const terms: Record<string, number> = {}, keys: Record<string, number> = {}, headlines: Record<string, number> = {}, years: Record<string, number> = {};
  const anchors: Record<AnchorKind, Record<string, number>> = { person: {}, region: {}, year: {} };
  const apart = [...new Set(ps.flatMap((p) => p.apart ?? []))];
  for (const p of ps) {
    sum(terms, p.terms);
    sum(keys, p.keys);
    sum(headlines, p.headlines);
    sum(years, p.years);
    sum(anchors.person, p.anchors?.person);
    sum(anchors.region, p.anchors?.region);
    sum(anchors.year, p.anchors?.year);
  }
  const days = ps.flatMap((p) => [p.start, p.end]).filter((d): d is string => !!d).sort();
  return {
    storyId, start: days[0] ?? null, end: days.at(-1) ?? null, articles: ps.reduce((s, p) => s + p.articles, 0),
    terms, keys, index: [...new Set(ps.flatMap((p) => p.index))], anchors, headlines, years, ...(apart.length ? { apart } : {}),
  };
}

/** Moves the stories `dropIds` into `keepId`: articles, event ids, canonical events; forgets their stories and profiles. */
export async function absorbStories(store: Store, keepId: string, dropIds: string[]): Promise<void> {
  const keep = await store.getStory(keepId);
  if (!keep) return;
  for (const id of dropIds) {
    const gone = await store.getStory(id);
    if (gone) {
      keep.articleIds = [...keep.articleIds, ...gone.articleIds.filter((a) => !keep.articleIds.includes(a))];
      keep.eventIds = [...new Set([...keep.eventIds, ...gone.eventIds])];
      keep.start = [keep.start, gone.start].filter((d): d is string => !!d).sort()[0] ?? null;
      keep.end = [keep.end, gone.end].filter((d): d is string => !!d).sort().at(-1) ?? null;
    }
    const events = await store.queryCanonical({ storyId: id, limit: 100_000 });
    if (events.length) await store.putCanonical(events.map((e) => ({ ...e, storyId: keepId })));
    await store.deleteStory(id);
    await store.deleteStoryProfile(id);
    await writeMembers(store, id, null);
  }
  await store.putStory(keep);
}

/**
 * Moves `movedArticleIds` out of story `fromId` into a new story `newId` (split-story.ts found them
 * a second incident): their canonical events follow when most of their evidence comes from them, and
 * both stories get the profiles given.
 */
export async function splitStory(store: Store, fromId: string, newId: string, movedArticleIds: string[], kept: AnchoredProfile, moved: AnchoredProfile, title: string): Promise<void> {
  const from = await store.getStory(fromId);
  if (!from) return;
  const away = new Set(movedArticleIds);
  const events = await store.queryCanonical({ storyId: fromId, limit: 100_000 });
  // An event goes where most of its reports go: kept behind on one stray report, later reports of
  // the moved incident could never merge into it.
  const leaving = events.filter((e) => e.articleIds.length && 2 * e.articleIds.filter((a) => away.has(a)).length > e.articleIds.length);
  if (leaving.length) await store.putCanonical(leaving.map((e) => ({ ...e, storyId: newId })));
  const left = new Set(leaving.map((e) => e.id));
  await store.putStoryProfile(kept);
  await store.putStoryProfile(moved);
  await store.putStory({ ...from, start: kept.start, end: kept.end, articleIds: from.articleIds.filter((a) => !away.has(a)), eventIds: from.eventIds.filter((e) => !left.has(e)) });
  await store.putStory({ id: newId, title, start: moved.start, end: moved.end, articleIds: from.articleIds.filter((a) => away.has(a)), eventIds: from.eventIds.filter((e) => left.has(e)) });
}
