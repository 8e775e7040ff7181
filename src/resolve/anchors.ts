// What tells two incidents of one kind apart: the people they are about, the regions they
// happen in and, when an article has no publication date, the years its headline and lead state. Two earthquakes, two shootings or two rehab stays share nearly every word; their
// victims, suspects and provinces differ. An article whose headline names people (or regions)
// none of which is among a story's main ones is likely a different incident told in the same
// words, so its similarity is cut. Only headline names count on the article's side: body names
// (witnesses, officials quoted) vary between reports of one event and cost recall when used.
import type { Mention, Place } from '../model.ts';
import { termCounts } from './terms.ts';

/** A name in the headline is what the article is about: it counts this many mentions more. */
const TITLE_ANCHOR_BONUS = 2;
/** A story's main anchors weigh at least this share of its heaviest one of their kind. */
const STORY_MAIN_SHARE = 0.3;
/** At most this many main anchors per kind: a roll-call of names is no identity. */
const MAX_MAIN = 4;
/** Anchors a story keeps per kind: its main ones are among the heaviest few, and profiles stay small. */
const STORY_ANCHORS = 40;

export type AnchorKind = 'person' | 'region' | 'year';

/** Every anchor kind, in the order conflicts are reported. */
export const ANCHOR_KINDS: readonly AnchorKind[] = ['person', 'region', 'year'];

/** A year stated in text (1950-2039), not inside a longer number, a score ("52-3") or a range's second half. */
const STATED_YEAR = /(?<![\p{N}.,-])(?:19[5-9]\d|20[0-3]\d)(?![\p{N}])/gu;
/** The distinct years a text states ("2016", not "52-3" or "2015-16"'s second half), in order of first mention. */
export function yearsStated(text: string): string[] {
  return [...new Set([...text.matchAll(STATED_YEAR)].map((m) => m[0]))];
}

/** The lead, where datelines and "on 21 July 2013" state when the news happened. */
const YEAR_LEAD_CHARS = 400;

/** Weighted anchors of one article or story, by kind ("e:tara reid", "p:US/oregon"). */
export type Anchors = Record<'person' | 'region', Map<string, number>> & { year?: Map<string, number>; titled: Record<'person' | 'region', Set<string>> & { year?: Set<string> } };

/** Similarity is multiplied by this per kind whose anchors differ (tuned on both dev halves; stronger cuts cost news recall). */
export const CONFLICT_FACTORS: Record<AnchorKind, number> = { person: 0.5, region: 0.7, year: 0.8 };

/** A person by surname: reports say "Lindsay Lohan" once, then "Lohan", and headlines "Lohan" alone. */
/** Whether `word` stands as a whole word in `text` ("Price" is not in "Bitcoin prices"; substrings would say it is). */
function wordIn(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    const before = at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]);
    const after = at + word.length >= text.length || !/[\p{L}\p{N}]/u.test(text[at + word.length]);
    if (before && after) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

