// Online story clustering (after Miranda et al. 2018): each article joins the most similar story
// found through the key index, or starts one. Similarity mixes TF-IDF cosine over words with a
// cosine over entity, place and event-type keys, discounted by the days between the article and
// the story's span. Stories beyond the time window are looked up separately (story-archive.ts);
// other candidate stories that prove to be the same one merge with the joined story (story-links.ts).
import type { Story } from '../model.ts';
import type { Store, StoryProfile } from '../store.ts';
import type { ArticleProfile } from './profile.ts';
import { idf, weightedCosine } from './terms.ts';
import { anchorConflicts, grownAnchors, CONFLICT_FACTORS, type AnchorKind } from './anchors.ts';
import { archiveCandidates, ARCHIVE_JOIN_THRESHOLD } from './story-archive.ts';
import { absorbStories, combinedProfile, oldestFirst, splitStory } from './story-merge.ts';
import { linkedStories, STORY_LINK_THRESHOLD, type LinkOptions } from './story-links.ts';
import { profileOfSketch, readMembers, sketchOf, sketchTerms, splitOf, writeMembers, type MemberSketch } from './story-split.ts';

/** Share of the score from words; the rest comes from entities, places and event types. */
export const TEXT_WEIGHT = 0.8;
/**
 * Below this combined similarity an article starts its own story (tuned on the dev halves of
 * news-cluster and ECB+: lower joins news follow-ups; headline-name conflicts keep ECB+ incidents apart).
 */
export const JOIN_THRESHOLD = 0.15;
/** Days over which time distance halves the similarity: stories are about developing situations, weeks long. */
const TIME_HALF_LIFE_DAYS = 10;
/**
 * Time discounts similarity down to this share, never below: stories run for weeks and follow-ups
 * months later still join on strong content (0.7 → 0.9: news-cluster dev +0.007, ECB+ undated, unchanged).
 */
const TIME_FLOOR = 0.9;
/**
 * The floor when the article's headline names other people, regions or years than the story's:
 * then time apart is evidence of another incident of one kind (a second shooting a week later).
 */
const CONFLICT_TIME_FLOOR = 0.7;
/** Stories whose span ends more than this before the article (or starts after it) are not candidates. */
const CANDIDATE_WINDOW_DAYS = 400;
/** The article's rarest words used to look stories up; entity and place keys are always used. */
const QUERY_TERMS = 12;
/** Stories read per index key, latest first: bounds the cost per article however large the store grows. */
const CANDIDATES_PER_KEY = 4;
/**
 * Candidates scored per article, those sharing the most lookup keys first: in a large store common
 * keys fill every per-key quota, and scoring all of them made the cost grow with the store.
 */
const MAX_SCORED = 20;
/** Words kept per story profile: enough for the cosine, bounded so profiles stay small. */
const STORY_TERMS = 200;
/** Rarest words a story is indexed under. */
const STORY_INDEX_TERMS = 30;
/** Entity and place keys a story is indexed under. */
const STORY_INDEX_KEYS = 30;

/**
 * Similarity is multiplied by this when the article's headline shares no word with any headline of
 * the story: two different events in one town (a record snowfall, a billing error) share place
 * names and local words, but not what their headlines are about.
 */
const HEADLINE_CONFLICT = 0.5;
/** Headlines shorter than this (in content words) say too little to disagree. */
const MIN_HEADLINE_WORDS = 3;
/** Stated years a story keeps: its own and the few its reports look back to. */
const STORY_YEARS = 12;
/** Headline words a story keeps: the commonest among its articles' headlines. */
const STORY_HEADLINE_WORDS = 60;

const DAY_MS = 86_400_000;

/** The weights clustering runs with; the defaults are the constants above (overridden only to tune and measure). */
export interface ClusterOptions extends LinkOptions {
  textWeight: number;
  joinThreshold: number;
  halfLifeDays: number;
  conflict: Record<AnchorKind, number>;
  headlineConflict: number;
  /** The bar for joining a story older than the candidate window; default ARCHIVE_JOIN_THRESHOLD. */
  archiveThreshold?: number;
  /** Whether a story whose members form two incidents splits (story-split.ts); default yes. */
  split?: boolean;
}

