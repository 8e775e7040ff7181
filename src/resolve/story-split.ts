// A story that grew over two incidents of one kind (two earthquakes, two arrests) splits in two.
// Online clustering lets the first report of a second incident join the first at a low score
// (both speak of a quake, a magnitude, a toll); its follow-ups then join it too. Seen together,
// the members form two groups: each group's reports are alike (same town, names, year), the two
// groups are not. While a story is small enough (MAX_SKETCHED members) it keeps a sketch of each
// member; each time an article joins, its members are split into two groups by average link, and
// the story splits when both groups are sizeable and clearly apart. The cost stays bounded: at most
// MAX_SKETCHED² sparse cosines per article, and sketches are dropped once a story is established.
import type { Store, StoryProfile } from '../store.ts';
import type { ArticleProfile } from './profile.ts';
import { ANCHOR_KINDS, grownAnchors, mainAnchors, type AnchorKind, type Anchors } from './anchors.ts';
import { memberSimilarities, type Idf } from './split-similarity.ts';
import { sameIncidentLeads } from './split-protagonist.ts';

/** Words kept per member sketch, the rarest first: what tells its incident apart, bounded in size. */
const SKETCH_TERMS = 60;
/** Stories keep member sketches up to this many members; larger stories are established and never split. */
export const MAX_SKETCHED = 40;
/** Each group needs this many members: one or two odd reports are not a second incident (2 split news stories). */
const MIN_GROUP = 3;
/** Fewer members than this cannot form two groups. */
const MIN_SPLIT_MEMBERS = 2 * MIN_GROUP;
/** At most this share of the members is set aside as odd single reports before cutting again. */
const MAX_OUTLIER_SHARE = 0.2;
/**
 * The groups' mean cross similarity (locally weighted, split-similarity.ts) must be at most this
 * (tuned on news-cluster and ECB+ dev together; 0.015-0.03 all gave ECB+ B³ F1 0.906-0.914).
 */
const MAX_CROSS = 0.02;
/** Each group's mean inner similarity must be this many times the cross similarity (3.5-4.5 tried; 4 held best on shuffled orders). */
const MIN_CONTRAST = 4;
/** Each group's mean inner similarity must reach this: reports too unlike each other make no incident (a loose news story). */
const MIN_WITHIN = 0.03;
/**
 * When the two groups' main people differ and their main regions differ too, the incidents' own
 * names tell them apart and words need to say less: cross similarity up to this much (0.025-0.04
 * gave the same ECB+ dev result)...
 */
const NAMED_MAX_CROSS = 0.03;
/** ...and each group's inner similarity this many times the cross similarity (2-3 gave ECB+ dev B³ F1 0.919-0.923). */
const NAMED_MIN_CONTRAST = 2.5;
/** Groups reported within this many days of each other are one event's facets, never split. */
const SAME_TIME_DAYS = 2;

/** What a story keeps of one member article: its strongest words and all its keys and anchors. */
export interface MemberSketch {
  articleId: string;
  title: string | null;
  day: string | null;
  terms: Record<string, number>;
  keys: Record<string, number>;
  anchors: Partial<Record<AnchorKind, Record<string, number>>>;
  titled: Partial<Record<AnchorKind, string[]>>;
  headline: string[];
}

/**
 * The sketches ride in a profile record of their own ("members:<story id>", with no index keys, so
 * no lookup ever finds it as a candidate): the store keeps profiles whole, without a schema change.
 */
interface MembersRecord extends StoryProfile {
  members: MemberSketch[];
}

const recordId = (storyId: string) => 'members:' + storyId;

export function sketchOf(a: ArticleProfile, w: Idf): MemberSketch {
  const terms = [...a.terms].sort((x, y) => y[1] * w(y[0]) - x[1] * w(x[0]) || (x[0] < y[0] ? -1 : 1)).slice(0, SKETCH_TERMS);
  const anchors: MemberSketch['anchors'] = {}, titled: MemberSketch['titled'] = {};
  for (const kind of ANCHOR_KINDS) {
    const m = a.anchors[kind];
    if (m?.size) anchors[kind] = Object.fromEntries(m);
    const t = a.anchors.titled[kind];
    if (t?.size) titled[kind] = [...t];
  }
  return { articleId: a.articleId, title: a.title, day: a.day, terms: Object.fromEntries(terms), keys: Object.fromEntries(a.keys), anchors, titled, headline: a.headline ?? [] };
}

