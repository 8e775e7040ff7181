// The day an article's relative dates ("Saturday night", "yesterday") count from. The publication
// date when the page gave one; else the day its URL path carries ("/2016/01/12/"); else the day
// the article stamps itself with (a dateline date "INDIANAPOLIS, Ind. (Dec. 10, 2015) –", a
// "Posted: Dec. 10, 2015" line). Each reference says which it is, so a date resolved against it
// can say so too; with none of these the year stays open (never guessed).
import type { DateMention, Span } from '../../model.ts';
import { isValid } from './calendar.ts';

export type ReferenceBasis = 'published' | 'stamp' | 'url';

export interface DateReference {
  /** YYYY-MM-DD. */
  value: string;
  basis: ReferenceBasis;
  /** The words it was read from (a stamp), or null for metadata and URLs. */
  span: Span | null;
}

/** How far before a stamp date its dateline may start: "NEW ORLEANS, La. (WDSU) (". */
const STAMP_LEAD = 48;
/** The dateline before a stamp date: "TOWN, St. (" or "TOWN, St.,", capitals first. */
const DATELINE_BEFORE = /[A-Z][A-Za-z.'’ -]*,\s*(?:[A-Z][A-Za-z.]*\.?\s*){0,3}(?:\([A-Z][A-Za-z0-9 ]{1,12}\)\s*)?[,(]\s*$/;
/** What closes a dateline date: a bracket and a dash, or the dash alone. */
const DATELINE_AFTER = /^\s*\)?\s*(?:[—–]|-{1,2}(?!\w)|:)/;
/** Page furniture that stamps a date: "Posted: Dec. 10, 2015", "Updated on January 4, 2016". */
const STAMP_LABEL = /\b(?:posted|published|updated|last updated|created)(?:\s+on)?\s*:?\s*$/i;
/** A full date with its clock time in brackets is a page's time stamp: "(January 9, 2016 7:03 PM)". */
const CLOCK_AFTER = /^,?\s*(?:at\s+)?\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?\)/i;

/** A publication stamp: a full date in a dateline or after a "Posted:" label, not a date of the news. */
export function isStamp(text: string, d: Span): boolean {
  const before = text.slice(Math.max(0, d.start - STAMP_LEAD), d.start);
  if (STAMP_LABEL.test(before)) return true;
  if (/\(\s*$/.test(before) && CLOCK_AFTER.test(text.slice(d.end, d.end + 24))) return true;
  return DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(text.slice(d.end, d.end + 6));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number) => (isValid({ year: y, month: m, day: d }) ? `${y}-${pad(m)}-${pad(d)}` : null);

/** The day a news URL carries ("/2016/01/27/", "/2016/jan/26/", "-20160223-", "-01-17-2016"), or null. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let m = /\/(20\d\d)[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)/.exec(url);
  if (m) return day(+m[1], +m[2], +m[3]);
  m = /\/(20\d\d)\/([a-z]{3})\/(\d{1,2})\//i.exec(url);
  if (m && MONTHS.includes(m[2].toLowerCase())) return day(+m[1], MONTHS.indexOf(m[2].toLowerCase()) + 1, +m[3]);
  m = /[-_/](20\d\d)(\d\d)(\d\d)(?=[-_/.]|$)/.exec(url);
  if (m) return day(+m[1], +m[2], +m[3]);
  // US order at the end of a slug: "…-sunday-01-17-2016".
  m = /[-_/](\d\d)-(\d\d)-(20\d\d)(?=[-_/.]|$)/.exec(url);
  if (m) return day(+m[3], +m[1], +m[2]);
  return null;
}

/** A mention that names a whole day with the year written out ("Dec. 10, 2015"). */
function isFullDay(text: string, d: DateMention): boolean {
  return d.precision === 'day' && !!d.value && d.role !== 'interval' && /\b(?:18|19|20)\d\d\b/.test(text.slice(d.start, d.end));
}

/**
 * The reference for `text`'s relative dates, from the publication date, the URL or a stamp among
 * `dates`, in that order; null when none. A full date merely stated in the body is no reference:
 * on news pages it is as often history ("Dec. 7, 1941", a 2006 conviction) as today.
 */
export function articleReference(text: string, published: string | null, url: string | null, dates: DateMention[]): DateReference | null {
  const pub = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (pub) return { value: pub[0], basis: 'published', span: null };
  // The URL first: a stamp typed by hand slips on the year in January ("Jan. 8, 2015" in 2016); the CMS's path does not.
  const fromUrl = dateFromUrl(url);
  if (fromUrl) return { value: fromUrl, basis: 'url', span: null };
  const stamp = dates.find((d) => isFullDay(text, d) && isStamp(text, d));
  return stamp ? { value: stamp.value!, basis: 'stamp', span: { start: stamp.start, end: stamp.end } } : null;
}
