// The parts of an article chrono can read a date in. chrono runs each of its ~18 parsers' regexes
// over all the text it is given, yet most words of a news article can be no part of a date. Every
// chrono result holds an anchor (a digit, or a month, weekday, time-unit or day-part word) and
// otherwise only words of chrono's own grammar ("the", "of", "last", "ago", "at"…). So a word that
// is neither (a barrier: "police", "said") is never inside a result, nor inside the text chrono's
// refiners compare between or around results. Cutting the text into the stretches from the barrier
// before an anchor to the barrier after it, barriers included, and handing chrono those stretches
// joined by a space gives the same results at mapped offsets, for a fraction of the regex work.
import { HALF_CHARS, LAST_DIGIT_CODE, SHORT_WORD, WORD_CODES } from './short-words.ts';
import { isQuietGap, mayFollowFrom, mayLeadInto, unitWordReadable } from './hidden-anchors.ts';
import { ANCHOR, BARRIER, GLUED_UNIT, GLUED_UNIT_FIRST, GRAMMAR, HALF, HIDDEN, type Kind, UNIT, isHalf, kindOfLong, kindOfShort } from './word-kinds.ts';

export { REFINER_WORDS, isBarrier } from './word-kinds.ts';

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
  // The word before: its kind and end. A glued unit word waits for the word after it (pending).
  let previousKind: Kind = BARRIER;
  let previousStart = 0;
  let previousEnd = 0;
  let pending = false;
  // No closures here: the tsx runtime names every function it creates, once per call of this one.
  const length = text.length;
  for (let i = 0; i < length; ) {
    const lead = text.charCodeAt(i);
    if (lead >= WORD_CODES.length || WORD_CODES[lead] === 0) {
      i++;
      continue;
    }
    const start = i;
    let hasDigit = false;
    let hasOther = false;
    // The word packed as it is read (short-words.ts): its key in the memo when it is short.
    let first = 0;
    let second = 0;
    for (; i < length; i++) {
      const c = text.charCodeAt(i);
      const code = c < WORD_CODES.length ? WORD_CODES[c] : 0;
      if (code === 0) break;
      if (code <= LAST_DIGIT_CODE) hasDigit = true;
      else hasOther = true;
      if (i - start < HALF_CHARS) first = (first << 6) | code;
      else second = (second << 6) | code;
    }
    let kind = hasDigit ? ANCHOR : i - start <= SHORT_WORD ? kindOfShort(text, start, i, first, second) : kindOfLong(text, start, i);
    if (pending) {
      // The glued unit word before this one is read unless a barrier follows it across quiet characters.
      if (!closesIn(kind) || !isQuietGap(text, previousEnd, start) || mayFollowFrom(text, start, i)) {
        readable = true;
        worded[worded.length - 1] = true;
      }
      pending = false;
    }
    const rawKind = kind;
    if (kind === GLUED_UNIT || kind === GLUED_UNIT_FIRST) {
      // Words that lend it nothing close in on it: no prefix or number before, no "ago" after, so chrono reads it as it reads it alone (not at all).
      if (closesIn(previousKind) && isQuietGap(text, previousEnd, start) && !mayLeadInto(text, previousStart, previousEnd, kind === GLUED_UNIT_FIRST)) {
        kind = HIDDEN;
        pending = true;
      } else kind = ANCHOR;
    }
    previousKind = rawKind;
    previousStart = start;
    previousEnd = i;
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
        closeStretch(starts, ends, worded, readable, i);
        open = false;
        zoneWord = false;
      }
      lastBarrier = start;
    }
  }
  if (pending && !isQuietGap(text, previousEnd, text.length)) {
    readable = true;
    worded[worded.length - 1] = true;
  }
  if (open) closeStretch(starts, ends, worded, readable, text.length);
  return { starts, ends, worded };
}

/** Ends the open stretch at `end`, or drops it when it holds no anchor chrono can read. */
function closeStretch(starts: number[], ends: number[], worded: boolean[], readable: boolean, end: number): void {
  if (readable) ends.push(end);
  else {
    starts.pop();
    worded.pop();
  }
}

/** Whether a word of this kind beside a glued unit word can hold no part of a match through it: no anchor it could lend (its words are checked apart). */
function closesIn(kind: Kind): boolean {
  return kind === BARRIER || kind === GRAMMAR || kind === HIDDEN;
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
