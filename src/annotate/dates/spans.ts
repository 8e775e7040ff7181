// Span edges and roles around a date: prepositions chrono swallows or leaves outside, the bare
// day that closes "between April 15 and 18", and the year an interval's ends lend each other.
import type { DateMention } from '../../model.ts';
import type { Resolved } from '../dates.ts';
import { formatDate } from './calendar.ts';

/** Words chrono includes at the front of a match ("on Monday"); the mention is the date words alone. */
const LEADING_WORD = /^(?:(?:on|at|in|from|since|by|until|till|through|during|of)\s+|\d{1,2},?\s+(?=on\s))/i;
const END_CUE = /\b(?:through|thru|until|till|by|before|ending)\s+$/i;
const START_CUE = /\b(?:since|from|starting|beginning|after)\s+$/i;
/** How far back a role cue may sit: one preposition and its spaces. */
const CUE_WINDOW = 16;

/** A clock time chrono reads into the date ("10 p.m. Wednesday", "Friday at 6:30 a.m."): the date is the day words alone. */
const LEADING_CLOCK = /^\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)\s+(?:on\s+)?(?=[A-Za-z])/i;
const TRAILING_CLOCK = /,?\s+(?:at\s+)?(?:about\s+|around\s+|approximately\s+)?\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)$/i;

export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let words = text.slice(start, end);
  for (let m = LEADING_WORD.exec(words); m && m[0].length < words.length; m = LEADING_WORD.exec(words)) {
    start += m[0].length;
    words = words.slice(m[0].length);
  }
  const lead = LEADING_CLOCK.exec(words);
  if (lead) {
    start += lead[0].length;
    words = words.slice(lead[0].length);
  }
  const trail = TRAILING_CLOCK.exec(words.trimEnd());
  if (trail && trail.index > 0) {
    end = start + trail.index;
    words = words.slice(0, trail.index);
  }
  // chrono keeps a trailing comma or space ("Monday,"); the mention ends at the last word.
  while (end > start + 1 && /[\s,;:]/.test(text[end - 1])) end--;
  return { start, end };
}

/** 'end' after "until/through/by", 'start' after "since/from", else 'point'. */
export function roleBefore(text: string, start: number): DateMention['role'] {
  const before = text.slice(Math.max(0, start - CUE_WINDOW), start);
  if (END_CUE.test(before)) return 'end';
  if (START_CUE.test(before)) return 'start';
  return 'point';
}

const BETWEEN_END = /\bbetween$/i;
const SPACE = /\s/;

/**
 * "between" and spaces right before `at` (/\bbetween\s+$/i on the text before it), read back from
 * `at`: the word can only end where those spaces start, so only the few characters there are tested.
 */
export function betweenBefore(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && SPACE.test(text[k - 1])) k--;
  return k < at && BETWEEN_END.test(text.slice(Math.max(0, k - 'between'.length - 1), k));
}

/** "and 18" / "-18" / "to 18th" right after a day: the closing day of a range, if it is one. */
export function dayRangeAfter(text: string, at: number): { day: number; end: number } | null {
  const m = /^\s*(?:and|to|through|until|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?![\d,.:]\d|\s*(?:%|per|percent|people|[ap]\.?m\b))/i.exec(text.slice(at, at + 24));
  if (!m) return null;
  const day = +m[1];
  return day >= 1 && day <= 31 ? { day, end: at + m[0].length } : null;
}

/** Lends a stated year across an interval ("April 15 to April 18, 2024") and rolls it over December. */
export function fixRange(start: Resolved, end: Resolved): void {
  if (end.yearStated && !start.yearStated && end.parts.year !== null) {
    const year = end.parts.year - ((start.parts.month ?? 0) > (end.parts.month ?? 13) ? 1 : 0);
    setYear(start, year);
  } else if (start.yearStated && !end.yearStated && start.parts.year !== null) {
    const year = start.parts.year + ((end.parts.month ?? 13) < (start.parts.month ?? 0) ? 1 : 0);
    setYear(end, year);
  }
}

function setYear(r: Resolved, year: number): void {
  if (r.parts.month === null && r.precision !== 'year') return;
  r.parts = { ...r.parts, year };
  r.value = formatDate(year, r.parts.month, r.parts.day, r.precision);
  r.yearResolved = true;
  r.yearStated = true;
  r.reason = null;
}
