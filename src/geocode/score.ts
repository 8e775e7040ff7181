// How one place mention chooses among its gazetteer entries: name fit, feature kind, population
// and the article's context (countries and admin-1 regions named elsewhere in it).
import type { GazetteerEntry, NameMatch } from './gazetteer.ts';

/** A primary name beats an alternate spelling; a derived core ("Khatlon") is weaker still. */
const MATCH_WEIGHT: Record<NameMatch['cls'], number> = { p: 3, a: 1.5, x: 3, d: 1, q: 1 };
/**
 * A country name almost always means the country; admin-1 names outrank towns up to ~200k people
 * ("Nevada" is the state, not Nevada, Missouri); curated regions and landmarks were written on purpose.
 */
const KIND_PRIOR: Record<GazetteerEntry['kind'], number> = { country: 12, admin1: 8, region: 12, landmark: 12, border: 12, place: 0 };
/** Per factor of ten in population: a world city beats a same-named town unless context says otherwise. */
const POPULATION_WEIGHT = 1.5;
/** The entry lies in a country the article names elsewhere. */
const CONTEXT_COUNTRY_BONUS = 3.5;
/** The entry lies in an admin-1 region the article names elsewhere ("Paris … Texas"). */
const CONTEXT_ADMIN1_BONUS = 3;
/** A same-named city of at least this size is what the name means, not the admin-1 around it ("Dushanbe", "Moscow"). */
const SEAT_SHADOW_MIN_POPULATION = 100_000;
/** A winner this far ahead (two orders of magnitude in population) is sure enough to lend context to others. */
export const CONFIDENT_MARGIN = 3;

export interface Context {
  /** Countries (ISO2) named by the caller or by other mentions. */
  countries: Set<string>;
  /** Admin-1 regions named by other mentions, as "CC|Admin1 name". */
  admin1s: Set<string>;
  /** Of those, the ones the text names outright (the region, or a "Town, State" qualifier). */
  namedAdmin1s: Set<string>;
}

export interface Choice {
  entry: GazetteerEntry;
  score: number;
  /**
   * The best rival's score, or null when none: an entry that bears the name only as an alternate
   * (an old or foreign name: Amman, once "Philadelphia") does not rival one that bears it as its own.
   */
  runnerUp: number | null;
  /** That rival entry, when choose() found one. */
  rival?: GazetteerEntry | null;
  /** What separated the winner from the runner-up: only, context, kind, name, population, qualified. */
  decider: string;
}

export const admin1Key = (country: string | null, admin1: string | null) => `${country}|${admin1}`;

/** The context bonus of an entry: its country, and (for a place) its admin-1, named elsewhere. */
function contextBonus(m: NameMatch, ctx: Context): number {
  const e = m.entry;
  let bonus = 0;
  if (e.country && ctx.countries.has(e.country)) bonus += CONTEXT_COUNTRY_BONUS;
  // (With no admin-1 in context, as in every first pass, the key is not built.)
  if (e.kind !== 'admin1' && e.admin1 && ctx.admin1s.size && ctx.admin1s.has(admin1Key(e.country, e.admin1))) bonus += CONTEXT_ADMIN1_BONUS;
  return bonus;
}

function scoreValue(m: NameMatch, ctx: Context): number {
  const e = m.entry;
  const pop = e.kind === 'place' ? POPULATION_WEIGHT * Math.log10(e.population + 10) : 0;
  return MATCH_WEIGHT[m.cls] + KIND_PRIOR[e.kind] + pop + contextBonus(m, ctx);
}

/** Which name classes may be used here: context-only names need their country in context. */
export function usable(matches: NameMatch[], ctx: Context, allowQualifier = false): NameMatch[] {
  return matches.filter((m) => {
    if (m.cls === 'q') return allowQualifier;
    if (m.cls === 'x') return !!m.entry.country && ctx.countries.has(m.entry.country);
    return true;
  });
}

/** Drops an admin-1 whose name is really its own big city ("Dushanbe", "Moscow", "Kabul"). */
function dropShadowedAdmin1(matches: NameMatch[]): NameMatch[] {
  // Most names have no admin-1 among their entries: then nothing is dropped (choose only reads the list).
  if (!matches.some((m) => m.entry.kind === 'admin1')) return matches;
  return matches.filter((m) => {
    if (m.entry.kind !== 'admin1') return true;
    return !matches.some((o) => o.entry.kind === 'place' && o.cls === 'p' && o.entry.country === m.entry.country &&
      o.entry.admin1 === m.entry.name && o.entry.population >= SEAT_SHADOW_MIN_POPULATION);
  });
}

/**
 * The best entry for a mention, or null when nothing usable matched. Options are ranked by score,
 * then population (equal scores go to the bigger entry: Florida the state over Florida, Puerto
 * Rico), then their order; an entry matched through several names counts by its best. Only the
 * winner, the best other entry and the best rival are needed, so they are picked, not sorted out:
 * a many-namesake name ("Santa Maria", ninety entries) is read in one pass, and nothing is built per option.
 */
export function choose(matches: NameMatch[], ctx: Context): Choice | null {
  const options = dropShadowedAdmin1(matches);
  const n = options.length;
  if (!n) return null;
  if (scores.length < n) scores = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) scores[i] = scoreValue(options[i], ctx);
  let win = 0;
  for (let i = 1; i < n; i++) if (before(options, i, win)) win = i;
  const winId = options[win].entry.id;
  let second = -1;
  for (let i = 0; i < n; i++) if (options[i].entry.id !== winId && (second < 0 || before(options, i, second))) second = i;
  // The rival: the best other entry, each counted by its best name, that is not a mere alternate of a primary winner.
  const alternatesOnly = options[win].cls === 'p';
  let rival = -1;
  for (let i = 0; i < n; i++) {
    const o = options[i];
    if (o.entry.id === winId || (alternatesOnly && o.cls === 'a') || (rival >= 0 && !before(options, i, rival))) continue;
    if (!bestOfItsEntry(options, i)) continue;
    rival = i;
  }
  const winner = options[win];
  return {
    entry: winner.entry,
    score: scores[win],
    runnerUp: rival >= 0 ? scores[rival] : null,
    rival: rival >= 0 ? options[rival].entry : null,
    decider: second >= 0 ? deciderOf(winner, contextBonus(winner, ctx), options[second], contextBonus(options[second], ctx)) : 'only',
  };
}

/** Scores of the options choose() is ranking, reused from call to call (choose is never re-entered). */
let scores = new Float64Array(64);

/**
 * Option i ranks before option j (by the scores choose() filled): higher score, then more people, then
 * earlier. A module function, not a closure made per choice: run through tsx, each closure bound to a
 * name is also given that name by a defineProperty call, every time choose() runs.
 */
function before(options: NameMatch[], i: number, j: number): boolean {
  return (scores[j] - scores[i] || options[j].entry.population - options[i].entry.population || i - j) < 0;
}

/** True when no other name of option i's entry ranks before it. */
function bestOfItsEntry(options: NameMatch[], i: number): boolean {
  const id = options[i].entry.id;
  for (let j = 0; j < options.length; j++) if (j !== i && options[j].entry.id === id && before(options, j, i)) return false;
  return true;
}

function deciderOf(win: NameMatch, winContext: number, second: NameMatch, secondContext: number): string {
  if (winContext > secondContext) return 'context';
  if (KIND_PRIOR[win.entry.kind] !== KIND_PRIOR[second.entry.kind]) return 'kind';
  if (MATCH_WEIGHT[win.cls] !== MATCH_WEIGHT[second.cls]) return 'name';
  return 'population';
}