/** The sketch as an article profile, to rebuild a story profile from its members. */
export function profileOfSketch(s: MemberSketch): ArticleProfile {
  const anchors = { person: new Map(), region: new Map(), year: new Map(), titled: { person: new Set(), region: new Set(), year: new Set() } } as Required<Anchors> & { titled: Record<AnchorKind, Set<string>> };
  for (const kind of ANCHOR_KINDS) {
    for (const [k, v] of Object.entries(s.anchors[kind] ?? {})) anchors[kind].set(k, v);
    for (const k of s.titled[kind] ?? []) anchors.titled[kind].add(k);
  }
  return { articleId: s.articleId, title: s.title, day: s.day, terms: new Map(Object.entries(s.terms)), keys: new Map(Object.entries(s.keys)), anchors, headline: s.headline };
}

/** The story's member sketches, or null when it has none (too large, or founded before sketches were kept). */
export async function readMembers(store: Store, storyId: string): Promise<MemberSketch[] | null> {
  const r = (await store.getStoryProfile(recordId(storyId))) as MembersRecord | null;
  return r?.members ?? null;
}

/** Stores the story's sketches; past MAX_SKETCHED members the story no longer keeps any. */
export async function writeMembers(store: Store, storyId: string, members: MemberSketch[] | null): Promise<void> {
  if (!members || members.length > MAX_SKETCHED) return store.deleteStoryProfile(recordId(storyId));
  const r: MembersRecord = { storyId: recordId(storyId), start: null, end: null, articles: members.length, terms: {}, keys: {}, index: [], members };
  await store.putStoryProfile(r);
}

/** Terms whose weights a member comparison needs. */
export function sketchTerms(members: MemberSketch[]): string[] {
  return [...new Set(members.flatMap((m) => [...Object.keys(m.terms), ...Object.keys(m.keys)]))];
}

