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

interface Scored {
  m: NameMatch;
  score: number;
  ctx: number;
}

function scoreOf(m: NameMatch, ctx: Context): Scored {
  const e = m.entry;
  const pop = e.kind === 'place' ? POPULATION_WEIGHT * Math.log10(e.population + 10) : 0;
  let bonus = 0;
  if (e.country && ctx.countries.has(e.country)) bonus += CONTEXT_COUNTRY_BONUS;
  if (e.kind !== 'admin1' && e.admin1 && ctx.admin1s.has(admin1Key(e.country, e.admin1))) bonus += CONTEXT_ADMIN1_BONUS;
  return { m, score: MATCH_WEIGHT[m.cls] + KIND_PRIOR[e.kind] + pop + bonus, ctx: bonus };
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
  return matches.filter((m) => {
    if (m.entry.kind !== 'admin1') return true;
    return !matches.some((o) => o.entry.kind === 'place' && o.cls === 'p' && o.entry.country === m.entry.country &&
      o.entry.admin1 === m.entry.name && o.entry.population >= SEAT_SHADOW_MIN_POPULATION);
  });
}

/** The best entry for a mention, or null when nothing usable matched. */
export function choose(matches: NameMatch[], ctx: Context): Choice | null {
  // Equal scores go to the bigger entry (Florida the state over Florida, Puerto Rico).
  const scored = dropShadowedAdmin1(matches).map((m) => scoreOf(m, ctx))
    .sort((a, b) => b.score - a.score || b.m.entry.population - a.m.entry.population);
  // One entry can match through several names; keep its best.
  const seen = new Set<string>();
  const unique = scored.filter((s) => !seen.has(s.m.entry.id) && seen.add(s.m.entry.id));
  if (!unique.length) return null;
  const [win, second] = unique;
  const rival = unique.slice(1).find((s) => !(win.m.cls === 'p' && s.m.cls === 'a'));
  return {
    entry: win.m.entry,
    score: win.score,
    runnerUp: rival ? rival.score : null,
    rival: rival?.m.entry ?? null,
    decider: second ? deciderOf(win, second) : 'only',
  };
}

function deciderOf(win: Scored, second: Scored): string {
  if (win.ctx > second.ctx) return 'context';
  if (KIND_PRIOR[win.m.entry.kind] !== KIND_PRIOR[second.m.entry.kind]) return 'kind';
  if (MATCH_WEIGHT[win.m.cls] !== MATCH_WEIGHT[second.m.cls]) return 'name';
  return 'population';
}
