// Years standing alone after a preposition ("in 1982", "by 2025", "between 2014 and 2016"), which
// chrono leaves out. A preposition is required so counts ("2024 people") never read as years.
import type { DateMention } from '../../model.ts';

/** Years a news text plausibly names as dates; other four-digit numbers are counts or codes. */
const FIRST_YEAR = 1800;
const LAST_YEAR = 2099;
const BARE_YEAR = /\b(in|by|since|until|till|through|before|after|during|from|between|of|early|late|mid|end of|start of)[\s-]+((?:18|19|20)\d\d)\b(?![\d,.]\d|\s*(?:%|percent|people|troops|soldiers|[a-z]+ (?:were|are|have)))(?:\s*(?:and|to|-|–)\s*((?:18|19|20)\d\d)\b(?![\d,.]\d))?/gi;

export function findBareYears(text: string, taken: { start: number; end: number }[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(BARE_YEAR)) {
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
