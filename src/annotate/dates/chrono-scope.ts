// The parts of an article chrono can read a date in. chrono runs each of its ~18 parsers' regexes
// over all the text it is given, yet most words of a news article can be no part of a date. Every
// chrono result holds an anchor (a digit, or a month, weekday, time-unit or day-part word) and
// otherwise only words of chrono's own grammar ("the", "of", "last", "ago", "at"…). So a word that
// is neither (a barrier: "police", "said") is never inside a result, nor inside the text chrono's
// refiners compare between or around results. Cutting the text into the stretches from the barrier
// before an anchor to the barrier after it, barriers included, and handing chrono those stretches
// joined by a space gives the same results at mapped offsets, for a fraction of the regex work.
import * as chrono from 'chrono-node';
import { GLUED_WITH_ANCHOR, NOT_GLUED, PieceTrie } from './glue.ts';
import { FNV_OFFSET, FNV_PRIME, SpanTable } from '../tokens/span-table.ts';
import { UNIT_ONLY, hasReadableAnchor, unitWordReadable } from './hidden-anchors.ts';

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
const HALF = 'half';

const BARRIER = 0;
const GRAMMAR = 1;
const ANCHOR = 2;
/** A word glued with an anchor chrono cannot read in it (hidden-anchors.ts): it bounds stretches as an anchor, but opens none worth reading. */
const HIDDEN = 3;
/** A time unit as a word of its own ("s", "day"): an anchor only where a number or modifier can stand before it (unitWordReadable). */
const UNIT = 4;
type Kind = typeof BARRIER | typeof GRAMMAR | typeof ANCHOR | typeof HIDDEN | typeof UNIT;

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
  if (ANCHOR_GLUE.glue(lower) === GLUED_WITH_ANCHOR) return hasReadableAnchor(lower, ANCHOR_WORDS) ? ANCHOR : HIDDEN;
  return GRAMMAR_WORDS.has(lower) || GRAMMAR_GLUE.glue(lower) !== NOT_GLUED ? GRAMMAR : BARRIER;
}

/** Distinct words remembered before the memo starts over: a day of news holds far fewer, and the bound keeps a long run's memory flat (about 8 MB). */
const WORD_MEMO_LIMIT = 200_000;

/**
 * Word kinds by word id, the words kept in a span table (tokens/span-table.ts): a word is looked up
 * straight from the text, by a hash folded in while the scan reads its characters.
 */
const memoWords = new SpanTable();
let memoKinds = new Uint8Array(1 << 12);

function kindOf(text: string, start: number, end: number, hasDigit: boolean, hash: number): Kind {
  if (hasDigit) return ANCHOR;
  // Only between words: ids start again from 0.
  if (memoWords.size >= WORD_MEMO_LIMIT) memoWords.clear();
  const id = memoWords.findOrAddHashed(text, start, end, hash);
  if (!memoWords.isNew) return memoKinds[id] as Kind;
  if (id >= memoKinds.length) {
    const grown = new Uint8Array(memoKinds.length * 2);
    grown.set(memoKinds);
    memoKinds = grown;
  }
  const kind = kindOfWord(text.slice(start, end));
  memoKinds[id] = kind;
  return kind;
}

/** Whether text[start, end) is a word chrono can read no part of (a barrier, see above). */
export function isBarrier(text: string, start: number, end: number): boolean {
  let hash = FNV_OFFSET;
  let hasDigit = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) return false;
    if (c >= 48 && c <= 57) hasDigit = true;
    hash = Math.imul(hash ^ c, FNV_PRIME);
  }
  return end > start && kindOf(text, start, end, hasDigit, hash | 0) === BARRIER;
}

/**
 * chrono's time zone refiner reads any 2–4 letter word after a result ("EST"), then an optional
 * ")" and one more character: a stretch whose first barrier is that short runs on to the next.
 */
const ZONE_MIN = 2;
const ZONE_MAX = 4;
/** Above this share of the text kept, chrono reads the whole text: the cut would save little. */
const WORTH_CUTTING = 0.8;

/** Text handed to chrono and how its offsets map back to the article's. */
export interface ChronoScope {
  text: string;
  /** The article offset of `text`'s offset `at`. */
  toArticle(at: number): number;
}

/** Whether the four letters at `at` spell "half" in any case, read without copying them. */
function isHalf(text: string, at: number): boolean {
  for (let k = 0; k < HALF.length; k++) if ((text.charCodeAt(at + k) | LOWER_CASE_BIT) !== HALF.charCodeAt(k)) return false;
  return true;
}

/** Within a word (ASCII letters, digits, "_"), setting this bit lowers a capital and makes nothing else a lowercase letter. */
const LOWER_CASE_BIT = 0x20;

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Stretch k runs from starts[k] to ends[k]; worded[k] when one of its anchors chrono can read is or
 * holds a word (not digits alone). Stretches are read apart: two may share the barrier between them, which no result
 * crosses, and chronoScope joins such neighbours again.
 */