function personKey(text: string, m: Mention): string | null {
  if (m.type !== 'PERSON') return null;
  if (m.kbId) return 'e:' + m.kbId.toLowerCase();
  const surname = text.slice(m.start, m.end).toLowerCase().replace(/['’]s$/, '').trim().split(/\s+/).at(-1) ?? '';
  return surname.length >= 3 ? 'e:' + surname : null;
}

/** The people and regions of an article; a name also written in the title weighs more. */
export function articleAnchors(text: string, title: string | null, entities: Mention[], places: Place[], published: string | null = null): Anchors {
  const head = (title ?? '').toLowerCase();
  const out = {
    person: new Map<string, number>(), region: new Map<string, number>(), year: new Map<string, number>(),
    titled: { person: new Set<string>(), region: new Set<string>(), year: new Set<string>() },
  };
  const bump = (kind: AnchorKind, key: string | null, name: string) => {
    if (!key) return;
    const inTitle = name.length >= 3 && wordIn(head, name.toLowerCase());
    out[kind].set(key, (out[kind].get(key) ?? 0) + 1 + (inTitle ? TITLE_ANCHOR_BONUS : 0));
    if (inTitle) out.titled[kind].add(key);
  };
  for (const m of entities) {
    // The surname alone is how headlines name people ("Lohan checks into rehab").
    const name = text.slice(m.start, m.end);
    bump('person', personKey(text, m), name.split(/\s+/).at(-1) ?? name);
  }
  for (const p of places) if (p.country && p.admin1) bump('region', `p:${p.country}/${p.admin1.toLowerCase()}`, p.name);
  statedYears(out, text, title, published);
  return out;
}

/**
 * The years an article is about. A dated article is about its publication year (the time discount
 * already weighs how far apart it is, so it raises no conflict). An undated one is about the years
 * its headline and lead state (datelines, "on 21 July 2013"), which then speak for its date.
 */
function statedYears(out: Required<Anchors> & { titled: Record<AnchorKind, Set<string>> }, text: string, title: string | null, published: string | null): void {
  if (published && /^\d{4}/.test(published)) {
    out.year.set('yr:' + published.slice(0, 4), 1);
    return;
  }
  const head = (title ?? '') + '\n' + text.slice(0, YEAR_LEAD_CHARS);
  for (const m of head.matchAll(STATED_YEAR)) {
    const key = 'yr:' + m[0];
    out.year.set(key, (out.year.get(key) ?? 0) + 1 + TITLE_ANCHOR_BONUS);
    out.titled.year.add(key);
  }
  for (const m of text.slice(YEAR_LEAD_CHARS).matchAll(STATED_YEAR)) out.year.set('yr:' + m[0], (out.year.get('yr:' + m[0]) ?? 0) + 1);
}

/** The main anchors of a kind: the heaviest, and those close to it. */
export function mainAnchors(m: Map<string, number> | Record<string, number>, share = STORY_MAIN_SHARE): string[] {
  const entries = m instanceof Map ? [...m] : Object.entries(m);
  const max = Math.max(0, ...entries.map(([, v]) => v));
  if (!max) return [];
  return entries.filter(([, v]) => v >= share * max).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, MAX_MAIN).map(([k]) => k);
}

/** The headline words of both sides (stemmed, as profile.ts keeps them): the names they share count as agreement. */
export interface HeadlineWords {
  article: readonly string[];
  story: Record<string, number>;
}

/**
 * The stemmed words a person or region anchor is written with: "e:reid" → reid, a KB person
 * "e:per:donald-trump" → trump (headlines use the surname), "p:US/new york" → new, york.
 */
function anchorWords(kind: AnchorKind, key: string): string[] {
  if (kind === 'region') return [...termCounts(key.slice(key.indexOf('/') + 1)).keys()];
  const name = key.slice(2);
  return [...termCounts(name.includes(':') ? name.split(/[-:]/).at(-1)! : name).keys()];
}

const writtenIn = (kind: AnchorKind, key: string, words: (w: string) => boolean) => {
  const ws = anchorWords(kind, key);
  return ws.length > 0 && ws.every(words);
};

/**
 * The kinds on which an article's headline anchors and a story's main ones share nothing (both
 * having some). Tagging varies between reports (one tags "Shatner", the next only "Mirror"; a
 * coin's name tagged a person in one headline and not the next), so when the headlines are given,
 * a name of either side written in the other side's headlines is agreement too.
 */
export function anchorConflicts(a: Anchors, story: Partial<Record<AnchorKind, Record<string, number>>>, headlines?: HeadlineWords): AnchorKind[] {
  const out: AnchorKind[] = [];
  const inArticle = new Set(headlines?.article ?? []);
  const inStory = (w: string) => !!headlines && w in headlines.story;
  for (const kind of ANCHOR_KINDS) {
    const mine = [...(a.titled[kind] ?? [])];
    const theirs = new Set(mainAnchors(story[kind] ?? {}));
    if (!mine.length || !theirs.size || mine.some((k) => theirs.has(k))) continue;
    const named = kind !== 'year' && headlines && (mine.some((k) => writtenIn(kind, k, inStory)) || [...theirs].some((k) => writtenIn(kind, k, (w) => inArticle.has(w))));
    if (!named) out.push(kind);
  }
  return out;
}

/** The story's anchors after an article joins: each article adds at most 1 per anchor, so long articles do not dominate. */
export function grownAnchors(prev: Partial<Record<AnchorKind, Record<string, number>>> | undefined, a: Anchors): Record<AnchorKind, Record<string, number>> {
  const out = { person: { ...(prev?.person ?? {}) }, region: { ...(prev?.region ?? {}) }, year: { ...(prev?.year ?? {}) } };
  for (const kind of ANCHOR_KINDS) {
    const theirs = a[kind] ?? new Map<string, number>();
    const max = Math.max(0, ...theirs.values());
    for (const [k, v] of theirs) out[kind][k] = (out[kind][k] ?? 0) + v / max;
    out[kind] = Object.fromEntries(Object.entries(out[kind]).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, STORY_ANCHORS));
  }
  return out;
}

/**
 * The kinds on which two stories' main anchors share nothing, both having some, and (for people
 * and regions) neither story's headlines write a main name of the other: two incidents of one kind.
 */
export function storyConflicts(
  x: Partial<Record<AnchorKind, Record<string, number>>>, y: Partial<Record<AnchorKind, Record<string, number>>>,
  xHeadlines: Record<string, number>, yHeadlines: Record<string, number>,
): AnchorKind[] {
  const out: AnchorKind[] = [];
  for (const kind of ANCHOR_KINDS) {
    const xs = mainAnchors(x[kind] ?? {}), ys = mainAnchors(y[kind] ?? {});
    if (!xs.length || !ys.length || xs.some((k) => ys.includes(k))) continue;
    const named = kind !== 'year' && (xs.some((k) => writtenIn(kind, k, (w) => w in yHeadlines)) || ys.some((k) => writtenIn(kind, k, (w) => w in xHeadlines)));
    if (!named) out.push(kind);
  }
  return out;
}
