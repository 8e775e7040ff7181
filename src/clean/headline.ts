// Headlines and datelines at the top of plain text: a scraped .txt often starts with the
// headline on its own line, and wire copy starts with "MOSCOW, April 16, 2024 (Reuters) -".
import type { Block } from './text.ts';

/** Longer than this, a first line is a lead sentence, not a headline. */
const HEADLINE_MAX_CHARS = 200;
/** Fewer words than this is a label ("UPDATE", "Exclusive"), not a headline. */
const HEADLINE_MIN_WORDS = 3;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The first paragraph when it reads as a headline: short, capitalised, no closing full stop,
 * and followed by a longer paragraph of body text.
 */
export function leadingHeadline(blocks: Block[]): string | null {
  const [first, second] = blocks;
  if (!first || !second) return null;
  const t = first.text;
  if (t.length > HEADLINE_MAX_CHARS || t.length >= second.text.length) return null;
  if (/[.,;:…]$/.test(t) || !/^[\p{Lu}\p{N}"'“‘]/u.test(t)) return null;
  if (t.split(/\s+/).length < HEADLINE_MIN_WORDS) return null;
  // A sentence inside is a lead paragraph that lost its full stop, not a headline.
  if (/[.!?]\s+\p{Lu}/u.test(t)) return null;
  return t;
}

/** "KYIV, Ukraine, Jan. 5, 2024 (AP) —" → "2024-01-05". Without a year there is no ISO date to give. */
const DATELINE =
  /^\p{Lu}[\p{Lu} .'’-]{1,40}(?:,\s*[\p{L} .]{2,30})?,?\s+(?:\p{L}+,\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b[^\n]{0,30}?\s*[-–—]/iu;

export function datelineDate(text: string): string | null {
  const m = DATELINE.exec(text.slice(0, 120));
  if (!m) return null;
  const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
  const day = Number(m[2]);
  if (day < 1 || day > 31) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
