// Rules that keep the noisy source aliases ("THE PARTY", "ORGANIZATION", single letters) out of
// the KB, and that turn the sources' UPPER_CASE phrases into written names with the right case.
import { fold, tokenize } from '../text.ts';

/** Function words: never a name by themselves. */
const STOPWORDS = [
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'from', 'de', 'la', 'le',
  'les', 'des', 'du', 'el', 'al', 'y', 'e', 'i', 'wa', 'fi', 'ul', 'its', 'our', 'their', 'new', 'old',
];

/** Generic organisation and actor nouns: a name made only of these is a description ("The Movement"). */
const GENERIC_NOUNS = [
  'party', 'parties', 'organization', 'organisation', 'movement', 'front', 'army', 'armies', 'group', 'groups',
  'council', 'committee', 'government', 'people', 'peoples', 'popular', 'national', 'nationalist', 'liberation',
  'revolutionary', 'revolution', 'islamic', 'muslim', 'muslims', 'union', 'league', 'alliance', 'forces', 'force',
  'brigade', 'brigades', 'battalion', 'militia', 'militias', 'rebels', 'rebel', 'unknown', 'unidentified', 'gunmen',
  'faction', 'supporters', 'fighters', 'resistance', 'democratic', 'socialist', 'communist', 'workers', 'republic',
  'state', 'ministry', 'office', 'service', 'agency', 'police', 'military', 'security', 'defense', 'defence',
  'federation', 'association', 'society', 'center', 'centre', 'institute', 'foundation', 'international', 'world',
  'free', 'freedom', 'united', 'land', 'armed', 'civilians', 'youth', 'students', 'women', 'men', 'tribe', 'tribal',
  'clan', 'communal', 'ethnic', 'christian', 'christians', 'mujahideen', 'mujahidin', 'jihad', 'holy', 'warriors',
  'martyrs', 'vanguard', 'soldiers', 'troops', 'command', 'company', 'network', 'bank', 'fund', 'charity', 'relief',
  'trust', 'establishment', 'guards', 'guard', 'opposition', 'insurgents', 'terrorists', 'cell', 'cells', 'branch',
  'province', 'wing', 'unit', 'units', 'division', 'corps', 'regiment', 'squad', 'team', 'tigers', 'lions', 'eagles',
  'victory', 'justice', 'unity', 'salvation', 'independence', 'struggle', 'peace', 'truth', 'light', 'god', 'allah',
];

/** Ordinary English words that the sources list as whole aliases (TANZIM → "ORGANIZATION", ALEPH …). */
const COMMON_WORDS = [
  'base', 'action', 'order', 'path', 'way', 'voice', 'call', 'hope', 'dawn', 'storm', 'sword', 'shield', 'fire',
  'spark', 'flame', 'star', 'sun', 'moon', 'red', 'black', 'white', 'green', 'blue', 'young', 'general', 'central',
  'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west', 'people', 'family', 'friends',
  'brothers', 'sons', 'children', 'nation', 'country', 'homeland', 'home', 'house', 'city', 'road', 'land', 'aid',
  'care', 'help', 'life', 'water', 'bread', 'mission', 'project', 'program', 'programme', 'media', 'press', 'news',
  'radio', 'post', 'times', 'daily', 'special', 'revenge', 'vengeance', 'reform', 'change', 'progress', 'future',
  'defenders', 'partisans', 'patriots', 'volunteers', 'guardians', 'aleph', 'sentinel', 'male', 'female',
];

const STOPWORD_SET = new Set(STOPWORDS);
/** Words of organisation names, never of a person's: "Abu Nidal Organization", "Republic of Texas". */
const ORGANISATION_WORDS = new Set([...GENERIC_NOUNS, ...COMMON_WORDS, 'of', 'and', 'the', 'for', 'in']);

/** Whether a name holds a word only organisations carry (a description noun, a function word, a number). */
export function hasOrganisationWord(name: string): boolean {
  return tokenize(name).some((t) => ORGANISATION_WORDS.has(t.norm) || /\p{N}/u.test(t.norm));
}

