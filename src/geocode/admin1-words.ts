// The words that name a first-level division's type ("Khatlon region", "Viloyati Sughd",
// "Province of Sindh"), used to strip a region name to its core at build time and to read a
// mention like "the Kherson region" as an admin-1 reference at resolve time.

/** One-word type words written after the name: "Donetsk Oblast", "Rakhine State", "Khatlon region". */
export const ADMIN1_TYPE_WORDS = new Set(['region', 'province', 'oblast', "oblast'", 'krai', 'kray', 'governorate', 'prefecture', 'state',
  'voivodeship', 'department', 'district', 'county', 'territory', 'emirate', 'municipality', 'okrug', 'republic', 'division', 'wilaya',
  'wilayah', 'viloyat', 'vilayet', 'velayat', 'canton']);

/** Type words written after the name, "Autonomous Region" and the like included. */
export const ADMIN1_SUFFIX = new RegExp(`\\s+(?:autonomous\\s+(?:province|region|okrug|oblast|republic)|${[...ADMIN1_TYPE_WORDS].join('|')})$`, 'i');

/** Type words written before the name: "Viloyati Sughd", "Province of Sindh", "Republic of Tatarstan". */
export const ADMIN1_PREFIX = /^(?:viloyati|wilayat|velayat|province\s+of|governorate\s+of|state\s+of|republic\s+of|region\s+of|department\s+of|oblast\s+of)\s+/i;

/**
 * Single generic words that some admin-1 regions are named ("Central", "Eastern", "Capital"):
 * capitalised at a sentence start or in a title they are not places.
 */
export const GENERIC_SINGLE_WORDS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre', 'center',
  'capital', 'coast', 'lakes', 'upper', 'lower', 'middle', 'national', 'federal', 'islands', 'island', 'border',
  'north east', 'north west', 'south east', 'south west', 'northeast', 'northwest', 'southeast', 'southwest',
  'mountain', 'plateau', 'lake', 'river', 'valley', 'city', 'interior', 'delta', 'littoral', 'orient', 'nord', 'sud', 'est',
]);

/** Core names are only kept when at least this long, so "Bay State" does not make "Bay" an admin-1. */
const MIN_CORE_LENGTH = 4;

/** "Sughd Province" → ["Sughd"]; "Viloyati Sughd" → ["Sughd"]; "Texas" → []. */
export function admin1Cores(name: string): string[] {
  const core = name.replace(ADMIN1_PREFIX, '').replace(ADMIN1_SUFFIX, '').trim();
  return core !== name && core.length >= MIN_CORE_LENGTH && !GENERIC_SINGLE_WORDS.has(core.toLowerCase()) ? [core] : [];
}

/**
 * "County" and "parish" name US counties and Louisiana parishes far more often than any country's
 * admin-1, so they only fit an admin-1 whose own name carries the word ("Bomi County", "Zagreb
 * County") or one of a country whose first-level divisions are counties but named bare (Kenya's).
 */
const NARROW_SUFFIXES = new Set(['county', 'parish']);
const BARE_COUNTY_COUNTRIES = new Set(['KE']);

/** Whether the type word ending `mention` ("Pasco County") may name this admin-1 ("Pasco Region": no). */
export function admin1SuffixFits(mention: string, entry: { name: string; country: string | null }): boolean {
  const word = mention.match(ADMIN1_SUFFIX)?.[0].trim().toLowerCase();
  if (!word || !NARROW_SUFFIXES.has(word)) return true;
  return entry.name.toLowerCase().includes(word) || (!!entry.country && BARE_COUNTY_COUNTRIES.has(entry.country));
}