export const CLUSTER_DEFAULTS: ClusterOptions = { textWeight: TEXT_WEIGHT, joinThreshold: JOIN_THRESHOLD, halfLifeDays: TIME_HALF_LIFE_DAYS, conflict: CONFLICT_FACTORS, linkThreshold: STORY_LINK_THRESHOLD, headlineConflict: HEADLINE_CONFLICT };

/**
 * The stored profile with the story's people and regions. The store keeps a profile whole (as
 * JSON), so this field rides along without a schema change; profiles stored before it lack it.
 */
export interface AnchoredProfile extends StoryProfile {
  anchors?: Partial<Record<AnchorKind, Record<string, number>>>;
  /** Headline word → how many of its articles' headlines use it (the commonest few). */
  headlines?: Record<string, number>;
  /** Stated year → how many of its articles state it (the commonest few): what an archive join checks (story-archive.ts). */
  years?: Record<string, number>;
  /**
   * Stories just split from this one (story-split.ts): the article that split them must not link them
   * back at once. The mark lapses when the story next grows, so later reports that strongly link
   * both can undo a wrong split; kept for good, ECB+ dev lost order robustness (shuffled-order
   * min B3 F1 0.885 -> 0.878, recall 0.935 -> 0.924).
   */
  apart?: string[];
}

export interface StoryAssignment {
  storyId: string;
  created: boolean;
  score: number;
}

type Idf = (t: string) => number;

function daysApart(day: string | null, p: Pick<StoryProfile, 'start' | 'end'>): number | null {
  if (!day || !p.start || !p.end) return null;
  const t = Date.parse(day);
  if (t < Date.parse(p.start)) return (Date.parse(p.start) - t) / DAY_MS;
  if (t > Date.parse(p.end)) return (t - Date.parse(p.end)) / DAY_MS;
  return 0;
}

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Similarity of an article to a story profile, in [0, 1]. */
export function storySimilarity(a: ArticleProfile, s: AnchoredProfile, w: Idf, o: ClusterOptions = CLUSTER_DEFAULTS): number {
  const text = weightedCosine(a.terms, new Map(Object.entries(s.terms)), w);
  const keys = weightedCosine(a.keys, new Map(Object.entries(s.keys)), w);
  const days = daysApart(a.day, s);
  const conflicts = anchorConflicts(a.anchors, s.anchors ?? {}, { article: a.headline ?? [], story: s.headlines ?? {} });
  const floor = conflicts.length ? CONFLICT_TIME_FLOOR : TIME_FLOOR;
  const time = days === null ? 1 : floor + (1 - floor) * Math.pow(0.5, days / o.halfLifeDays);
  const conflict = conflicts.reduce((f, kind) => f * o.conflict[kind], 1) * (headlinesDisagree(a, s) ? o.headlineConflict : 1);
  return (o.textWeight * text + (1 - o.textWeight) * keys) * time * conflict;
}

/** Days between two stories' spans (0 when they overlap); null when either is undated. */
function spansApart(x: Pick<StoryProfile, 'start' | 'end'>, y: Pick<StoryProfile, 'start' | 'end'>): number | null {
  if (!x.start || !x.end || !y.start || !y.end) return null;
  return Math.max(0, Date.parse(y.start) - Date.parse(x.end), Date.parse(x.start) - Date.parse(y.end)) / DAY_MS;
}

/** Similarity of two stories' profiles (words, keys, time apart), in [0, 1]: how far they have converged. */
export function profileSimilarity(x: AnchoredProfile, y: AnchoredProfile, w: Idf, o: ClusterOptions = CLUSTER_DEFAULTS): number {
  const vec = (r: Record<string, number>) => new Map(Object.entries(r));
  const text = weightedCosine(vec(x.terms), vec(y.terms), w);
  const keys = weightedCosine(vec(x.keys), vec(y.keys), w);
  const days = spansApart(x, y);
  const time = days === null ? 1 : TIME_FLOOR + (1 - TIME_FLOOR) * Math.pow(0.5, days / o.halfLifeDays);
  return (o.textWeight * text + (1 - o.textWeight) * keys) * time;
}

function headlinesDisagree(a: ArticleProfile, s: AnchoredProfile): boolean {
  const theirs = s.headlines ?? {};
  return (a.headline?.length ?? 0) >= MIN_HEADLINE_WORDS && Object.keys(theirs).length > 0 && !a.headline!.some((t) => t in theirs);
}

