// What each word of an article is to chrono (chrono-scope.ts): a barrier it can read no part of,
// a word of its grammar, an anchor every result needs, or an anchor it cannot read there. Words are
// judged once and remembered.
import * as chrono from 'chrono-node';
import { GLUED_WITH_ANCHOR, NOT_GLUED, PieceTrie } from './glue.ts';
import { SpanTable } from '../tokens/span-table.ts';
import { withRoom } from '../../growable.ts';
import { HALF_CHARS, LAST_DIGIT_CODE, SHORT_WORD, ShortWords, WORD_CODES } from './short-words.ts';
import { OTHER_ANCHOR, UNIT_INSIDE, UNIT_ONLY, readableAlone, readableAnchors } from './hidden-anchors.ts';

/** Words every chrono result needs one of (chrono's English month, weekday and time-unit dictionaries, its casual days and day parts). */
const ANCHOR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sun', 'mon', 'tue', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'weekend', 'weekday',
  's', 'sec', 'second', 'seconds', 'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours',
  'd', 'day', 'days', 'w', 'week', 'weeks', 'mo', 'mos', 'month', 'months', 'qtr', 'quarter', 'quarters', 'y', 'yr', 'year', 'years',
  'now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'tmrw', 'yesterday',
  'morning', 'afternoon', 'evening', 'night', 'midnight', 'midday', 'noon',
]);

/**
 * Words chrono's refiners and its time parser's range phase read around results, beyond the
 * parsers' own patterns (read from chrono below): ENEndOfPeriodRefiner, the merge refiners,
 * ENUnlikelyFormatFilter, the time zone offset and year suffix refiners, "5 to 6 pm".
 */
export const REFINER_WORDS = [
  'last', 'day', 'end', 'of', 'the', 'this', 'past', 'next', 'week', 'month', 'year', 'to', 'until', 'through', 'till',
  't', 'at', 'after', 'before', 'on', 'from', 'since', 'in', 'second', 'gmt', 'utc', 'be', 'ad', 'bc', 'bce', 'ce', 'am', 'pm',
];

/** The letter words of chrono's casual English parsers' patterns, read from the patterns themselves so an upgrade cannot leave this stale. */
function parserWords(): Set<string> {
  const context = new chrono.ParsingContext('', new Date(0), {});
  const words = new Set<string>(REFINER_WORDS);
  for (const parser of chrono.casual.parsers) {
    // Escapes (\s, \d, \W, \b) are not words; dropping them also splits "\bwithin" at the right place.
    const source = parser.pattern(context).source.replace(/\\[a-zA-Z]/g, ' ');
    for (const w of source.toLowerCase().match(/[a-z]+/g) ?? []) words.add(w);
  }
  return words;
}

const GRAMMAR_WORDS = parserWords();
/**
 * Pieces a token may be glued from where chrono's patterns allow no space between words
 * ("inmarch", "lastnight", "oclock", "man" read as "m" (minutes) + "an"). A token that cannot be
 * glued from them is a barrier.
 */
const GLUE_PIECES = new Set([...GRAMMAR_WORDS, ...ANCHOR_WORDS]);
/**
 * For finding anchors inside tokens, "a" and "an" only end a token: chrono's number pattern puts a
 * word boundary after them ("an?\b"), except in "a couple", "half an" (HALF below) and "5 am".
 */
const ANCHOR_GLUE_PIECES = new Set([...GLUE_PIECES, 'acouple', 'halfa', 'halfan'].filter((w) => w !== 'a' && w !== 'an'));
const LAST_PIECES = new Set(['a', 'an']);
/** "half" then "a"/"an" glued to a unit: "half and" reads as half an "d" (day), so the word after "half" counts as an anchor. */
export const HALF = 'half';

export const BARRIER = 0;
export const GRAMMAR = 1;
export const ANCHOR = 2;
/** A word glued with an anchor chrono cannot read in it (hidden-anchors.ts): it bounds stretches as an anchor, but opens none worth reading. */
export const HIDDEN = 3;
/** A time unit as a word of its own ("s", "day"): an anchor only where a number or modifier can stand before it (unitWordReadable). */
export const UNIT = 4;
/** A word whose only anchors are units glued to a number inside it ("they", "man"): an anchor unless barrier words close in on it (readableAlone). */
export const GLUED_UNIT = 5;
/** A GLUED_UNIT word whose units all start it ("man", "San"): only a number word before it can lend the number they need. */
export const GLUED_UNIT_FIRST = 6;
export type Kind = typeof BARRIER | typeof GRAMMAR | typeof ANCHOR | typeof HIDDEN | typeof UNIT | typeof GLUED_UNIT | typeof GLUED_UNIT_FIRST;

