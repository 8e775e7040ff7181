// Years standing alone after a preposition ("in 1982", "by 2025", "between 2014 and 2016"), which
// chrono leaves out. A preposition is required so counts ("2024 people") never read as years.
import type { DateMention } from '../../model.ts';

/** Years a news text plausibly names as dates; other four-digit numbers are counts or codes. */
const FIRST_YEAR = 1800;
const LAST_YEAR = 2099;
export const BARE_YEAR = /\b(in|by|since|until|till|through|before|after|during|from|between|of|early|late|mid|end of|start of)[\s-]+((?:18|19|20)\d\d)\b(?![\d,.]\d|\s*(?:%|percent|people|troops|soldiers|[a-z]+ (?:were|are|have)))(?:\s*(?:and|to|-|–)\s*((?:18|19|20)\d\d)\b(?![\d,.]\d))?/gi;

/** Four digits that may be a year: every BARE_YEAR match holds one right after its cue and spaces. */
const YEAR_DIGITS = /(?:18|19|20)\d\d/g;
/** Characters of the longest cue ("start of"), and one more: BARE_YEAR is tried from this far before a year's spaces. */
const CUE_REACH = 9;
const CUE_SPACE = /[\s-]/;

/**
 * BARE_YEAR's matches in `text`, in order, as a global scan finds them; but the pattern, whose
 * leading alternation of cues is tried at every character, starts only just before the cue of each
 * four digits that may be a year. A match starts at a cue ending where the run of spaces or hyphens
 * before its year begins, so none starts earlier than that window; each search runs on to the next
 * match, and the candidates it passed have none.
 */
export function bareYearMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let lastEnd = 0;
  YEAR_DIGITS.lastIndex = 0;
  for (let y = YEAR_DIGITS.exec(text); y; y = YEAR_DIGITS.exec(text)) {
    let q = y.index;
    while (q > lastEnd && CUE_SPACE.test(text[q - 1])) q--;
    if (q === y.index || q <= lastEnd) continue;
    BARE_YEAR.lastIndex = Math.max(lastEnd, q - CUE_REACH);
    const m = BARE_YEAR.exec(text);
    if (!m) break;
    out.push(m);
    lastEnd = m.index + m[0].length;
    YEAR_DIGITS.lastIndex = Math.max(YEAR_DIGITS.lastIndex, lastEnd);
  }
  return out;
}

export function findBareYears(text: string, taken: { start: number; end: number }[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of bareYearMatches(text)) {
    const start = m.index! + m[0].indexOf(m[2], m[1].length);
    const end = m.index! + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    const year = +m[2];
    const last = m[3] ? +m[3] : null;
    if (year < FIRST_YEAR || year > LAST_YEAR || (last !== null && last < year)) continue;
    const cue = m[1].toLowerCase();
    const interval = last !== null && (cue === 'between' || cue === 'from');
    const role: DateMention['role'] = interval ? 'interval'
      : /^(?:by|until|till|through|before)$/.test(cue) ? 'end'
      : /^(?:since|from|after)$/.test(cue) ? 'start' : 'point';
    const spanEnd = interval ? end : start + 4;
    out.push({
      start, end: spanEnd, value: String(year), endValue: interval ? String(last) : null, precision: 'year',
      yearResolved: true, reason: null, parts: { year, month: null, day: null }, role, rule: 'bare-year',
    });
  }
  return out;
}
