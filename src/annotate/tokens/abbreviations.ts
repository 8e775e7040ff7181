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
/** US state abbreviations in AP style, as datelines write them ("AURORA, Colo. (CBS4) –"); capitalised only. */
export const STATES = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt',
  'wash', 'wis', 'wyo',
]);
/** Abbreviations that name a country, a body or a company ("U.S.", "Inc."): before a capital they are usually inside a name. */
export const NAME_LIKE = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'inc', 'ltd', 'co', 'corp']);
/**
 * Words that open a sentence and rarely continue a name: "…by the U.S. The Kremlin…" breaks,
 * "the U.S. Marshals Service" does not.
 */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'there', 'here', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as',
  'after', 'before', 'when', 'while', 'if', 'although', 'though', 'because', 'since', 'during', 'under', 'over',
  'meanwhile', 'however', 'also', 'still', 'now', 'then', 'today', 'yesterday', 'some', 'many', 'most', 'all', 'both',
  'each', 'no', 'not', 'what', 'who', 'why', 'how', 'where', 'earlier', 'later', 'last', 'according', 'instead',
  'despite', 'even', 'only', 'such', 'other', 'another', 'several', 'officials', 'authorities',
]);
/** Words after a clock time that belong to it ("8:20 p.m. Tuesday", "10 a.m. Jan. 23", "9 p.m. ET"). */
export const AFTER_CLOCK = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst',
  'pdt', 'gmt', 'utc', 'local',
]);
/** Top-level domains that end a web address glued to the next word ("fox8.comAKRON"). */
export const GLUED_DOMAINS = new Set(['com', 'org', 'net', 'gov', 'edu', 'tv']);