/** Whether a word is a particle or article ("al", "el", "the"): no personal name starts with one in the sources. */
export function isStopword(word: string): boolean {
  return STOPWORD_SET.has(fold(word));
}
/** Short English words that sources list as acronyms ("CAR", "KIM"): read as words far more often. */
const SHORT_WORDS = [
  'act', 'aid', 'all', 'and', 'are', 'arm', 'art', 'bad', 'big', 'can', 'car', 'day', 'end', 'far', 'fit', 'for',
  'get', 'god', 'has', 'her', 'his', 'key', 'kim', 'law', 'let', 'man', 'may', 'men', 'new', 'not', 'now', 'one',
  'our', 'out', 'own', 'run', 'say', 'see', 'she', 'sun', 'ten', 'the', 'top', 'two', 'use', 'war', 'was', 'way',
  'who', 'why', 'win', 'yes', 'you', 'also', 'area', 'base', 'call', 'camp', 'door', 'each', 'even', 'fact', 'fire',
  'hand', 'head', 'help', 'here', 'high', 'home', 'just', 'last', 'left', 'life', 'like', 'line', 'long', 'main',
  'make', 'many', 'more', 'most', 'much', 'must', 'name', 'next', 'only', 'open', 'over', 'part', 'plan', 'real',
  'safe', 'same', 'side', 'some', 'such', 'take', 'than', 'that', 'them', 'then', 'they', 'this', 'time', 'very',
  'want', 'well', 'were', 'what', 'when', 'will', 'with', 'word', 'work', 'year',
];
/** Common given names: an alias that is only a first name matches every person so named. */
const GIVEN_NAMES = [
  'muhammad', 'mohammed', 'mohammad', 'muhammed', 'mohamed', 'ahmed', 'ahmad', 'ali', 'omar', 'umar', 'hassan',
  'hussein', 'husain', 'abdullah', 'ibrahim', 'ismail', 'khalid', 'mahmoud', 'mustafa', 'yusuf', 'john', 'james',
];

const GENERIC = new Set([...STOPWORDS, ...GENERIC_NOUNS]);
/** Up to two generic words make a description ("The Movement", "Security Council"); three make a name ("People's Liberation Army"). */
const MAX_GENERIC_CONTENT_WORDS = 2;
const COMMON = new Set([...GENERIC, ...COMMON_WORDS, ...SHORT_WORDS, ...GIVEN_NAMES]);

/** A source alias with more words than this is a description or a sentence, not a name. */
export const MAX_ALIAS_TOKENS = 10;
/** A one-word source alias shorter than this is a letter pair or a code ("IS" comes from curation only). */
export const MIN_SOURCE_WORD_LETTERS = 3;
/** One-word phrases in UPPER CASE sources up to this length are taken as acronyms (LTTE, HAMAS, IAEA). */
export const ACRONYM_MAX_LETTERS = 5;

export type DropReason = 'too-short' | 'generic-words' | 'common-word' | 'too-long' | 'malformed' | 'leading-the' | 'date-like';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const DAY = '(?:\\d{1,4}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)';
/**
 * Aliases that read as a date, month, weekday or number ("May 15", "17 November", "June 78",
 * "Friday"): groups named after a date match every such date in the news, so only their longer
 * names ("May 15 Organization") stay.
 */
const DATE_LIKE = new RegExp(`^(?:${DAY}(?:\\s+of)?\\s+${MONTH}(?:\\s+\\d{2,4})?|${MONTH}[\\s.-]+${DAY}(?:\\s+\\d{4})?|${MONTH}|${WEEKDAY}|[\\d\\s.,/-]+)$`, 'i');

/**
 * Why a source alias must not go into the KB, or null when it may. Curated aliases skip this.
 * "The United Nations" goes too: the matcher finds "United Nations" inside it, and the source
 * entry named so must join the one named without "the" (see stripThe).
 */
