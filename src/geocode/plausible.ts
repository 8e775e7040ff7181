// Which gazetteer entries a mention may still mean once the article's context is known. Common
// words and surnames match some small place somewhere ("Flores", "Same", "Metro", "North Side"):
// a small place or region far from everything else the article names is that word, not the place.
import type { NameMatch } from './gazetteer.ts';
import { admin1Key, type Context } from './score.ts';

/**
 * GeoNames keeps old names, nicknames and foreign spellings as alternates ("Sam" for Damascus,
 * "North Side" for Oildale): those of places under this size count only when their country is in context.
 */
const ALTERNATE_MIN_POPULATION = 100_000;
/** A place or admin-1 outside every country the article names must be this big when the tagger named it. */
const FOREIGN_MIN_POPULATION = 100_000;
/** ... and this big when only a cue or the name scan found it (world cities: "Paris", "Kabul"). */
const FOREIGN_MIN_POPULATION_UNTAGGED = 1_000_000;
/**
 * A town outside every admin-1 region the article names outright in its country must be this big
 * when other towns there share its name: local news names its state, and a same-named small town
 * in another state is not meant.
 */
const OUTSIDE_ADMIN1_MIN_POPULATION = 100_000;

/** How the mention was found: the tagger's span (in the headline, or later), or only a cue or the name scan. */
export type Evidence = 'tagged' | 'untagged' | 'headline';

/** The countries of no named admin-1 (the first pass's context), shared: it is only read. */
const NO_COUNTRIES: ReadonlySet<string> = new Set();

export function plausibleOptions(options: NameMatch[], ctx: Context, evidence: Evidence): NameMatch[] {
  const admin1Countries = ctx.namedAdmin1s.size ? new Set([...ctx.namedAdmin1s].map((k) => k.slice(0, k.indexOf('|')))) : NO_COUNTRIES;
  const foreignMin = evidence === 'untagged' ? FOREIGN_MIN_POPULATION_UNTAGGED : FOREIGN_MIN_POPULATION;
  // How many towns of each country bear the name: the named-states rule picks among namesakes.
  // (Only a headline name asks, so only then are they counted.)
  const towns = new Map<string, number>();
  if (evidence === 'headline') for (const { entry: e } of options) if (e.kind === 'place' && e.country) towns.set(e.country, (towns.get(e.country) ?? 0) + 1);
  // (Every entry counts as a namesake, alternate names too: "North Side" is no town's own name.)
  return options.filter(({ entry: e, cls }) => {
    if (e.kind !== 'place' && e.kind !== 'admin1') return true;
    const inCountry = !!e.country && ctx.countries.has(e.country);
    if (cls === 'a' && e.kind === 'place' && e.population < ALTERNATE_MIN_POPULATION && !inCountry) return false;
    if (ctx.countries.size && !inCountry && e.population < foreignMin) return false;
    // A headline town the tagger found that no other town of its country is named after is that town wherever
    // it lies ("… kills stepson in Fuquay-Varina"); deeper in the text such a name is often a passing one.
    const unique = evidence === 'headline' && cls === 'p' && towns.get(e.country ?? '') === 1;
    if (e.kind === 'place' && e.country && admin1Countries.has(e.country) && e.population < OUTSIDE_ADMIN1_MIN_POPULATION &&
      !unique && !ctx.namedAdmin1s.has(admin1Key(e.country, e.admin1))) return false;
    return true;
  });
}
