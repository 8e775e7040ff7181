// Date mentions with chrono-node, the publication date as the reference. Each mention keeps the
// precision the text stated (day, month or year) and never invents a year: where the text has no
// year and there is no publication date, chrono's silent default (the current year) is undone and
// the mention says why its year is open, keeping the month and day for a later stage.
import * as chrono from 'chrono-node';
import type { DateMention, DatePrecision } from '../model.ts';
import { formatDate, parsePublished, weekdayAfter, weekdayOnOrBefore, type Ymd } from './dates/calendar.ts';
import { findBareYears } from './dates/years.ts';
import { betweenBefore, dayRangeAfter, fixRange, roleBefore, trimSpan } from './dates/spans.ts';
import { articleReference } from './dates/reference.ts';
import { type Stretches, chronoScope, chronoStretches } from './dates/chrono-scope.ts';
import { canHoldDate } from './dates/digit-stretches.ts';
import { readPlainForm } from './dates/plain-forms.ts';

export const NO_YEAR = 'no year in the text and no publication date';
export const NO_REFERENCE = 'relative date and no publication date';

const MONTH_WORD = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/gi;
/** A span with none of these is relative to the reference ("yesterday", "last week", "Monday"). */
const EXPLICIT = /\b\d{4}\b|\d{1,2}[/.-]\d{1,2}/;
/** Weekday modifiers chrono resolves itself; a bare weekday we resolve toward the past. */
const WEEKDAY_MODIFIER = /\b(?:next|last|this|coming|past|previous)\b/i;
/** Future cues shortly before a bare weekday ("will meet on Monday"): then the weekday lies ahead. */
const FUTURE_CUE = /\b(?:will|shall|is to|are to|scheduled|planned|due to|expected to)\b[^.!?]*$/i;
/**
 * Relative phrases that are not dates of their own: durations ("for 10 years", "an hour later"),
 * offsets from another event ("the day before"), a part of a day or a weekend with no day named
 * ("morning", "over the weekend"), vague spans ("a couple of years", "the last few days") and
 * weekday abbreviations standing alone ("Sun" is a newspaper), and the verb "lasts", which chrono
 * reads as "last s(econd)" (a relative word with a glued sub-day unit abbreviation).
 */
