// Words that hide a date anchor chrono can never read. chrono-scope.ts counts a word as an anchor
// when it can be glued from chrono's words with an anchor among them ("lastnight", "inmay"), yet on
// real news most such words are common ones whose anchor is a time unit letter inside them: "that"
// (t + h + at), "who" (w + ho), "had" (h + ad), "still" (s + till). A stretch whose only anchors are
// of this kind gives chrono nothing to read, and was 40% of what it read. The rule, from chrono-node
// 2.10's English patterns: a time unit ("h", "d", "mo", "week"…) is read only in
// ENRelativeDateFormatParser's "(this|last|past|next|after\s*this)\s*UNIT(?=\W|$)" and in
// TIME_UNITS_PATTERN's "NUMBER\s{0,3}UNIT", followed by "(?=\W|$)", by the connector and another
// NUMBER ("\s{0,5},?(?:\s*and)?\s{0,5}"), or by "\s{0,5}(ago|before|earlier|later|after|from now|
// henceforth|forward|out)" (the Ago, Later, Within and CasualRelative parsers). Inside a word no
// space can stand between, so a unit at letters [p, q) of a word is readable only if the word's
// letters before p are empty or end with what may stand right before a unit (UNIT_BEFORE), and its
// letters from q are empty or start with what may follow one (UNIT_AFTER). Every other anchor (a
// month, weekday, casual or day-part word) found anywhere in the word counts as readable: no claim
// is made about those. A word with no digit whose every anchor is unreadable is a hidden anchor.
import * as chrono from 'chrono-node';

/** chrono's TIME_UNIT_DICTIONARY (with abbreviations), the only anchors this rule reads. */
export const TIME_UNITS = ['s', 'sec', 'second', 'seconds', 'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours',
  'd', 'day', 'days', 'w', 'week', 'weeks', 'mo', 'mon', 'mos', 'month', 'months', 'qtr', 'quarter', 'quarters', 'y', 'yr', 'year', 'years'];
/**
 * Letters that may end right before a unit with no space: NUMBER_PATTERN's words (the integer words,
 * "half", "few", "several", "the", "couple", "of") and ENRelativeDateFormatParser's modifiers.
 * "a" and "an" only after "half" (half\s{0,2}an?): "an?\b" needs a boundary before the unit.
 */
const UNIT_BEFORE = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'half', 'halfa', 'halfan', 'few', 'several', 'the', 'couple', 'of', 'this', 'last', 'past', 'next'];
/** What a word's whole letters before a unit may be when the word before supplies the rest ("half" + "an"). */
const UNIT_BEFORE_WHOLE = ['a', 'an'];
/**
 * Letters that may start right after a unit with no space: the Ago and Later parsers' words, the
 * connector's "and", and a following NUMBER's first word ("a" only as "acouple": "an?\b" needs a
 * boundary after it, so a word left as just "a" or "an" is UNIT_AFTER_WHOLE).
 */
const UNIT_AFTER = ['ago', 'before', 'earlier', 'later', 'after', 'from', 'henceforth', 'forward', 'out', 'and',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'half', 'few', 'several', 'the', 'couple', 'acouple'];
const UNIT_AFTER_WHOLE = ['a', 'an'];

/** Units that are nothing else: "mon" is also a weekday (ENWeekdayParser), read wherever it stands. */
export const UNIT_ONLY: ReadonlySet<string> = new Set(TIME_UNITS.filter((u) => u !== 'mon'));

/**
 * Whether chrono could read some anchor inside the lowercase, digit-free `word`: a unit placed as
 * above, or any other word of `anchors` (chrono-scope's ANCHOR_WORDS) anywhere in it.
 */
export function hasReadableAnchor(word: string, anchors: ReadonlySet<string>): boolean {
  return readableAnchors(word, anchors) !== 0;
}

