// Casualty and force-size counts with their hedges: "over 140 deaths", "at least 6 killed",
// "dozens of civilians", "killing 12 and wounding 30", "between 10 and 15 soldiers". Numbers that
// are dates, years, times, ages, money, ordinals, percentages or labels ("Battalion 5") are not counts.
import type { Quantity } from '../model.ts';
import { findNumbers, readNumber, type ReadNumber } from './quantities/numbers.ts';
import { COUNTED_NOUNS, NOT_A_MODIFIER, THING_NOUNS, VERB_AFTER, VERB_BEFORE, normaliseVerb } from './quantities/units.ts';

export { casualtyKind } from './quantities/units.ts';

/** Hedges before a number, longest first, and what each does to the bounds. */
const QUALIFIERS: [RegExp, (n: number) => Pick<Quantity, 'low' | 'best' | 'high'>][] = [
  [/\b(more than|over|upwards of|in excess of)\s+$/i, (n) => ({ low: n + 1, best: null, high: null })],
  [/\b(at least|no fewer than|no less than|a minimum of|not less than)\s+$/i, (n) => ({ low: n, best: null, high: null })],
  [/\b(up to|as many as|at most|no more than|a maximum of)\s+$/i, (n) => ({ low: null, best: null, high: n })],
  [/\b(fewer than|less than|under)\s+$/i, (n) => ({ low: null, best: null, high: n - 1 })],
  [/\b(about|around|nearly|almost|some|approximately|roughly|an estimated|estimated|close to|approx\.|roughly|perhaps|possibly)\s+$/i, (n) => ({ low: null, best: n, high: null })],
];