const NOT_A_DATE = /^(?:for\b.*|(?:last|past|next|this)\s*(?:s|m|h|hrs?|mins?|secs?)|.*\b(?:couple|few|several)\b.*|.*\b(?:later|after|before|earlier|hours?|minutes?|seconds?)|(?:the\s+|that\s+)?(?:morning|afternoon|evening|night|noon|midnight|weekend)|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i;
/** Characters before a weekday searched for a future cue: about one clause. */
const FUTURE_WINDOW = 60;

export interface Resolved {
  value: string | null;
  /** The text itself gave the year (not the publication date, not chrono's default). */
  yearStated: boolean;
  parts: DateMention['parts'];
  precision: DatePrecision;
  yearResolved: boolean;
  reason: string | null;
}

/**
 * Finds date mentions in `text`; `published` (ISO) resolves relative dates and missing years.
 * Without it, the article's own stamp, its URL's day or the latest full date it states does, and
 * each mention so resolved names that reference in its rule ("chrono:relative@url").
 */
export function findDates(text: string, published: string | null, url: string | null = null): DateMention[] {
  // The stretches chrono may read do not depend on the reference: found once for both readings.
  const stretches = chronoStretches(text);
  const first = datesAgainst(text, published, stretches);
  if (parsePublished(published) || !first.some((d) => !d.yearResolved)) return first;
  const ref = articleReference(text, null, url, first);
  if (!ref) return first;
  return datesAgainst(text, ref.value, stretches).map((d) => ({ ...d, rule: d.rule.replace(/^chrono:relative$/, `chrono:relative@${ref.basis}`).replace(/^chrono:year-from-published$/, `chrono:year-from-${ref.basis}`) }));
}

function datesAgainst(text: string, published: string | null, stretches: Stretches): DateMention[] {
  const ref = parsePublished(published);
  // Local noon on the reference day: chrono reads components in local time, noon keeps any zone on the same day.
  const refDate = ref ? new Date(ref.year, ref.month - 1, ref.day, 12) : new Date();
  const results = readArticle(text, refDate, stretches);
  const mentions: DateMention[] = [];
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    let span = trimSpan(text, r.index, r.index + r.text.length);
    if (!isDateMention(text, span, r)) {
      // chrono sometimes lets a time-of-day word swallow the date after it ("morning of Dec. 26"): read the date alone.
      const month = r.text.slice(1).search(MONTH_WORD) + 1;
      MONTH_WORD.lastIndex = 0;
      if (month > 0) {
        results.splice(i + 1, 0, ...readChrono(r.text.slice(month), r.index + month, refDate));
      }
      continue;
    }
    let endComponents: Components | null = r.end ?? null;
    const next = results[i + 1];
    const role = roleBefore(text, span.start);
    if (!endComponents && (role === 'start' || betweenBefore(text, span.start))) {
      const gap = next ? text.slice(span.end, next.index) : '';
      if (next && /^\s*(?:and|to|through|until|till|-|–)\s*$/i.test(gap) && isDateMention(text, trimSpan(text, next.index, next.index + next.text.length), next)) {
        endComponents = next.start;
        span = { start: span.start, end: next.index + next.text.length };
        i++;
      } else {
        const day = dayRangeAfter(text, span.end);
        if (day && r.start.isCertain('day')) {
          endComponents = withDay(r.start, day.day);
          span = { start: span.start, end: day.end };
        }
      }
    }
    const start = resolve(text, span.start, r.start, r.text, ref);
    const end = endComponents ? resolve(text, span.start, endComponents, r.text, ref) : null;
    if (end) fixRange(start, end);
    const relative = !EXPLICIT.test(r.text) && !MONTH_WORD.test(r.text);
    MONTH_WORD.lastIndex = 0;
    // Fields named one by one: a leading spread followed by more fields costs V8 microseconds per object.
    mentions.push({
      start: span.start,
      end: span.end,
      value: start.value,
      endValue: end?.value ?? null,
      precision: start.precision,
      yearResolved: start.yearResolved,
      reason: start.reason,
      parts: start.parts,
      role: end ? 'interval' : role,
      rule: relative ? 'chrono:relative' : start.yearStated || !start.yearResolved ? 'chrono' : 'chrono:year-from-published',
    });
  }
  mentions.push(...findBareYears(text, mentions));
  return mentions.sort((a, b) => a.start - b.start);
}

/** Whether a chrono result names a date at all, and is not a known false friend. */
function isDateMention(text: string, span: { start: number; end: number }, r: Found): boolean {
  const s = r.start;
  const words = text.slice(span.start, span.end);
  const casual = hasCasualTag(r.tags());
  // A time of day alone ("at 7 p.m.") is not a date.
  if (!(s.isCertain('day') || s.isCertain('month') || s.isCertain('year') || s.isCertain('weekday') || casual)) return false;
  if (/^(?:right\s+)?now$/i.test(words) || NOT_A_DATE.test(words)) return false;
  // "may" and "march" in lowercase are a verb and a noun; news copy always capitalises months.
  for (const m of words.match(MONTH_WORD) ?? []) if (m === m.toLowerCase()) return false;
  const hasMonthWord = MONTH_WORD.test(words);
  MONTH_WORD.lastIndex = 0;
  // A time-of-day word that swallowed a month ("morning of Dec. 26") read the day part only: the date is read again alone.
  if (hasMonthWord && casual && !s.isCertain('month')) return false;
  // Numbers without a month name or year: "3/4" is a fraction or a score as often as a date; "the 15th" is a unit.
  if (!hasMonthWord && !s.isCertain('year') && /\d/.test(words) && !/\b(?:ago|days?|weeks?|months?|years?)\b/i.test(words)) return false;
  // A month alone must follow a preposition: "in May", not "Theresa May said" or "the March on Washington".
  if (hasMonthWord && !s.isCertain('day') && !s.isCertain('year')) {
    if (!/\b(?:in|of|since|until|till|through|by|from|during|early|late|mid|last|next|this|before|after|between|and|or|to)[\s-]+$/i.test(text.slice(Math.max(0, span.start - 12), span.start))) return false;
  }
  return true;
}