export interface Stretches {
  starts: number[];
  ends: number[];
  worded: boolean[];
}

/**
 * Where the stretches that can hold chrono results start and end in `text` (each from a barrier to a
 * barrier). A word hiding an anchor chrono cannot read (HIDDEN) bounds stretches as any anchor does,
 * so the others are cut as ever; a stretch with no other anchor is left out, as it can hold none.
 */
export function chronoStretches(text: string): Stretches {
  const starts: number[] = [];
  const ends: number[] = [];
  const worded: boolean[] = [];
  let lastBarrier = 0;
  let open = false;
  let readable = false;
  let zoneWord = false;
  let afterHalf = false;
  const close = (end: number) => {
    if (readable) ends.push(end);
    else {
      starts.pop();
      worded.pop();
    }
    open = false;
  };
  for (let i = 0; i < text.length; ) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let hasDigit = false;
    let hasOther = false;
    let hash = FNV_OFFSET;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!isWordCode(c)) break;
      if (c >= 48 && c <= 57) hasDigit = true;
      else hasOther = true;
      hash = Math.imul(hash ^ c, FNV_PRIME);
    }
    let kind = kindOf(text, start, i, hasDigit, hash | 0);
    if (kind === GRAMMAR && afterHalf) kind = ANCHOR;
    else if (kind === UNIT) kind = unitWordReadable(text, start) ? ANCHOR : HIDDEN;
    afterHalf = i - start === HALF.length && isHalf(text, start);
    if (kind === ANCHOR || kind === HIDDEN) {
      if (!open) {
        // A stretch starts at the barrier before, which may be the one that ended the previous stretch.
        starts.push(lastBarrier);
        worded.push(false);
        open = true;
        readable = false;
      }
      zoneWord = false;
      // A hidden anchor is no word chrono reads: a stretch of numbers it sits among stays one of numbers alone (digit-stretches.ts).
      if (kind === ANCHOR) {
        readable = true;
        if (hasOther) worded[worded.length - 1] = true;
      }
    } else if (kind === BARRIER) {
      if (open && !zoneWord && i - start >= ZONE_MIN && i - start <= ZONE_MAX) zoneWord = true;
      else if (open) {
        close(i);
        zoneWord = false;
      }
      lastBarrier = start;
    }
  }
  if (open) close(text.length);
  return { starts, ends, worded };
}

/** Whether the caller wants chrono's results in the stretch from `start` to `end` (`worded` as in Stretches). */
export type StretchFilter = (text: string, start: number, end: number, worded: boolean) => boolean;

function keptStretches(text: string, all: Stretches, keep: StretchFilter): Stretches {
  const kept: Stretches = { starts: [], ends: [], worded: [] };
  for (let k = 0; k < all.starts.length; k++) {
    if (!keep(text, all.starts[k], all.ends[k], all.worded[k])) continue;
    kept.starts.push(all.starts[k]);
    kept.ends.push(all.ends[k]);
    kept.worded.push(all.worded[k]);
  }
  return kept;
}

/** Neighbouring stretches that share a barrier made one, so chrono reads that barrier once. */
function joinShared(stretches: Stretches): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let k = 0; k < stretches.starts.length; k++) {
    if (ends.length && stretches.starts[k] <= ends[ends.length - 1]) ends[ends.length - 1] = stretches.ends[k];
    else {
      starts.push(stretches.starts[k]);
      ends.push(stretches.ends[k]);
    }
  }
  return { starts, ends };
}

/**
 * The stretches of `text` that can hold chrono results (see above), those `keep` passes when given; null when none can. When they
 * make up more than `worthCutting` of the text, the whole text (tests pass Infinity to always cut). `all`: the text's
 * chronoStretches, when the caller already has them (they do not depend on the reference date).
 */
export function chronoScope(text: string, worthCutting = WORTH_CUTTING, keep: StretchFilter | null = null, all = chronoStretches(text)): ChronoScope | null {
  const { starts, ends } = joinShared(keep ? keptStretches(text, all, keep) : all);
  if (!starts.length) return null;
  let kept = 0;
  for (let k = 0; k < starts.length; k++) kept += ends[k] - starts[k];
  if (kept >= text.length * worthCutting) return { text, toArticle: (at) => at };
  // Where each stretch begins in the joined text, for mapping offsets back.
  const joinedStarts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; k < starts.length; k++) {
    joinedStarts.push(length);
    parts.push(text.slice(starts[k], ends[k]));
    length += ends[k] - starts[k] + 1;
  }
  return {
    text: parts.join(' '),
    toArticle(at) {
      let lo = 0;
      let hi = joinedStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (joinedStarts[mid] <= at) lo = mid;
        else hi = mid - 1;
      }
      return starts[lo] + at - joinedStarts[lo];
    },
  };
}
