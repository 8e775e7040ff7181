// Stretches whose only anchors are bare numbers ("killing 12 people", "(report 104.5, 2231)") make
// up most of what chrono-scope.ts keeps, yet chrono can read no date in them. Of chrono's English
// parsers only five match without a month, weekday, unit or casual word: the time expression
// ("at 5", "12:30", "5 pm"), which yields a clock time alone, and four that need two numbers joined
// by one separator (read from their patterns in chrono-node 2.10):
//   SlashDateFormatParser   ([^\d]|^)([0-3]?[0-9])[/.-]([0-3]?[0-9])…      "3/4", "15.04.2024"
//   ENSlashMonthFormatParser ([0-9]|0[1-9]|1[012])/([0-9]{4})             "4/2024"
//   ENYearMonthDayParser    ([0-9]{4})[-./\s](…|[0-9]{1,2})[-./\s]…        "2024 04 15"
//   ISOFormatParser         ([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})…          "2024-04-15"
// A clock time alone is no date mention (findDates drops it), and chrono's refiners only join it
// to a date in the same stretch, where there is none; nor can it be the far end of a range, which
// must be a date mention. So a stretch without a worded anchor and without two numbers so joined
// gives findDates nothing, and chrono need not read it.

/** Two numbers joined as one of the four date parsers needs them; a superset of their patterns. */
const JOINED_NUMBERS = /\d\/\d|(?<!\d)\d{1,2}[.-]\d|\d{4}[-./\s]\d/;

/** Whether chrono could read a date in the stretch from `start` to `end` of `text` (see above). */
export function canHoldDate(text: string, start: number, end: number, worded: boolean): boolean {
  return worded || JOINED_NUMBERS.test(text.slice(start, end));
}
