// Event dates across reports: how far apart two dates are (year-less "--04-18" read in the other
// date's year), and the combined span once the year of a year-less date is implied from a dated
// report of the same event or story.
import type { EventDate } from '../model.ts';

/** A date with only a start ("since April 15") or only an end ("through April 18") spans at most this many days. */
const OPEN_SPAN_DAYS = 14;
const DAY_MS = 86_400_000;

interface Parsed { year: number | null; month: number; day: number | null }

/** "2024-04-15", "2024-04", "2024", "--04-18", "--04" → parts; null for anything else. */
export function parseIso(s: string | null | undefined): Parsed | null {
  if (!s) return null;
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s);
  if (m) return { year: +m[1], month: m[2] ? +m[2] : 0, day: m[3] ? +m[3] : null };
  m = /^--(\d{2})(?:-(\d{2}))?$/.exec(s);
  return m ? { year: null, month: +m[1], day: m[2] ? +m[2] : null } : null;
}

/** [first, last] day as epoch milliseconds, reading a year-less date in `year`. */
function bounds(p: Parsed, year: number): [number, number] {
  const y = p.year ?? year;
  if (!p.month) return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
  if (p.day === null) return [Date.UTC(y, p.month - 1, 1), Date.UTC(y, p.month, 0)];
  const t = Date.UTC(y, p.month - 1, p.day);
  return [t, t];
}

/** The span of a date, with year-less parts read in `year`; null when there is no date at all. */
function span(d: EventDate, year: number): [number, number] | null {
  const s = parseIso(d.start), e = parseIso(d.end);
  if (!s && !e) return null;
  const from = s ? bounds(s, year)[0] : bounds(e!, year)[1] - OPEN_SPAN_DAYS * DAY_MS;
  const to = e ? bounds(e, year)[1] : bounds(s!, year)[0] + OPEN_SPAN_DAYS * DAY_MS;
  return [Math.min(from, to), Math.max(from, to)];
}

/**
 * The days a date covers as [first, last] epoch days (a date with only a start or only an end
 * spans OPEN_SPAN_DAYS, as dayGap reads it), year-less parts read in `year`; null when there is
 * no date, or a year-less one and no year to read it in.
 */
export function daySpan(d: EventDate | null, year: number | null): [number, number] | null {
  if (!d) return null;
  const y = statedYear(d) ?? year;
  if (y === null) return null;
  const s = span(d, y);
  return s ? [Math.floor(s[0] / DAY_MS), Math.floor(s[1] / DAY_MS)] : null;
}

/** The year a date states, if any. */
export function statedYear(d: EventDate | null): number | null {
  return parseIso(d?.start)?.year ?? parseIso(d?.end)?.year ?? null;
}

/**
 * Days between two dates (0 when they overlap); null when either is unknown. A year-less date is
 * read in the other's year; two year-less dates in a leap year, so February 29 exists.
 */
export function dayGap(a: EventDate | null, b: EventDate | null): number | null {
  if (!a || !b) return null;
  const year = statedYear(a) ?? statedYear(b) ?? 2000;
  const x = span(a, statedYear(a) ?? year), y = span(b, statedYear(b) ?? year);
  if (!x || !y) return null;
  if (x[1] < y[0]) return (y[0] - x[1]) / DAY_MS;
  if (y[1] < x[0]) return (x[0] - y[1]) / DAY_MS;
  return 0;
}

function withYear(iso: string | null, year: number): string | null {
  return iso && iso.startsWith('--') ? `${year}${iso.slice(1)}` : iso;
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

/**
 * The span covered by every report's date. Year-less parts take the year of a dated report of the
 * same event, else `storyYear` (the year the story's articles are dated in); `anchor` names that source.
 */
export function combineDates(dates: EventDate[], storyYear: { year: number; from: string } | null): EventDate | null {
  const known = dates.filter((d) => d.start || d.end);
  if (!known.length) return null;
  const dated = known.find((d) => statedYear(d) !== null);
  const anchor = dated ? { year: statedYear(dated)!, from: dated.start ?? dated.end! } : storyYear;
  let implied = false;
  const ends: string[] = [], starts: string[] = [];
  for (const d of known) {
    const yearless = [d.start, d.end].some((x) => x?.startsWith('--'));
    if (yearless && !anchor) continue;
    if (yearless) implied = true;
    const s = withYear(d.start, anchor?.year ?? 0), e = withYear(d.end, anchor?.year ?? 0);
    if (s ?? e) starts.push((s ?? e)!);
    if (e ?? s) ends.push((e ?? s)!);
  }
  if (!starts.length) return { ...known[0] };
  starts.sort();
  ends.sort();
  const precision = known.map((d) => d.precision).sort((a, b) => PRECISION_RANK[a] - PRECISION_RANK[b])[0];
  return {
    start: starts[0], end: ends.at(-1)!, precision,
    basis: implied || known.every((d) => d.basis === 'implied') ? 'implied' : 'stated',
    yearResolved: true,
    reason: implied ? `year ${anchor!.year} implied from ${anchor!.from} reported for the same ${dated ? 'event' : 'story'}` : null,
  };
}