export function dropReason(alias: string): DropReason | null {
  if (/[?*#<>[\]{}|=(),;]/.test(alias)) return 'malformed';
  if (DATE_LIKE.test(alias.trim().replace(/\.$/, ''))) return 'date-like';
  if (/^the\s/i.test(alias)) return dropReason(alias.replace(/^the\s+/i, '')) ?? 'leading-the';
  const tokens = tokenize(alias);
  const letters = tokens.reduce((n, t) => n + t.norm.replace(/[^\p{L}\p{N}]/gu, '').length, 0);
  if (letters < 2) return 'too-short';
  if (tokens.length > MAX_ALIAS_TOKENS) return 'too-long';
  const content = tokens.filter((t) => !STOPWORD_SET.has(t.norm));
  if (content.length <= MAX_GENERIC_CONTENT_WORDS && tokens.every((t) => GENERIC.has(t.norm) || /^\p{N}+$/u.test(t.norm))) {
    return 'generic-words';
  }
  if (tokens.length === 1) {
    if (letters < MIN_SOURCE_WORD_LETTERS) return 'too-short';
    if (COMMON.has(tokens[0].norm)) return 'common-word';
  }
  return null;
}

/** Words written in lower case inside a name ("Islamic State of Iraq and the Levant"). */
const LOWER_INSIDE = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'de', 'la', 'du', 'des', 'wa', 'fi', 'bin', 'ibn', 'y', 'e', 'et']);
/** Acronym words that keep their capitals inside longer names ("IS-Khorasan", "UN Security Council"). */
const ACRONYM_WORDS = new Set(['IS', 'ISIS', 'ISIL', 'UN', 'US', 'USA', 'EU', 'AU', 'UK', 'NATO', 'IRGC', 'ISI', 'AQ', 'KP', 'UAE', 'DRC', 'PRC', 'ROK', 'TRNC', 'FYROM', 'HKSAR', 'PDR']);
/** Arabic article prefixes written in lower case with a hyphen ("al-Shabaab", "ash-Sham"). */
const ARTICLES = new Set(['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'ul']);

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * A TABARI/OFAC phrase (UPPER CASE, "_" for spaces, trailing "_") as a written name. Short single
 * words stay upper case (acronyms); other words get a capital; particles and articles go lower case.
 */
export function writtenName(phrase: string, acronyms = true): string {
  const spaced = phrase
    .replace(/#.*$/, '')
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!spaced) return '';
  if (/\p{Ll}/u.test(spaced)) return spaced; // already written in mixed case
  const letters = spaced.replace(/\P{L}/gu, '');
  if (acronyms && !/\s/.test(spaced) && letters.length <= ACRONYM_MAX_LETTERS) return spaced;
  let index = 0;
  return spaced.replace(/[\p{L}\p{N}'’]+/gu, (word) => {
    const lower = word.toLowerCase();
    const first = index++ === 0;
    if (!first && LOWER_INSIDE.has(lower)) return lower;
    if (/\p{N}/u.test(word)) return lower;
    if (ACRONYM_WORDS.has(word)) return word;
    if (!/[AEIOUY]/.test(word) && word.length <= ACRONYM_MAX_LETTERS) return word; // consonant acronym: PKK, TTP
    return capitalise(word);
  }).replace(/\b(Al|El|Ad|An|Ar|As|Ash|At|Az|Ul)-/g, (m, art: string) => (ARTICLES.has(art.toLowerCase()) ? art.toLowerCase() + '-' : m));
}

/** A source name without its leading article ("The United Nations" → "United Nations"). */
export function stripThe(name: string): string {
  const bare = name.replace(/^the\s+/i, '');
  return bare || name;
}

/** A stable id slug: folded words joined by hyphens. */
export function slug(name: string): string {
  return fold(name)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Splits a source phrase into its names: "ISLAMIC ARMY OF ADEN (IAA)" → the name and "IAA". */
export function splitParenthetical(name: string): string[] {
  const out: string[] = [];
  const m = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(name);
  if (!m) return [name.trim()].filter(Boolean);
  const outer = `${m[1]} ${m[3]}`.trim();
  if (outer) out.push(outer);
  if (m[2].trim()) out.push(m[2].trim());
  return out;
}