// Read in place (endsWith and startsWith at a position, plain loops): a new word may hold a dozen unit letters.
function unitReadable(word: string, p: number, q: number): boolean {
  return (p === 0 || endsWithOne(word, p, UNIT_BEFORE_WHOLE, true) || endsWithOne(word, p, UNIT_BEFORE, false))
    && (q === word.length || startsWithOne(word, q, UNIT_AFTER_WHOLE, true) || startsWithOne(word, q, UNIT_AFTER, false));
}

/** Whether word[0, p) ends with (or, `whole`, is) one of `words`. */
function endsWithOne(word: string, p: number, words: readonly string[], whole: boolean): boolean {
  for (let k = 0; k < words.length; k++) if ((!whole || words[k].length === p) && word.endsWith(words[k], p)) return true;
  return false;
}

/** Whether word[q…] starts with (or, `whole`, is) one of `words`. */
function startsWithOne(word: string, q: number, words: readonly string[], whole: boolean): boolean {
  for (let k = 0; k < words.length; k++) if ((!whole || words[k].length === word.length - q) && word.startsWith(words[k], q)) return true;
  return false;
}

/** What may stand before a unit that is a word of its own: UNIT_BEFORE, and "a"/"an" ("a h": the space is the boundary "an?\b" needs). */
const WORD_BEFORE_UNIT = [...UNIT_BEFORE, 'a', 'an'];
const SPACE = /\s/;

/**
 * Whether a unit standing as a word of its own at text[start…] can be read: only spaces may come
 * between it and the number or modifier before it, so what precedes the spaces must end with a
 * digit or a WORD_BEFORE_UNIT word ("two days", "the day", "last week"; not "’s", "I'm",
 * "Independence Day", "for weeks").
 */
export function unitWordReadable(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && SPACE.test(text[end - 1])) end--;
  const c = text.charCodeAt(end - 1);
  if (c >= 48 && c <= 57) return true;
  const before = text.slice(Math.max(0, end - LONGEST_BEFORE), end).toLowerCase();
  return WORD_BEFORE_UNIT.some((w) => before.endsWith(w));
}

/** Characters read back from a unit word: the longest WORD_BEFORE_UNIT word. */
const LONGEST_BEFORE = Math.max(...WORD_BEFORE_UNIT.map((w) => w.length));

/** readableAnchors flags: a unit chrono could read starts the word; one stands further in (its number glued before it); another anchor stands anywhere. */
export const UNIT_FIRST = 1;
export const UNIT_INSIDE = 2;
export const OTHER_ANCHOR = 4;

/**
 * What anchors chrono could read in the lowercase, digit-free `word` (hasReadableAnchor's rule), as
 * UNIT_FIRST | UNIT_INSIDE | OTHER_ANCHOR flags (with OTHER_ANCHOR the unit flags may be incomplete); 0 when none.
 */
export function readableAnchors(word: string, anchors: ReadonlySet<string>): number {
  let found = 0;
  for (let p = 0; p < word.length; p++) {
    for (let q = p + 1; q <= word.length; q++) {
      const piece = word.slice(p, q);
      if (!anchors.has(piece)) continue;
      // Another anchor settles the word (it is read wherever it stands): the unit flags are then not needed.
      if (!UNIT_ONLY.has(piece)) return found | OTHER_ANCHOR;
      const flag = p === 0 ? UNIT_FIRST : UNIT_INSIDE;
      if (!(found & flag) && unitReadable(word, p, q)) found |= flag;
    }
  }
  return found;
}

/**
 * The parsers that read time units with no other anchor: the Within, Ago, Later, CasualRelative and
 * RelativeDate unit parsers and "end of the month". Every other parser of chrono's needs a digit or
 * another anchor word (a month, weekday, casual day or day part).
 */