/** Counts grown by one article's words (headline words, stated years), keeping the commonest `n`. */
function grownCounts(prev: Record<string, number> | undefined, words: string[] | undefined, n: number): Record<string, number> {
  const out = { ...(prev ?? {}) };
  for (const t of new Set(words ?? [])) out[t] = (out[t] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, n));
}

function top(m: Map<string, number>, n: number, w: Idf, filter: (k: string) => boolean = () => true): string[] {
  return [...m].filter(([k]) => filter(k)).sort((x, y) => y[1] * w(y[0]) - x[1] * w(x[0]) || (x[0] < y[0] ? -1 : 1)).slice(0, n).map(([k]) => k);
}

/** Adds an article's vector, scaled to unit length so that a long article weighs like a short one. */
function addInto(into: Record<string, number>, from: Map<string, number>): Map<string, number> {
  const out = new Map(Object.entries(into));
  const norm = Math.sqrt([...from.values()].reduce((s, v) => s + v * v, 0)) || 1;
  for (const [k, v] of from) out.set(k, (out.get(k) ?? 0) + v / norm);
  return out;
}

const indexable = (k: string) => !k.startsWith('y:');

/** The profile after the article joins (or founds) the story. */
export function grownProfile(storyId: string, prev: AnchoredProfile | null, a: ArticleProfile, w: Idf): AnchoredProfile {
  const terms = addInto(prev?.terms ?? {}, a.terms);
  const keys = addInto(prev?.keys ?? {}, a.keys);
  const kept = new Map(top(terms, STORY_TERMS, w).map((t) => [t, terms.get(t)!]));
  const days = [prev?.start, prev?.end, a.day].filter((d): d is string => !!d).sort();
  return {
    storyId, start: days[0] ?? null, end: days.at(-1) ?? null, articles: (prev?.articles ?? 0) + 1,
    terms: Object.fromEntries(kept), keys: Object.fromEntries(keys),
    index: [...top(keys, STORY_INDEX_KEYS, w, indexable), ...top(kept, STORY_INDEX_TERMS, w).map((t) => 't:' + t)],
    anchors: grownAnchors(prev?.anchors, a.anchors),
    headlines: grownCounts(prev?.headlines, a.headline, STORY_HEADLINE_WORDS),
    years: grownCounts(prev?.years, a.years, STORY_YEARS),
  };
}

