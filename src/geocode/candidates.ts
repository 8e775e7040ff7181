// A plain place-candidate finder for when no NER ran: runs of capitalised words ("Rancho
// Murieta", "DETROIT", "St. Louis") that something in the sentence marks as a place — a locative
// preposition before them ("in", "near", "outside"), a ", State" qualifier after them, a dateline
// in capitals, or a local institution after them ("Chicago Police"). Without such a cue a
// capitalised word is as likely a person ("Victor", "Morris") as a town, so it is not offered.
import type { PlaceCandidate } from './resolve.ts';
import { GENERIC_SINGLE_WORDS } from './admin1-words.ts';

/** A run of capitalised words (abbreviations like "St." and hyphenated names included). */
export const CAP_RUN = /\b[A-Z][\p{L}'’]*\.?(?:[ -](?:[A-Z][\p{L}'’]*\.?))*/gu;
/** CAP_RUN's own copy for placeCandidates' exec loop, whose lastIndex nobody else moves. */
const CAP_RUN_SEARCH = new RegExp(CAP_RUN.source, 'gu');
/**
 * A dateline glued to the headline before it ("…west sideDETROIT (WXYZ)"), as scraped pages often
 * are: capitals straight after a lower-case letter.
 */
const GLUED_DATELINE = /(?<=[\p{Ll}\p{N}])[A-Z]{4,}(?:[ -][A-Z]{2,})*(?=[\s,(–—-])/gu;
/**
 * GLUED_DATELINE without its look-behind, which the regex engine tests at every character of the
 * text: capitals found first, the letter before them checked after (see gluedDatelines).
 */
const CAPITALS_BEFORE_BREAK = /[A-Z]{4,}(?:[ -][A-Z]{2,})*(?=[\s,(–—-])/g;
const GLUED_TO = /[\p{Ll}\p{N}]$/u;
/**
 * A name glued to the site name before it ("| 6abc.comPhiladelphia police"): scraped titles run
 * into the body; only a domain ending marks the seam, since names like "McCormick" have inner capitals.
 */
const GLUED_AFTER_DOMAIN = /(?<=\.(?:com|org|net|tv|us))[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*/g;
/** What every GLUED_AFTER_DOMAIN match starts with: most texts have none, and are not searched for names after it. */
const DOMAIN_SEAM = /\.(?:com|org|net|tv|us)[A-Z]/;
export const WORD_IN_RUN = /[A-Z][\p{L}'’]*(?:\.(?=\s|$))?/gu;
/** Longest name offered: place names are rarely longer ("Rancho Palos Verdes Estates" is 4). */
const MAX_CANDIDATE_WORDS = 4;
/** Words that start sentences or titles and are never the place meant. */
const NOT_PLACES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'and', 'but', 'or', 'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her',
  'police', 'officers', 'officer', 'sheriff', 'deputies', 'authorities', 'mayor', 'chief', 'lt', 'sgt', 'det', 'capt',
  'mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'rep', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // Counts and determiners that open sentences before a cue word ("One man was shot", "This woman").
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'this', 'that', 'these', 'those',
  'another', 'both', 'no', 'when', 'after', 'before', 'while', 'if',
]);
const LOCATIVES = ['in', 'at', 'near', 'from', 'outside', 'into', 'across', 'around', 'throughout', 'toward', 'towards', 'of', 'to', 'between'];
/** Words that may stand between a locative and the run ("in the", "near downtown"). */
const LOCATIVE_MODIFIERS = ['the', 'downtown', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'suburban', 'rural', 'nearby', 'neighboring', 'neighbouring', 'northeast', 'northwest', 'southeast', 'southwest'];
/**
 * A locative word right before the run ("shot in Fresno", "near downtown Dayton", "outside the Pentagon"):
 * the definition, read by hand in locativeBefore (tests hold the two together).
 */
export const LOCATIVE_BEFORE = new RegExp(`\\b(?:${LOCATIVES.join('|')})\\s+(?:(?:${LOCATIVE_MODIFIERS.join('|')})\\s+)*$`, 'i');
/** How far before a run LOCATIVE_BEFORE looks. */
const LOCATIVE_REACH = 40;
/** \s, the whitespace of the patterns here and of String.prototype.trim. */
const SPACE = /\s/;
/**
 * Words that follow a town used as a modifier: its institutions ("Chicago Police", "Dayton fire
 * officials"), its people ("a Hartford man", "Rancho Murieta residents") and its parts
 * ("Detroit's west side", "Philadelphia's Kensington section").
 */
const LOCAL_AFTER = /^(?:['’]s)?\s+(?:(?:[A-Z][\p{L}]+|west|east|north|south|northeast|northwest|southeast|southwest)\s+)?(?:police|fire|sheriff|mayor|city\s+council|public\s+schools|school\s+district|municipal|man|woman|men|women|boy|girl|teen|teenager|teens|resident|residents|native|neighborhood|neighbourhood|section|side|suburb|area|downtown|streets|home|apartment)\b/iu;
/** Words after a name that make it a county or township, which the gazetteer does not hold as towns. */
const NOT_A_TOWN_AFTER = /^\s+(?:County|Parish|Township|Borough|Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Dr\.|Lane|Park|High|Middle|Elementary|University|College|Hospital|Medical)\b/;
/** A dateline word in capitals ("DETROIT", "EAST HARTFORD"): acronyms are shorter. */
const DATELINE = /^[A-Z][A-Z .'-]{3,}$/;

/** A period ends the sentence between two words unless it belongs to the first ("St.", "Ft."). */
const sentenceEndBetween = (text: string, a: { start: number; word: string }, b: { start: number }): boolean => {
  // The last character before b that is not a space, if it lies after a's start, is a period.
  let k = b.start - 1;
  while (k > a.start && isSpace(text.charCodeAt(k))) k--;
  return k > a.start - 1 && !isSpace(text.charCodeAt(k)) && text.charCodeAt(k) === PERIOD && !a.word.endsWith('.');
};

const PERIOD = 46;
const SPACE_CODE = 32;
const HYPHEN = 45;
/** \s for one code unit, read by hand below 128. */
export const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(String.fromCharCode(c)));
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** The longest word in NOT_PLACES: a longer word is none of them, and is not lower-cased to look. */
const LONGEST_NOT_PLACE = Math.max(...[...NOT_PLACES].map((w) => w.length));
const isStopWord = (w: string) => {
  const last = w.charCodeAt(w.length - 1);
  // A word ending in a period or an apostrophe drops them all (the rare case); any other is read as it is.
  if (last === PERIOD || last === 39 || last === 0x2019) return NOT_PLACES.has(w.replace(/[.'’]+$/, '').toLowerCase());
  return w.length <= LONGEST_NOT_PLACE && NOT_PLACES.has(w.toLowerCase());
};

const LOCATIVE_WORDS = new Set(LOCATIVES);
const MODIFIER_WORDS = new Set(LOCATIVE_MODIFIERS);
/** [A-Za-z0-9_]: what \b of LOCATIVE_BEFORE counts as a word character. */
const isWordCode = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;

/**
 * LOCATIVE_BEFORE on the LOCATIVE_REACH characters before `start`, read word by word back from the
 * run by hand (the pattern, unanchored, was tried at each of those characters): spaces, then
 * modifiers each with spaces before them, then a locative that opens a word (or the window).
 */
export function locativeBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - LOCATIVE_REACH);
  let k = start - 1;
  if (k < from || !isSpace(text.charCodeAt(k))) return false;
  for (;;) {
    while (k >= from && isSpace(text.charCodeAt(k))) k--;
    let w = k;
    while (w >= from && isAsciiLetter(text.charCodeAt(w))) w--;
    if (w === k) return false;
    const word = text.slice(w + 1, k + 1).toLowerCase();
    if (LOCATIVE_WORDS.has(word) && (w < from || !isWordCode(text.charCodeAt(w)))) return true;
    if (!MODIFIER_WORDS.has(word) || w < from || !isSpace(text.charCodeAt(w))) return false;
    k = w;
  }
}

/** A cue of the name text[start, end) other than a locative before it: a dateline, ", State" or a local word after it. */
function cueAt(text: string, start: number, end: number): boolean {
  // DATELINE needs a second character from [A-Z .'-]: a capitalised word in running text fails on it unsliced.
  if (mayOpenDateline(text.charCodeAt(start + 1))) {
    const surface = text.slice(start, end);
    if (DATELINE.test(surface) && surface.replace(/[^A-Z]/g, '').length >= 4) return true;
  }
  // ", State" needs a comma next, and LOCAL_AFTER an apostrophe or a space: asked of the slice only then.
  const next = text.charCodeAt(end);
  if (next === COMMA || next === 39 || next === 0x2019 || isSpace(next)) {
    const after = text.slice(end, end + 40);
    if (/^,\s{0,2}[A-Z]/.test(after) || LOCAL_AFTER.test(after)) return true;
  }
  return false;
}

const hasCue = (text: string, start: number, end: number): boolean => cueAt(text, start, end) || locativeBefore(text, start);

const COMMA = 44;
/** A code unit DATELINE allows after its first letter: [A-Z .'-]. */
const mayOpenDateline = (c: number) => (c >= 65 && c <= 90) || c === SPACE_CODE || c === PERIOD || c === 39 || c === HYPHEN;

/** A word of a run as a name: a trailing period belongs to it only for St./Ft./Mt. (not a sentence end), nor does a possessive. */
function nameWord(w: string): string {
  if (w === 'St.' || w === 'Ft.' || w === 'Mt.') return w;
  const word = w.endsWith('.') ? w.slice(0, -1) : w;
  return word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
}

/**
 * For each capitalised run, its leading names (1..MAX_CANDIDATE_WORDS words, so "Chicago" from
 * "Chicago Police Department") when a place cue stands before or after them.
 */
export function placeCandidates(text: string): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  for (const m of gluedDatelines(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], cue: true });
  if (DOMAIN_SEAM.test(text)) for (const m of text.matchAll(GLUED_AFTER_DOMAIN)) {
    const end = m.index + m[0].length;
    if (hasCue(text, m.index, end)) out.push({ start: m.index, end, text: m[0], cue: true });
  }
  // exec over the one global pattern, not matchAll: no pattern copy and iterator per text.
  CAP_RUN_SEARCH.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CAP_RUN_SEARCH.exec(text)); ) {
    const words = runWords(m[0], m.index);
    // A run ends at a sentence end: "the North Side. Chicago police" is two runs.
    let from = 0;
    for (let j = 1; j <= words.length; j++) {
      if (j < words.length && !sentenceEndBetween(text, words[j - 1], words[j])) continue;
      runCandidates(text, from === 0 && j === words.length ? words : words.slice(from, j), out);
      from = j;
    }
  }
  return out;
}

/**
 * The words of a capitalised run, as [offset, word] pairs (WORD_IN_RUN's matches). Most runs are
 * one word ("Officials", "Kunduz"): with no space or hyphen the whole run is WORD_IN_RUN's only
 * match, its period included (the period ends the run), so no search is made.
 */
export function wordsInRun(run: string): Array<[number, string]> {
  if (!run.includes(' ') && !run.includes('-')) return [[0, run]];
  // A run is capitalised words, each with an optional period, joined by single spaces or hyphens
  // (CAP_RUN), so WORD_IN_RUN's matches are its pieces between those; a period before a hyphen is
  // not followed by a space or the end, so it stays out. Read by hand: most runs of real news are
  // several words ("Police Chief John Smith"), and the search and its match objects cost more.
  const out: Array<[number, string]> = [];
  let from = 0;
  for (let k = 1; k <= run.length; k++) {
    const c = k < run.length ? run.charCodeAt(k) : SPACE_CODE;
    if (c !== SPACE_CODE && c !== HYPHEN) continue;
    const end = c === HYPHEN && run.charCodeAt(k - 1) === PERIOD ? k - 1 : k;
    out.push([from, run.slice(from, end)]);
    from = k + 1;
  }
  return out;
}

/** The words of a run starting at `runStart` in the text, as names at their offsets (wordsInRun, then nameWord). */
function runWords(run: string, runStart: number): RunWord[] {
  if (!run.includes(' ') && !run.includes('-')) return [runWord(run, runStart)];
  const out: RunWord[] = [];
  for (const [at, w] of wordsInRun(run)) out.push(runWord(w, runStart + at));
  return out;
}

function runWord(w: string, start: number): RunWord {
  const word = nameWord(w);
  return { start, end: start + word.length, word };
}

/**
 * The matches of GLUED_DATELINE. A match of the capitals alone whose first letter is not glued to a
 * lower-case letter or digit holds no glued one either (every letter in it follows a capital, a
 * space or a hyphen), and a glued match always starts where the capitals alone are first found.
 */
export function* gluedDatelines(text: string): Generator<RegExpExecArray> {
  for (const m of text.matchAll(CAPITALS_BEFORE_BREAK)) {
    // The code point before the match, a surrogate pair included, as the look-behind reads it.
    if (m.index > 0 && GLUED_TO.test(text.slice(Math.max(0, m.index - 2), m.index))) yield m;
  }
}

type RunWord = { start: number; end: number; word: string };

/** Candidates from one run of capitalised words within a sentence, added to `out`. */
function runCandidates(text: string, words: RunWord[], out: PlaceCandidate[]): void {
  let first = 0;
  // Stop words go; so does a leading direction ("West Philadelphia", "North Houston" are parts of the city after it).
  while (first < words.length && isStopWord(words[first].word)) first++;
  if (first < words.length - 1 && GENERIC_SINGLE_WORDS.has(words[first].word.toLowerCase())) {
    const rest = words.slice(first + 1);
    const cueRun = hasCue(text, words[first].start, rest[rest.length - 1].end);
    if (cueRun) out.push({ start: rest[0].start, end: rest[rest.length - 1].end, text: text.slice(rest[0].start, rest[rest.length - 1].end), cue: true });
  }
  if (first >= words.length) return;
  const start = words[first].start;
  // The cue of the whole run's end, and a locative before the run, are the same for every leading name: asked once, when first needed.
  let runCue: boolean | undefined;
  let before: boolean | undefined;
  for (let j = first; j < Math.min(words.length, first + MAX_CANDIDATE_WORDS); j++) {
    const end = words[j].end;
    if (j === first && GENERIC_SINGLE_WORDS.has(words[j].word.toLowerCase())) continue;
    // NOT_A_TOWN_AFTER opens with a space: a name followed by anything else is not sliced to ask it.
    if (isSpace(text.charCodeAt(end)) && NOT_A_TOWN_AFTER.test(text.slice(end, end + 20))) continue;
    if (cueAt(text, start, end) || (before ??= locativeBefore(text, start)) || (j > first && (runCue ??= cueAt(text, start, words[words.length - 1].end)))) {
      out.push({ start, end, text: text.slice(start, end), cue: true });
    }
  }
}