const UNIT_PARSERS = new Set(['ENTimeUnitWithinFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser', 'ENRelativeDateFormatParser', 'ENEndOfCurrentMonthParser']);
/** Their patterns as findDates runs them (forwardDate off). */
const UNIT_PATTERNS = (() => {
  const context = new chrono.ParsingContext('', new Date(0), { forwardDate: false });
  const parsers = chrono.casual.parsers.filter((p) => UNIT_PARSERS.has(p.constructor.name));
  if (parsers.length !== UNIT_PARSERS.size) throw new Error('chrono-node no longer names its unit parsers as hidden-anchors.ts expects');
  return parsers.map((p) => p.pattern(context));
})();

/** chrono's NUMBER_PATTERN words: a unit glued in the next word may take one of them as its number. */
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'half', 'a', 'an', 'few', 'several', 'the', 'couple', 'of'];
/**
 * A word can hold a match of the unit parsers only if it starts with a prefix (Within's, CasualRelative's,
 * RelativeDate's) followed by a qualifier, a number or a unit, or holds a unit followed by an Ago or
 * Later word ("end of the month" needs spaces). Words that cannot are not tried on the patterns.
 */
const ALONE_PREFIX = new RegExp(`^(?:within|in|for|this|last|past|next|after)(?:about|around|roughly|approximately|just|${[...NUMBER_WORDS, ...TIME_UNITS].join('|')})`, 'i');
const ALONE_SUFFIX = new RegExp(`(?:${TIME_UNITS.join('|')})(?:ago|before|earlier|later|after|from|henceforth|forward|out)`, 'i');

/**
 * Whether some pattern of chrono's matches in `word` standing alone (a word whose anchors are all
 * time units: other anchors are read wherever they stand). A word whose anchors are time
 * units glued to a number or modifier inside it ("they" = "the" + "y", "man" = "m" + "an") is read
 * only with a prefix before it ("in they") or an "ago" after it ("they ago"), or when this says so
 * ("theyago"): chrono-scope.ts then lets the words around it decide (mayLeadInto, mayFollowFrom).
 */
export function readableAlone(word: string): boolean {
  // A word with units alone can be read alone only through a prefix at its start or an "ago" in it.
  if (!ALONE_PREFIX.test(word) && !ALONE_SUFFIX.test(word)) return false;
  for (const pattern of UNIT_PATTERNS) {
    pattern.lastIndex = 0;
    if (pattern.test(word)) return true;
  }
  return false;
}

/**
 * Characters that may stand between a glued unit word and a barrier word without letting a match
 * reach past the word: none of them starts or continues chrono's unit patterns (not "+", "-", "~",
 * ",", a digit or a letter).
 */
const QUIET = new Set([...' \t\n\r\u00a0.;:!?"\'\u201c\u201d\u2018\u2019']);

/** Whether text[from, to) holds only QUIET characters. */
export function isQuietGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!QUIET.has(text[i])) return false;
  return true;
}

/** What may end the word before a glued unit word in a match through it: the Within and CasualRelative prefixes, "about", a number, the chain's "and". */
const LEADS_INTO = [...NUMBER_WORDS, 'within', 'in', 'for', 'about', 'around', 'roughly', 'approximately', 'just', 'this', 'last', 'past', 'next', 'after', 'and'];
/** What may start the word after one: the Ago and Later parsers' words, the chain's "and" and its next number. */
const FOLLOWS_FROM = [...NUMBER_WORDS, 'ago', 'before', 'earlier', 'later', 'after', 'from', 'henceforth', 'forward', 'out', 'and'];

/**
 * Whether the word text[start, end) may end with what leads a match into the glued unit word after
 * it; `numberOnly` when that word's units all start it, so only a number can (no prefix stands
 * between a number and its unit).
 */
export function mayLeadInto(text: string, start: number, end: number, numberOnly: boolean): boolean {
  const word = text.slice(start, end).toLowerCase();
  return (numberOnly ? NUMBER_WORDS : LEADS_INTO).some((w) => word.endsWith(w));
}

/** Whether the word text[start, end) may start with what carries a match on from the glued unit word before it. */
export function mayFollowFrom(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  return FOLLOWS_FROM.some((w) => word.startsWith(w));
}