function resolve(text: string, at: number, c: Components, raw: string, ref: Ymd | null): Resolved {
  const relative = !EXPLICIT.test(raw) && !MONTH_WORD.test(raw);
  MONTH_WORD.lastIndex = 0;
  const casualDay = hasCasualTag(c.tags());
  const precision: DatePrecision = c.isCertain('day') || (relative && (c.isCertain('weekday') || casualDay))
    ? 'day'
    : c.isCertain('month') ? 'month' : 'year';
  const month = precision === 'year' ? null : c.get('month');
  const day = precision === 'day' ? c.get('day') : null;
  if (relative) {
    if (!ref) return { value: null, yearStated: false, parts: { year: null, month: null, day: null }, precision, yearResolved: false, reason: NO_REFERENCE };
    let ymd: Ymd = { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! };
    if (c.isCertain('weekday') && !c.isCertain('day') && !WEEKDAY_MODIFIER.test(raw)) {
      const future = FUTURE_CUE.test(text.slice(Math.max(0, at - FUTURE_WINDOW), at));
      ymd = future ? weekdayAfter(ref, c.get('weekday')!) : weekdayOnOrBefore(ref, c.get('weekday')!);
    }
    const m = precision === 'year' ? null : ymd.month;
    const d = precision === 'day' ? ymd.day : null;
    return { value: formatDate(ymd.year, m, d, precision), yearStated: false, parts: { year: ymd.year, month: m, day: d }, precision, yearResolved: true, reason: null };
  }
  if (c.isCertain('year') || ref) {
    const year = c.get('year')!;
    return { value: formatDate(year, month, day, precision), yearStated: c.isCertain('year'), parts: { year, month, day }, precision, yearResolved: true, reason: null };
  }
  return { value: null, yearStated: false, parts: { year: null, month, day }, precision, yearResolved: false, reason: NO_YEAR };
}

/** The same components with another day: the end of "between April 15 and 18". */
function withDay(c: Components, day: number): Components {
  return {
    isCertain: (k) => c.isCertain(k),
    get: (k) => (k === 'day' ? day : c.get(k)),
    tags: () => c.tags(),
  };
}

/** What this module reads of chrono's parsed components. */
export type Components = Pick<chrono.ParsedComponents, 'isCertain' | 'get' | 'tags'>;

/** A chrono result placed in the whole text. */
export interface Found {
  index: number;
  text: string;
  start: Components;
  end: Components | null;
  tags(): Set<string>;
}

/** A chrono result at an article offset. A class, not an object with an arrow function: the tsx runtime names each arrow function it creates, at a cost per result. */
class ChronoFound implements Found {
  readonly text: string;
  readonly start: Components;
  readonly end: Components | null;
  constructor(readonly index: number, private readonly result: chrono.ParsedResult) {
    this.text = result.text;
    this.start = result.start;
    this.end = result.end ?? null;
  }
  tags(): Set<string> {
    return this.result.tags();
  }
}

/** Whether chrono tagged a result as a casual day word ("today", "tonight", "this morning"). */
function hasCasualTag(tags: Set<string>): boolean {
  for (const t of tags) if (t.startsWith('casualReference/')) return true;
  return false;
}

/**
 * chrono's results over the stretches of the article that can hold a date (chrono-scope.ts,
 * digit-stretches.ts), placed back in the article; stretches that are one plain form
 * (plain-forms.ts) are read without chrono.
 */
function readArticle(text: string, refDate: Date, stretches: Stretches): Found[] {
  const plain: Found[] = [];
  const keep = (t: string, start: number, end: number, worded: boolean) => {
    if (!canHoldDate(t, start, end, worded)) return false;
    const read = worded ? readPlainForm(t, start, end, refDate) : null;
    if (!read) return true;
    for (const r of read) plain.push(r);
    return false;
  };
  // Always cut: chrono reading the whole text would read the plain forms a second time.
  const scope = chronoScope(text, Infinity, keep, stretches);
  const found: Found[] = scope ? chrono.parse(scope.text, refDate, { forwardDate: false }).map((r) => new ChronoFound(scope.toArticle(r.index), r)) : [];
  return plain.length ? inTextOrder(found, plain) : found;
}

/** Two lists of results, each in text order, merged into one. */
function inTextOrder(a: Found[], b: Found[]): Found[] {
  const out: Found[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].index <= b[j].index)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

function readChrono(text: string, offset: number, refDate: Date): Found[] {
  return chrono.parse(text, refDate, { forwardDate: false }).map((r) => new ChronoFound(r.index + offset, r));
}