const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** Before a number: money, ages, labels ("Battalion 5", "No. 5", "Route 66") and month names (a date's day). */
const NOT_COUNT_BEFORE = new RegExp(
  `(?:[$€£₽¥#]\\s*|\\b(?:US|USD|EUR|Rs)\\s*|\\b(?:aged?|ages|no\\.|nos\\.|number|${MONTH})\\.?:?\\s+|\\b(?:battalion|brigade|regiment|division|corps|unit|route|highway|interstate|article|resolution|section|chapter|flight|block|room|apartment|apt|page|level|phase|grade|category|zone|sector|district|ward|camp|gate|building|platform|squadron|company|platoon|army|fleet|volume|vol|channel|terminal|precinct|paragraph|clause|item|line|bus|train|code|model|version|pier|runway|exit|score|scored|beat|won|lost)\\s+)$`,
  'i',
);
/** After a number: percentages, ages, durations, times, measures, money, ordinals, dates. */
const NOT_COUNT_AFTER = new RegExp(
  '^(?:\\s*(?:%|percent\\b|per\\s*cent\\b|per\\b)|-?\\s*(?:years?|months?|weeks?|days?)[-\\s]old\\b' +
  '|\\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|nights?|times|rounds|shots|mph|kph)\\b' +
  "|\\s*(?:a\\.?m\\.?|p\\.?m\\.?|o'clock|gmt|utc)(?!\\p{L})|:\\d" +
  '|\\s*(?:km|kilomet(?:er|re)s?|miles?|m|meters?|metres?|feet|ft|inch(?:es)?|kg|kilograms?|grams?|ounces?|lbs?|tons?|tonnes?|hectares?|acres?|mm|cm|calibre|caliber|degrees?|dollars?|euros?|pounds?|rubles?|roubles?|yuan|rupees?|usd|eur|bn)\\b' +
  '|-(?:year|month|day|week|yard|foot|mile|km)\\b)',
  'iu',
);
/** A capitalised month after a number is a date ("15 April"); lowercase "may" is the verb ("20 may die"). */
const MONTH_AFTER = /^\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
/** A long run of digits without separators is a case, phone or record number, not a head count. */
const CODE_LIKE = /^\d{7,}$/;
/** Four-digit numbers in this range are years unless a counted noun follows at once. */
const YEAR_LIKE = /^(?:18|19|20)\d\d$/;
/**
 * The longest word or phrase the $-anchored patterns before a number read, with its dot and colon:
 * hedges ("approximately", "no fewer than") and labels ("interstate", "resolution"). Those patterns
 * are tried on the window's trailing spaces and this much before them (plus one character for \b),
 * not at every place of the window: a match there is the same match.
 */
const LONGEST_WORD_BEFORE = 16;
const SPACE = /\s/;
/** How far before a number hedges and verbs are looked for. */
const LOOKBEHIND = 48;
/** The last word of each hedge in QUALIFIERS ("more than" → "than"); "approx." ends in no letter. */
const HEDGE_LAST_WORDS = new Set(['than', 'over', 'of', 'least', 'to', 'as', 'most', 'under', 'about', 'around', 'nearly',
  'almost', 'some', 'approximately', 'roughly', 'estimated', 'perhaps', 'possibly']);
/** The words VERB_BEFORE can end in before its closing spaces ("killing 12", "toll rose to 40"). */
const VERB_BEFORE_LAST_WORDS = new Set(['killing', 'killed', 'kills', 'kill', 'wounding', 'wounded', 'injuring', 'injured',
  'hurting', 'toll', 'has', 'had', 'have', 'rose', 'risen', 'climbed', 'reached', 'stands', 'stood', 'is', 'was', 'now',
  'of', 'at', 'to', 'jumped', 'increased']);
/** Words read after a number in search of its noun ("12 Ukrainian border guards"). */
const MAX_NOUN_DISTANCE = 3;

/** Finds counts in `text`; each carries its bounds, hedge and what it counts. */
export function findQuantities(text: string): Quantity[] {
  const matches = findNumbers(text);
  const out: Quantity[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    const start = m.index!;
    let end = start + m[0].length;
    const first = readNumber(m[1], m[2]);
    if (!first || CODE_LIKE.test(m[0])) continue;
    const tailFrom = wordTailStart(text, start);
    const before = text.slice(tailFrom, start);
    if (!isCount(text, start, end, before)) continue;
    // The patterns read before a number end "(words)\s+$": each is asked only when the word before the spaces can end it.
    const last = lastWord(text, tailFrom, start);
    const between = last === 'between' ? /\bbetween\s+$/i.exec(before) : null;
    let second: ReadNumber | null = null;
    const next = matches[i + 1];
    if (next && !first.vague) {
      const gap = text.slice(end, next.index);
      const n2 = readNumber(next[1], next[2]);
      const joined = between ? /^\s+and\s+$/i.test(gap) : /^\s*(?:-|–|to|or)\s*$/i.test(gap);
      if (joined && n2 && !n2.vague && n2.value > first.value && isCount(text, next.index!, next.index! + next[0].length)) {
        second = n2;
        end = next.index! + next[0].length;
        i++;
      }
    }

    let spanStart = between ? start - between[0].length : start;
    let qualifier = first.vague ? m[0].toLowerCase().replace(/\s+/g, ' ') : second ? 'range' : 'exact';
    let bounds: Pick<Quantity, 'low' | 'best' | 'high'> = first.vague
      ? { ...first.vague }
      : second ? { low: first.value, best: null, high: second.value } : { low: first.value, best: first.value, high: first.value };
    let hedged = false;
    if (!second && !between && last !== null && (last === '' || HEDGE_LAST_WORDS.has(last))) {
      for (const [pattern, apply] of QUALIFIERS) {
        const q = pattern.exec(before);
        if (!q) continue;
        qualifier = q[1].toLowerCase();
        // "more than a dozen" hedges a definite number; "about dozens" keeps the vague word's bounds.
        bounds = first.vague && first.vague.best === null ? { ...first.vague } : apply(first.value);
        if (first.vague) qualifier = `${qualifier} ${m[0].toLowerCase()}`;
        spanStart = start - q[0].length;
        hedged = true;
        break;
      }
    }

    const { noun, verb: verbAfter, verbEnd, thing } = countedAfter(text, end);
    // "killing two dogs": a number of things is never a toll, whatever verb stands near it.
    if (thing) continue;
    const verbFrom = Math.max(0, spanStart - LOOKBEHIND);
    const verbBefore = VERB_BEFORE_LAST_WORDS.has(lastWord(text, verbFrom, spanStart) ?? '') ? VERB_BEFORE.exec(text.slice(verbFrom, spanStart)) : null;
    if (YEAR_LIKE.test(m[0]) && !second && !hedged && !(noun && noun.start - end <= 1)) continue;

    let unit: string | null = noun?.word ?? null;
    let spanEnd = noun?.end ?? end;
    if (verbAfter) {
      unit = normaliseVerb(verbAfter);
      spanEnd = verbEnd;
    } else if (verbBefore) {
      unit = normaliseVerb(verbBefore[1] ?? verbBefore[2]);
      spanStart -= verbBefore[0].length;
    }
    // Without a counted word, only an unmistakable hedged figure in digits ("up to 20") is kept.
    if (!unit && (!hedged || first.words || first.vague)) continue;

    out.push({ start: spanStart, end: spanEnd, ...bounds, qualifier, unit, rule: unit ? 'count+unit' : 'hedged-count' });
  }
  return out;
}

/**
 * Where the end of the LOOKBEHIND window before `start` that a hedge or label pattern can reach
 * begins: the trailing spaces, LONGEST_WORD_BEFORE characters before them and one more for a word boundary.
 */
function wordTailStart(text: string, start: number): number {
  const from = Math.max(0, start - LOOKBEHIND);
  let words = start;
  while (words > from && SPACE.test(text[words - 1])) words--;
  return Math.max(from, words - LONGEST_WORD_BEFORE - 1);
}

/**
 * The ASCII letters right before the closing spaces of text[from, to), lower-cased ('' when no letter
 * stands there), or null when it does not end in a space. A pattern "\b(words)\s+$" (case-insensitive)
 * matches text[from, to) only where this is the last of its words, or '' for one ending in a period.
 */
function lastWord(text: string, from: number, to: number): string | null {
  let k = to - 1;
  if (k < from || !SPACE.test(text[k])) return null;
  while (k >= from && SPACE.test(text[k])) k--;
  let w = k;
  while (w >= from && isAsciiLetter(text.charCodeAt(w))) w--;
  return text.slice(w + 1, k + 1).toLowerCase();
}

const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** `tail`: the text from wordTailStart to `start`. */
function isCount(text: string, start: number, end: number, tail = text.slice(wordTailStart(text, start), start)): boolean {
  const after = text.slice(end, end + LOOKBEHIND);
  if (NOT_COUNT_BEFORE.test(tail) || NOT_COUNT_AFTER.test(after) || MONTH_AFTER.test(after)) return false;
  // "Smith, 35, was shot", "Carlos, then 18, was" and "Smith (35)": an age in apposition (what follows is asked first: it rarely fits).
  if (/^\s*,/.test(after) && /,\s*(?:(?:then|now)\s+)?(?:aged?\s+)?$/i.test(text.slice(Math.max(0, start - LOOKBEHIND), start))) return false;
  if (/^\s*\)/.test(after) && /\(\s*$/.test(text.slice(Math.max(0, start - LOOKBEHIND), start))) return false;
  return true;
}

/**
 * What follows a number: the counted noun within a few words ("12 Ukrainian border guards",
 * "dozens of civilians") and a casualty verb after the words counted ("two brothers are dead").
 * `thing` when the words counted are objects ("two handguns", "500 body cameras"), not people.
 */
function countedAfter(text: string, at: number): { noun: { word: string; start: number; end: number } | null; verb: string | null; verbEnd: number; thing: boolean } {
  let pos = at + (/^\s+of(?:\s+the)?(?=\s)/i.exec(text.slice(at))?.[0].length ?? 0);
  let noun: { word: string; start: number; end: number } | null = null;
  for (let k = 0; k <= MAX_NOUN_DISTANCE; k++) {
    const verb = VERB_AFTER.exec(text.slice(pos, pos + LOOKBEHIND * 2));
    if (verb) return { noun, verb: verb[1], verbEnd: pos + verb[0].length, thing: false };
    const w = /^\s+([\p{L}][\p{L}'-]*)/u.exec(text.slice(pos, pos + 40));
    if (!w || k === MAX_NOUN_DISTANCE) break;
    const word = w[1].toLowerCase();
    if (NOT_A_MODIFIER.has(word)) break;
    const start = pos + w[0].length - w[1].length;
    pos += w[0].length;
    // A plural thing heads the run ("two handguns"); a singular one only when no noun follows it ("two store clerks" counts clerks).
    const next = /^\s+([\p{L}][\p{L}'-]*)/u.exec(text.slice(pos, pos + 40))?.[1].toLowerCase();
    const modifier = !/s$/.test(word) && !!next && !NOT_A_MODIFIER.has(next) && !VERB_AFTER.test(text.slice(pos, pos + 40));
    if (THING_NOUNS.has(word) && !modifier) return { noun: null, verb: null, verbEnd: at, thing: true };
    // The last counted word of the run is the head: "two civilian victims" counts victims.
    if (COUNTED_NOUNS.has(word)) noun = { word, start, end: pos };
    // Another plural is the counted thing itself ("911 calls", "two brothers"): only a verb may follow,
    // and a counted word before it only modified it ("500 body cameras").
    else if (/[^s']s$/.test(word) && word.length > 3) {
      k = MAX_NOUN_DISTANCE - 1;
      noun = null;
    }
  }
  return { noun, verb: null, verbEnd: at, thing: false };
}