export interface TwoGroups {
  /** Member indexes of the group holding the first member, and of the other group. */
  first: number[];
  second: number[];
  cross: number;
  within: [number, number];
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

/**
 * Groups merged by average link (the closest pair first) until `k` remain; `at` lists the members
 * taking part. Links to a merged group are the size-weighted mean of links to its parts
 * (Lance-Williams), so each step costs one pass over the group pairs.
 */
function averageLink(sim: number[][], at: number[], k: number): number[][] {
  let groups = at.map((i) => [i]);
  let link = at.map((i) => at.map((j) => sim[i][j]));
  while (groups.length > k) {
    let best = { s: -1, i: 0, j: 1 };
    for (let i = 0; i < groups.length; i++) for (let j = i + 1; j < groups.length; j++) {
      if (link[i][j] > best.s) best = { s: link[i][j], i, j };
    }
    const ni = groups[best.i].length, nj = groups[best.j].length;
    const rest = groups.map((_, g) => g).filter((g) => g !== best.i && g !== best.j);
    const joined = rest.map((g) => (ni * link[best.i][g] + nj * link[best.j][g]) / (ni + nj));
    link = [...rest.map((g, r) => [...rest.map((h) => link[g][h]), joined[r]]), [...joined, 1]];
    groups = [...rest.map((g) => groups[g]), [...groups[best.i], ...groups[best.j]]];
  }
  return groups;
}

/**
 * The members cut into two groups by average link. Average link first peels off odd single
 * reports; those are set aside (up to a fifth of the members) and the rest cut again, then each
 * rejoins the group it is closer to.
 */
export function twoGroups(members: MemberSketch[], w: Idf): TwoGroups | null {
  const n = members.length;
  if (n < 2) return null;
  const sim = memberSimilarities(members, w);
  const link = (x: number[], y: number[]) => mean(x.flatMap((i) => y.map((j) => sim[i][j])));
  const outliers: number[] = [];
  let at = members.map((_, i) => i);
  let groups = averageLink(sim, at, 2);
  while (groups.some((g) => g.length < MIN_GROUP) && outliers.length + 1 <= n * MAX_OUTLIER_SHARE && at.length > 2 * MIN_GROUP) {
    const odd = groups.filter((g) => g.length < MIN_GROUP).flat();
    outliers.push(...odd);
    at = at.filter((i) => !odd.includes(i));
    groups = averageLink(sim, at, 2);
  }
  for (const i of outliers) {
    const [x, y] = groups;
    (link([i], x) >= link([i], y) ? x : y).push(i);
  }
  for (const g of groups) g.sort((x, y) => x - y);
  const [first, second] = groups[0].includes(0) ? groups : [groups[1], groups[0]];
  const inner = (g: number[]) => mean(g.flatMap((i) => g.filter((j) => j > i).map((j) => sim[i][j])));
  return { first, second, cross: link(first, second), within: [inner(first), inner(second)] };
}

/** Whether two groups are two incidents: both sizeable, each close-knit, far from the other. */
export function clearlyApart(g: TwoGroups, named = false): boolean {
  const [maxCross, contrast] = named ? [NAMED_MAX_CROSS, NAMED_MIN_CONTRAST] : [MAX_CROSS, MIN_CONTRAST];
  return g.first.length >= MIN_GROUP && g.second.length >= MIN_GROUP && g.cross <= maxCross && Math.min(...g.within) >= Math.max(MIN_WITHIN, contrast * g.cross);
}

/** The main anchors of a group of members, as a story of just them would hold them. */
function groupAnchors(members: MemberSketch[], ix: number[]): Record<AnchorKind, Record<string, number>> {
  let out: Record<AnchorKind, Record<string, number>> | undefined;
  for (const i of ix) out = grownAnchors(out, profileOfSketch(members[i]).anchors);
  return out!;
}

/** Whether the groups' main people share nobody and their main regions share none (both groups naming some of each). */
export function namedApart(members: MemberSketch[], g: TwoGroups): boolean {
  const x = groupAnchors(members, g.first), y = groupAnchors(members, g.second);
  return (['person', 'region'] as const).every((kind) => {
    const mine = mainAnchors(x[kind]), theirs = new Set(mainAnchors(y[kind]));
    return mine.length > 0 && theirs.size > 0 && !mine.some((k) => theirs.has(k));
  });
}

const DAY_MS = 86_400_000;

/**
 * Whether both groups are dated and reported within SAME_TIME_DAYS of each other: then they are
 * facets of one event (a race's crash and a driver's farewell), not two incidents of one kind.
 */
function sameTime(members: MemberSketch[], g: TwoGroups): boolean {
  const span = (ix: number[]) => {
    const days = ix.map((i) => members[i].day).filter((d): d is string => !!d).map((d) => Date.parse(d)).sort((x, y) => x - y);
    return days.length ? [days[0], days.at(-1)!] : null;
  };
  const x = span(g.first), y = span(g.second);
  if (!x || !y) return false;
  const gap = Math.max(x[0], y[0]) - Math.min(x[1], y[1]);
  return gap <= SAME_TIME_DAYS * DAY_MS;
}

/**
 * The groups to split a story's members into, or null when it stays whole: never when both groups
 * lead with the same who and where/when (split-protagonist.ts; ECB+ dev shuffled-order min B³ F1
 * 0.885->0.900, mean 0.910->0.917, stream order 0.921->0.926).
 */
export function splitOf(members: MemberSketch[], w: Idf): TwoGroups | null {
  if (members.length < MIN_SPLIT_MEMBERS || members.length > MAX_SKETCHED) return null;
  const g = twoGroups(members, w);
  return g && (clearlyApart(g) || (clearlyApart(g, true) && namedApart(members, g))) && !sameTime(members, g) && !sameIncidentLeads(members, g.first, g.second) ? g : null;
}
