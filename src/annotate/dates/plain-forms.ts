// The commonest date words in news, read without chrono. A stretch (chrono-scope.ts) that is a
// barrier word, one plain form and a barrier word ("Kunduz on Tuesday, killing", "classes next
// week. Rebel") gives exactly the results chrono would give it, built here at a fraction of the
// cost; any other stretch is left to chrono. Each form below copies what chrono-node 2.10 does:
//   ENWeekdayParser   "(on )Tuesday(,)"  text takes "on" and a comma; the weekday alone is certain
//                     (findDates reads no more of a bare weekday: it resolves it itself).
//   ENRelativeDateFormatParser  "next week", "last week", "past week": the reference day ± 7,
//                     day, month and year certain, tagged result/relativeDate.
//   ENCasualTimeParser / ENWeekdayParser "in the afternoon", "at the weekend": a part of a day or
//                     the weekend with no day named, which findDates drops (NOT_A_DATE), so none.
// The word after the form must be long: chrono's time zone refiner reads a 2-4 letter word after a
// result into it ("Tuesday EST"). Forms stand between single spaces and a comma or full stop, as
// news prints them; anything else ("Tuesday (EST)", "Next  week") goes to chrono.
import type * as chrono from 'chrono-node';
import type { Components, Found } from '../dates.ts';
import { isBarrier } from './chrono-scope.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Shortest word after a form: one letter longer than a time zone abbreviation chrono reads. */
const LONG_WORD = 5;
/** Barrier, space, the form, a comma or stop, spaces or line breaks (and an opening bracket), barrier; tried where a stretch starts. */
const PLAIN_FORM = new RegExp(
  '([A-Za-z]+) (?:((?:[Oo]n )?(?:' + WEEKDAYS.join('|') + '))|(next|last|past) week'
  + '|(?:in|at|on|over|during) the (?:morning|afternoon|evening|night|weekend))'
  + `([,.]?)[ \\n]+\\(?([A-Za-z]{${LONG_WORD},})`,
  'y',
);
/** The letters a form can begin with: a cheap test before the pattern. */
const FORM_INITIALS = new Set([...'oOSMTWFnlpiad']);
const NO_TAGS = new Set<string>();
const RELATIVE_TAGS = new Set(['result/relativeDate']);
/** Days "next week" and "last week" move the reference by. */
const WEEK_DAYS = 7;

/**
 * chrono's results in the stretch text[start, end) when it is one plain form (see above), placed in
 * the article; null when it is not, and chrono must read it. `reference` is the Date handed to chrono.
 */
export function readPlainForm(text: string, start: number, end: number, reference: Date): Found[] | null {
  const space = text.indexOf(' ', start);
  if (space < 0 || space >= end || !FORM_INITIALS.has(text[space + 1])) return null;
  PLAIN_FORM.lastIndex = start;
  const m = PLAIN_FORM.exec(text);
  // The whole stretch must be the form: its last word ends where the stretch does.
  if (!m || start + m[0].length !== end) return null;
  const first = m[1];
  const last = m[5];
  // A stretch starts and ends with a barrier word except at the text's edges, where it is tested.
  if ((start === 0 && !isBarrier(first, 0, first.length)) || (end === text.length && !isBarrier(last, 0, last.length))) return null;
  const at = start + first.length + 1;
  if (m[2]) {
    const weekday = WEEKDAYS.indexOf(m[2].slice(m[2].lastIndexOf(' ') + 1));
    const words = m[4] === ',' ? `${m[2]},` : m[2];
    return [new PlainResult(at, words, new WeekdayOnly(weekday))];
  }
  if (m[3]) {
    const day = new Date(reference.getTime());
    day.setDate(day.getDate() + (m[3] === 'next' ? WEEK_DAYS : -WEEK_DAYS));
    return [new PlainResult(at, `${m[3]} week`, new CertainDay(day))];
  }
  return [];
}

// Classes rather than object literals of arrow functions: the tsx runtime names every arrow function
// it creates, which cost more than building the result itself.

class PlainResult implements Found {
  end = null;
  constructor(readonly index: number, readonly text: string, readonly start: Components) {}
  tags(): Set<string> {
    return this.start.tags();
  }
}

/** A weekday named alone: chrono is certain of the weekday only. */
class WeekdayOnly implements Components {
  constructor(private readonly weekday: number) {}
  isCertain(k: chrono.Component): boolean {
    return k === 'weekday';
  }
  get(k: chrono.Component): number | null {
    return k === 'weekday' ? this.weekday : null;
  }
  tags(): Set<string> {
    return NO_TAGS;
  }
}

/** A day counted from the reference: chrono is certain of its year, month and day and implies its weekday. */
class CertainDay implements Components {
  private readonly values: Partial<Record<chrono.Component, number>>;
  constructor(day: Date) {
    this.values = { year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate(), weekday: day.getDay() };
  }
  isCertain(k: chrono.Component): boolean {
    return k === 'year' || k === 'month' || k === 'day';
  }
  get(k: chrono.Component): number | null {
    return this.values[k] ?? null;
  }
  tags(): Set<string> {
    return RELATIVE_TAGS;
  }
}
