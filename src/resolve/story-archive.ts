// Stories older than the candidate window: a leak, a crash or an attack is revisited a year or
// more later (an anniversary, a new batch of documents, a verdict). Such a follow-up is found
// through its headline words and named keys in a second, bounded lookup over the years before
// the window, and joins only on a score well above the ordinary bar: over that much time, much
// weaker agreement is more often a new incident of one kind than the old story. And it must look
// back: a follow-up years later names the old story's year ("the 2016 leak"), while a new strike on
// the same province two years on speaks only of its own days. An old report loaded after its
// follow-up is matched the other way: the follow-up's story states the old report's year.
import type { Store, StoryProfile } from '../store.ts';
import type { ArticleProfile } from './profile.ts';

/** How far back the archive lookup reaches: legacy stories are revisited years later, rarely a decade. */
export const ARCHIVE_YEARS = 6;
/** Stories read per key in the archive, latest first: a follow-up returns to a story its headline names. */
const ARCHIVE_PER_KEY = 2;
/** Archive stories scored per article, those sharing the most lookup keys first: bounds the cost. */
const ARCHIVE_MAX_SCORED = 6;
/**
 * An archive story is joined only at this similarity or more (the ordinary bar is 0.15): a year
 * apart, the time discount is at its floor and only shared names and headline words carry it.
 */
export const ARCHIVE_JOIN_THRESHOLD = 0.2;

const DAY_MS = 86_400_000;

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The keys an article looks up old stories by: its named people, groups and places, and its
 * headline words (what it is about), as the story index spells them.
 */
export function archiveKeys(a: ArticleProfile): string[] {
  const named = [...a.keys.keys()].filter((k) => k.startsWith('e:') || k.startsWith('p:'));
  return [...named, ...(a.headline ?? []).map((t) => 't:' + t)];
}

/** What an archive story must hold for the look-back test; profiles built before lack `years`. */
type ArchiveStory = StoryProfile & { years?: Record<string, number> };

const yearOf = (day: string | null) => day?.slice(0, 4) ?? null;

/**
 * Whether article and story refer across the years between them: the article states a year of the
 * story's span, or the story's reports state the article's year.
 */
export function refersAcross(a: ArticleProfile, s: ArchiveStory): boolean {
  const [from, to, own] = [yearOf(s.start), yearOf(s.end), yearOf(a.day)];
  if ((a.years ?? []).some((y) => from !== null && to !== null && y >= from && y <= to)) return true;
  return own !== null && !!s.years?.[own];
}

/**
 * Stories whose span lies wholly outside the candidate window (`windowDays` either side of the
 * article's day) and within ARCHIVE_YEARS of it, found by `archiveKeys`; none for an undated
 * article (undated stories are in every window already, and were scored with the ordinary
 * candidates), nor any that fails the look-back test (`refersAcross`). `known` are the stories the
 * ordinary lookup found.
 */
export async function archiveCandidates(store: Store, a: ArticleProfile, windowDays: number, known: Set<string>): Promise<StoryProfile[]> {
  if (!a.day) return [];
  const keys = archiveKeys(a);
  if (!keys.length) return [];
  const asked = new Set(keys);
  const reach = Math.round(ARCHIVE_YEARS * 365.25);
  // Before the window, and after it: an archive loaded late sends old reports after the follow-ups.
  const before = { since: shiftDay(a.day, -reach), until: shiftDay(a.day, -windowDays - 1) };
  const after = { since: shiftDay(a.day, windowDays + 1), until: shiftDay(a.day, reach) };
  const found = [
    ...(await store.storyCandidates(keys, before.since, before.until, ARCHIVE_PER_KEY)).filter((p) => p.end !== null && p.end <= before.until),
    ...(await store.storyCandidates(keys, after.since, after.until, ARCHIVE_PER_KEY)).filter((p) => p.start !== null && p.start >= after.since),
  ].filter((p, i, all) => !known.has(p.storyId) && all.findIndex((q) => q.storyId === p.storyId) === i && refersAcross(a, p));
  const shared = (p: StoryProfile) => p.index.reduce((n, k) => n + (asked.has(k) ? 1 : 0), 0);
  return found.map((p) => ({ p, n: shared(p) }))
    .sort((x, y) => y.n - x.n || (y.p.end ?? '').localeCompare(x.p.end ?? '') || (x.p.storyId < y.p.storyId ? -1 : 1))
    .slice(0, ARCHIVE_MAX_SCORED).map((c) => c.p);
}
