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
  for (let p = 0; p < word.length; p++) {
    for (let q = p + 1; q <= word.length; q++) {
      const piece = word.slice(p, q);
      if (!anchors.has(piece)) continue;
      if (!UNIT_ONLY.has(piece)) return true;
      if (unitReadable(word, p, q)) return true;
    }
  }
  return false;
}

function unitReadable(word: string, p: number, q: number): boolean {
  const before = word.slice(0, p), after = word.slice(q);
  const beforeOk = p === 0 || UNIT_BEFORE_WHOLE.includes(before) || UNIT_BEFORE.some((w) => before.endsWith(w));
  const afterOk = q === word.length || UNIT_AFTER_WHOLE.includes(after) || UNIT_AFTER.some((w) => after.startsWith(w));
  return beforeOk && afterOk;
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