const ANCHOR_GLUE = new PieceTrie(ANCHOR_GLUE_PIECES, LAST_PIECES, ANCHOR_WORDS);
const GRAMMAR_GLUE = new PieceTrie(GLUE_PIECES, [], ANCHOR_WORDS);

/**
 * ANCHOR when the word is or hides an anchor ("lastnight"), HIDDEN when the anchor it hides is one
 * chrono cannot read ("that"), GRAMMAR when chrono could read it otherwise, else BARRIER. Called for
 * words without digits (those are anchors).
 */
function kindOfWord(word: string): Kind {
  const lower = word.toLowerCase();
  if (ANCHOR_WORDS.has(lower)) return UNIT_ONLY.has(lower) ? UNIT : ANCHOR;
  if (ANCHOR_GLUE.glue(lower) === GLUED_WITH_ANCHOR) {
    const found = readableAnchors(lower, ANCHOR_WORDS);
    if (!found) return HIDDEN;
    if (found & OTHER_ANCHOR || readableAlone(lower)) return ANCHOR;
    return found & UNIT_INSIDE ? GLUED_UNIT : GLUED_UNIT_FIRST;
  }
  return GRAMMAR_WORDS.has(lower) || GRAMMAR_GLUE.glue(lower) !== NOT_GLUED ? GRAMMAR : BARRIER;
}

/** Distinct words remembered before the memo starts over: a day of news holds far fewer, and the bound keeps a long run's memory flat (about 8 MB). */
const WORD_MEMO_LIMIT = 200_000;

/** Kinds of words of up to SHORT_WORD characters, keyed by the packed word (short-words.ts). */
const shortKinds = new ShortWords();
/**
 * Kinds of longer words by word id, the words kept in a span table (tokens/span-table.ts), looked
 * up straight from the text.
 */
const longWords = new SpanTable();
let longKinds = new Uint8Array(1 << 12);

/** The memo starts over when full: only between words, as ids start again from 0. */
function makeRoom(): void {
  if (shortKinds.size + longWords.size < WORD_MEMO_LIMIT) return;
  shortKinds.clear();
  longWords.clear();
}

/** The kind of the digit-free word text[start, end) of at most SHORT_WORD characters, packed by the scan as (first, second) (short-words.ts). */
export function kindOfShort(text: string, start: number, end: number, first: number, second: number): Kind {
  const known = shortKinds.get(first, second);
  if (known >= 0) return known as Kind;
  makeRoom();
  const kind = kindOfWord(text.slice(start, end));
  shortKinds.add(first, second, kind);
  return kind;
}

/** The kind of the digit-free word text[start, end) of more than SHORT_WORD characters. */
export function kindOfLong(text: string, start: number, end: number): Kind {
  makeRoom();
  const id = longWords.findOrAdd(text, start, end);
  if (!longWords.isNew) return longKinds[id] as Kind;
  longKinds = withRoom(longKinds, id + 1);
  const kind = kindOfWord(text.slice(start, end));
  longKinds[id] = kind;
  return kind;
}

/** Whether text[start, end) is a word chrono can read no part of (a barrier, see above). */
export function isBarrier(text: string, start: number, end: number): boolean {
  let first = 0;
  let second = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const code = c < WORD_CODES.length ? WORD_CODES[c] : 0;
    if (code === 0) return false;
    if (code <= LAST_DIGIT_CODE) return false;
    if (i - start < HALF_CHARS) first = (first << 6) | code;
    else second = (second << 6) | code;
  }
  if (end <= start) return false;
  return (end - start <= SHORT_WORD ? kindOfShort(text, start, end, first, second) : kindOfLong(text, start, end)) === BARRIER;
}

/** Whether the four letters at `at` spell "half" in any case, read without copying them. */
export function isHalf(text: string, at: number): boolean {
  for (let k = 0; k < HALF.length; k++) if ((text.charCodeAt(at + k) | LOWER_CASE_BIT) !== HALF.charCodeAt(k)) return false;
  return true;
}

/** Within a word (ASCII letters, digits, "_"), setting this bit lowers a capital and makes nothing else a lowercase letter. */
const LOWER_CASE_BIT = 0x20;