/** Places the article in a story (joining the best candidate or starting one) and stores the result. */
export async function clusterArticle(store: Store, a: ArticleProfile, o: ClusterOptions = CLUSTER_DEFAULTS): Promise<StoryAssignment> {
  const own = [...a.terms.keys(), ...a.keys.keys()];
  await store.addTermDocument(a.articleId, own);
  const stats = await store.termStats(own);
  const w: Idf = (t) => idf(stats.df[t] ?? 0, stats.docs);
  const queryKeys = [...[...a.keys.keys()].filter(indexable), ...top(a.terms, QUERY_TERMS, w).map((t) => 't:' + t)];
  const since = a.day ? shiftDay(a.day, -CANDIDATE_WINDOW_DAYS) : null;
  const until = a.day ? shiftDay(a.day, CANDIDATE_WINDOW_DAYS) : null;
  const asked = new Set(queryKeys);
  const shared = (p: StoryProfile) => p.index.reduce((n, k) => n + (asked.has(k) ? 1 : 0), 0);
  const candidates = (await store.storyCandidates(queryKeys, since, until, CANDIDATES_PER_KEY))
    .map((p) => ({ p, n: shared(p) }))
    .sort((x, y) => y.n - x.n || (y.p.end ?? '').localeCompare(x.p.end ?? '') || (x.p.storyId < y.p.storyId ? -1 : 1))
    .slice(0, MAX_SCORED).map((c) => c.p);
  const archived = await archiveCandidates(store, a, CANDIDATE_WINDOW_DAYS, new Set(candidates.map((p) => p.storyId)));
  const old = new Set(archived.map((p) => p.storyId));
  candidates.push(...archived);
  const missing = candidates.flatMap((c) => [...Object.keys(c.terms), ...Object.keys(c.keys)]).filter((t) => !(t in stats.df));
  if (missing.length) Object.assign(stats.df, (await store.termStats(missing)).df);

  let best: { p: StoryProfile; score: number } | null = null;
  const scored = candidates.sort((x, y) => (x.storyId < y.storyId ? -1 : 1)).map((p) => ({ p, score: storySimilarity(a, p, w, o) }))
    // A story from before the window counts only on strong agreement (story-archive.ts).
    .filter((c) => !old.has(c.p.storyId) || c.score >= (o.archiveThreshold ?? ARCHIVE_JOIN_THRESHOLD));
  for (const c of scored) if (!best || c.score > best.score) best = c;
  const joins = best && best.score >= o.joinThreshold;
  // Stories the article also links strongly merge with its best one; the oldest keeps its id.
  const linked = joins ? linkedStories(scored, {
    best: best!, grown: grownProfile(best!.p.storyId, best!.p, a, w), archived: old, daysApart: spansApart,
    similarity: (x, y) => profileSimilarity(x, y, w, o),
  }, o) : [];
  const group = joins ? oldestFirst([best!.p, ...linked]) : [];
  const storyId = joins ? group[0].storyId : 'st:' + a.articleId;
  const members = joins ? await groupMembers(store, group) : [];
  if (group.length > 1) await absorbStories(store, storyId, group.slice(1).map((p) => p.storyId));
  const base = group.length > 1 ? combinedProfile(storyId, group) : joins ? best!.p : null;
  const profile = grownProfile(storyId, base, a, w);
  await store.putStoryProfile(profile);
  const prev = joins ? await store.getStory(storyId) : null;
  const story: Story = {
    id: storyId,
    // A story of untitled pages is named by its strongest words, in brackets, until a titled article joins.
    title: (prev?.title && !prev.title.startsWith('[') ? prev.title : null) || a.title || prev?.title || `[${top(a.terms, 5, w).join(' ')}]`,
    start: profile.start, end: profile.end,
    articleIds: [...(prev?.articleIds ?? []), a.articleId],
    eventIds: prev?.eventIds ?? [],
  };
  await store.putStory(story);
  const all = members && [...members, sketchOf(a, w)];
  await writeMembers(store, storyId, all && all.length === profile.articles ? all : null);
  const moved = all && all.length === profile.articles && o.split !== false ? await splitIfTwo(store, profile, all, stats) : null;
  return { storyId: moved?.has(a.articleId) ? moved.get(a.articleId)! : storyId, created: !joins, score: best?.score ?? 0 };
}

/** The member sketches of the stories an article joins (null when one of them keeps none). */
async function groupMembers(store: Store, group: AnchoredProfile[]): Promise<MemberSketch[] | null> {
  const out: MemberSketch[] = [];
  for (const p of group) {
    const m = await readMembers(store, p.storyId);
    if (!m) return null;
    out.push(...m);
  }
  return out;
}

/** A story's profile rebuilt from member sketches, in arrival order. */
function profileOf(storyId: string, members: MemberSketch[], w: Idf, apart: string[]): AnchoredProfile {
  let p: AnchoredProfile | null = null;
  for (const m of members) p = grownProfile(storyId, p, profileOfSketch(m), w);
  return { ...p!, apart };
}

/** Splits the story when its members form two incidents; returns where the moved articles went. */
async function splitIfTwo(store: Store, profile: AnchoredProfile, members: MemberSketch[], stats: { docs: number; df: Record<string, number> }): Promise<Map<string, string> | null> {
  const missing = sketchTerms(members).filter((t) => !(t in stats.df));
  if (missing.length) Object.assign(stats.df, (await store.termStats(missing)).df);
  const w: Idf = (t) => idf(stats.df[t] ?? 0, stats.docs);
  const g = splitOf(members, w);
  if (!g) return null;
  const kept = g.first.map((i) => members[i]), moved = g.second.map((i) => members[i]);
  let newId = 'st:' + moved[0].articleId;
  for (let n = 2; await store.getStory(newId); n++) newId = `st:${moved[0].articleId}~${n}`;
  const keptProfile = profileOf(profile.storyId, kept, w, [...(profile.apart ?? []), newId]);
  const movedProfile = profileOf(newId, moved, w, [profile.storyId]);
  const title = moved.find((m) => m.title)?.title ?? `[${Object.keys(moved[0].terms).slice(0, 5).join(' ')}]`;
  await splitStory(store, profile.storyId, newId, moved.map((m) => m.articleId), keptProfile, movedProfile, title);
  await writeMembers(store, profile.storyId, kept);
  await writeMembers(store, newId, moved);
  return new Map(moved.map((m) => [m.articleId, newId]));
}
