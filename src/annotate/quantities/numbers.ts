// Numbers as news copy writes them: digits with thousands commas, number words, scale words
// ("1.5 million", "two hundred"), and the vague counts ("dozens", "hundreds") with the bounds
// their words imply.

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, dozen: 12 };

const WORD_NUMBER = `(?:(?:${TENS.join('|')})(?:[-\\s](?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.join('|')})`;
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?![\\d,]\\d)|\\d+(?:\\.\\d+)?';
const SCALE = `(?:\\s+(?:${Object.keys(SCALES).join('|')}))`;

/**
 * Vague counts, read by what the word claims and no more: "dozens" is at least two dozen and fewer
 * than would be called "hundreds"; "scores" at least two score with no ceiling the word implies;
 * "several" more than two. Bounds only, never a best guess.
 */
export const VAGUE: Record<string, { low: number; high: number | null; best: number | null }> = {
  'half a dozen': { low: 6, high: 6, best: 6 },
  'a dozen': { low: 12, high: 12, best: 12 },
  dozens: { low: 24, high: 99, best: null },
  scores: { low: 40, high: null, best: null },
  hundreds: { low: 200, high: 999, best: null },
  thousands: { low: 2000, high: 9999, best: null },
  'tens of thousands': { low: 20000, high: 99999, best: null },
  'hundreds of thousands': { low: 200000, high: 999999, best: null },
  millions: { low: 2e6, high: null, best: null },
  several: { low: 3, high: null, best: null },
};

const VAGUE_PATTERN = Object.keys(VAGUE).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s+')).join('|');

/** One number anywhere: not inside a word or code ("AK-47", "F-16", "MH17"), not a time's minutes ("7:30"); "10-15" gives two. */
export const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}_]|\\p{L}[-/.:]|\\p{N}[/.:])(?:(${VAGUE_PATTERN})|((?:${DIGITS}|${WORD_NUMBER}|an?(?=${SCALE}))${SCALE}*))(?![\\p{L}\\p{N}_]|[.,]\\d)`,
  'giu',
);

/** NUMBER tried at one place only: the scan below picks the places a number can begin. */
const NUMBER_AT = new RegExp(NUMBER.source, 'iuy');
/** Letters that fold to ASCII ones under NUMBER's /iu ("ſ" is "s", the Kelvin sign "k"). */
const LONG_S = 0x17f;
const KELVIN = 0x212a;
const ALPHABET = 26;

/** The letter's place in the alphabet as NUMBER's case-insensitive match reads it. */
function letterIndex(c: number): number {
  if (c === LONG_S) return 18;
  if (c === KELVIN) return 10;
  return (c | 32) - 97;
}

/**
 * The words a NUMBER match can begin with, as a letter tree (child of node n by letter l at
 * n * ALPHABET + l, 0 for none; node 0 the root), so a word is looked up without a string per word.
 */
const FIRST_WORDS = (() => {
  const words = [...Object.keys(VAGUE).map((k) => k.split(' ')[0]), ...UNITS, ...TENS, 'a', 'an'];
  const children: number[] = new Array(ALPHABET).fill(0);
  const ends: boolean[] = [false];
  for (const word of words) {
    let node = 0;
    for (const ch of word) {
      const slot = node * ALPHABET + letterIndex(ch.charCodeAt(0));
      if (!children[slot]) {
        children[slot] = ends.length;
        ends.push(false);
        children.push(...new Array(ALPHABET).fill(0));
      }
      node = children[slot];
    }
    ends[node] = true;
  }
  return { children: Int32Array.from(children), ends: Uint8Array.from(ends, Number) };
})();

/** Whether text[from, to), all letters, is one of FIRST_WORDS. */
function isFirstWord(text: string, from: number, to: number): boolean {
  let node = 0;
  for (let k = from; k < to && node >= 0; k++) node = FIRST_WORDS.children[node * ALPHABET + letterIndex(text.charCodeAt(k))] || -1;
  return node > 0 && FIRST_WORDS.ends[node] === 1;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
const isFoldingLetter = (c: number) => isAsciiLetter(c) || c === LONG_S || c === KELVIN;
/** A character that makes NUMBER's look-behind fail: a number never begins right after one. */
const isAsciiWordChar = (c: number) => isDigit(c) || isAsciiLetter(c) || c === 95;

/**
 * Every NUMBER match in `text`, in order, as `text.matchAll(NUMBER)` finds them. Running that
 * pattern (look-behind first) at every character was a third of the quantities step; a match can only begin
 * at a digit or at a word in FIRST_WORDS, after no ASCII letter, digit or underscore, so the
 * pattern is tried only there.
 */
export function findNumbers(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const digit = isDigit(c);
    if (!digit && !isFoldingLetter(c)) {
      i++;
      continue;
    }
    // Inside a run of digits or letters the look-behind fails, so only the run's start is tried.
    let j = i + 1;
    if (digit) while (j < n && isDigit(text.charCodeAt(j))) j++;
    else while (j < n && isFoldingLetter(text.charCodeAt(j))) j++;
    if (i === 0 || !isAsciiWordChar(text.charCodeAt(i - 1))) {
      if (digit || isFirstWord(text, i, j)) {
        NUMBER_AT.lastIndex = i;
        const m = NUMBER_AT.exec(text);
        if (m) {
          out.push(m);
          i = NUMBER_AT.lastIndex;
          continue;
        }
      }
    }
    i = j;
  }
  return out;
}

const HAS_SPACE = /\s/;

export interface ReadNumber {
  value: number;
  /** Set for vague counts: the bounds their word implies. */
  vague: { low: number; high: number | null; best: number | null } | null;
  /** The number was written in words ("three"), which needs a counted noun to be believed. */
  words: boolean;
}

/** Reads the text of a NUMBER match (group 1 vague, group 2 exact). */
export function readNumber(vague: string | undefined, exact: string | undefined): ReadNumber | null {
  if (vague) {
    const v = VAGUE[vague.toLowerCase().replace(/\s+/g, ' ')];
    return v ? { value: v.best ?? v.low, vague: v, words: true } : null;
  }
  if (!exact) return null;
  // Digits alone, the usual case, read without splitting or lower-casing.
  if (isDigit(exact.charCodeAt(0)) && !HAS_SPACE.test(exact)) {
    const value = parseFloat(exact.includes(',') ? exact.replace(/,/g, '') : exact);
    return Number.isFinite(value) && Number.isInteger(value) ? { value: Math.round(value), vague: null, words: false } : null;
  }
  const parts = exact.toLowerCase().split(/\s+/);
  let i = 0;
  let value: number;
  const head = parts[0];
  if (/^\d/.test(head)) value = parseFloat(head.replace(/,/g, ''));
  else if (head === 'a' || head === 'an') value = 1;
  else {
    const [tens, unit] = head.includes('-') ? head.split('-') : TENS.includes(head) && UNITS.includes(parts[1] ?? '') ? [head, parts[++i]] : [head, ''];
    value = UNITS.includes(tens) ? UNITS.indexOf(tens) : (TENS.indexOf(tens) + 2) * 10 + (unit ? UNITS.indexOf(unit) : 0);
  }
  for (i++; i < parts.length; i++) value *= SCALES[parts[i]] ?? 1;
  // "3.5" alone is a measure or a rate, never a head count; "1.5 million" is a count.
  if (!Number.isFinite(value) || (!Number.isInteger(value) && parts.length === 1)) return null;
  return { value: Math.round(value), vague: null, words: !/^\d/.test(head) };
}
