// Abbreviations that keep their full stop as part of the token, and what each says about a
// sentence break after it. Keys are lowercased and without the final dot.

/** Titles and name prefixes: the next word is a name, never a new sentence. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'pres', 'gen', 'col', 'lt', 'maj', 'capt', 'cpt',
  'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr', 'brig', 'insp', 'supt', 'det', 'rev', 'fr', 'st', 'mt', 'ft',
  'sr', 'jr', 'hon', 'amb', 'gens', 'cols', 'vs', 'v',
]);
/** Abbreviations that sit before a number ("No. 5", "Jan. 27", "Art. 3"): a break only if no digit follows. */
export const BEFORE_NUMBER = new Set([
  'no', 'nos', 'art', 'vol', 'fig', 'p', 'pp', 'para', 'sec', 'ch', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Abbreviations that may end a sentence ("…by the U.S. The Kremlin…"): a break only before a capital. */
export const MAY_END = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'inc', 'ltd', 'co', 'corp', 'a.m', 'p.m', 'etc', 'al', 'est']);
