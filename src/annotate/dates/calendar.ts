// Calendar arithmetic on plain year/month/day numbers, in UTC so the machine's time zone never
// shifts a date across midnight.
import type { DatePrecision } from '../../model.ts';

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Reads the date part of an ISO publication date ("2024-04-16", "2024-04-16T09:30:00Z"); null if absent or malformed. */
export function parsePublished(published: string | null): Ymd | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(published.trim());
  if (!m) return null;
  const ymd = { year: +m[1], month: +m[2], day: +m[3] };
  return isValid(ymd) ? ymd : null;
}

export function isValid({ year, month, day }: Ymd): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** ISO text at the given precision: "2024-04-15", "2024-04" or "2024". */
export function formatDate(year: number, month: number | null, day: number | null, precision: DatePrecision): string {
  const y = String(year).padStart(4, '0');
  if (precision === 'year' || month === null) return y;
  const m = String(month).padStart(2, '0');
  if (precision === 'month' || day === null) return `${y}-${m}`;
  return `${y}-${m}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday, as chrono numbers weekdays. */
export function weekdayOf({ year, month, day }: Ymd): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function addDays({ year, month, day }: Ymd, days: number): Ymd {
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The given weekday on or before the reference day (news reports "on Monday" about the week just past). */
export function weekdayOnOrBefore(ref: Ymd, weekday: number): Ymd {
  return addDays(ref, -((weekdayOf(ref) - weekday + 7) % 7));
}

/** The given weekday after the reference day (for "next Monday", "will … on Monday"). */
export function weekdayAfter(ref: Ymd, weekday: number): Ymd {
  return addDays(ref, ((weekday - weekdayOf(ref) + 6) % 7) + 1);
}
