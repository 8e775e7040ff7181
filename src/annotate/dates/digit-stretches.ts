// Stretches whose only anchors are bare numbers ("killing 12 people", "(report 104.5, 2231)") make
// up most of what chrono-scope.ts keeps, yet chrono can read no date in them. Of chrono's English
// parsers only five match without a month, weekday, unit or casual word: the time expression
// ("at 5", "12:30", "5 pm"), which yields a clock time alone, and four that need two numbers joined
// by one separator (read from their patterns in chrono-node 2.10):
//   SlashDateFormatParser   ([^\d]|^)([0-3]?[0-9])[/.-]([0-3]?[0-9])…      "3/4", "15.04.2024"
//                           (it drops a match with no "/" and no year: "24.5", "3-2" read nothing)
//   ENSlashMonthFormatParser ([0-9]|0[1-9]|1[012])/([0-9]{4})             "4/2024"
//   ENYearMonthDayParser    ([0-9]{4})[-./\s](…|[0-9]{1,2})[-./\s]…        "2024 04 15"
//   ISOFormatParser         ([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})…          "2024-04-15"
// A clock time alone is no date mention (findDates drops it), and chrono's refiners only join it
// to a date in the same stretch, where there is none; nor can it be the far end of a range, which
// must be a date mention. So a stretch without a worded anchor and without two numbers so joined
// gives findDates nothing, and chrono need not read it.

/** One of the separators ENYearMonthDayParser allows after a year ([-./\s]). */
const YEAR_SEPARATOR = /[-./\s]/;
const YEAR_DIGITS = 4;
/** The most digits SlashDateFormatParser's first number holds ([0-3]?[0-9] after a non-digit). */
const SLASH_DATE_DIGITS = 2;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Whether chrono could read a date in the stretch from `start` to `end` of `text` (see above): some
 * run of digits is followed by "/" and a digit (\d\/\d), or has at most two digits and is followed by
 * "." or "-", digits, one of "/.-" and a digit (a day, a month and a year: (?<!\d)\d{1,2}[.-]\d+[/.-]\d),
 * or has four or more and is followed by a year separator and a digit (\d{4}[-./\s]\d): a superset
 * of the four parsers' patterns, read digit run by digit run without copying the stretch. A stretch
 * ends with a barrier word or the text, so no run is cut at its edge.
 */
export function canHoldDate(text: string, start: number, end: number, worded: boolean): boolean {
  if (worded) return true;
  for (let i = start; i < end; ) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i + 1 >= end || !isDigit(text.charCodeAt(i + 1))) continue;
    const after = text[i];
    const digits = i - runStart;
    if (after === '/') return true;
    if ((after === '.' || after === '-') && digits <= SLASH_DATE_DIGITS && yearFollows(text, i + 1, end)) return true;
    if (digits >= YEAR_DIGITS && YEAR_SEPARATOR.test(after)) return true;
  }
  return false;
}

/** Whether the run of digits at `at` is followed by one of "/.-" and a digit, as a date's year is. */
function yearFollows(text: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  const sep = text[i];
  return (sep === '/' || sep === '.' || sep === '-') && i + 1 < end && isDigit(text.charCodeAt(i + 1));
}
