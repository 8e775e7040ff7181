// Penn-Treebank-like tokens by one scan over character codes, with offsets into the text as given
// (nothing is normalised). The NER tagger was trained on PTB-tokenised news, and the event rules
// read these tokens, so: punctuation, quotes and brackets stand alone; clitics are their own tokens
// ("did" "n't", "Iran" "'s", "they" "'re"); abbreviations keep their dot ("U.S.", "Col.-Gen.", "e.g.",
// the initial "F."); numbers ("1,500", "3.5", "15th", "10:30"), URLs, e-mail addresses, handles,
// hyphenated words and words in any alphabet ("Miličević", "Łódź", "Москва") stay whole.
import { BEFORE_NUMBER, GLUED_DOMAINS, MAY_END, STATES, TITLES } from './abbreviations.ts';
import { DIGIT, LETTER, SPACE, charClass, isAsciiLetterCode, isDigitCode, isUpperCode, isWordCode } from './chars.ts';

/**
 * What a token is, as far as sentence breaks care: a word or number; other punctuation; "." "!" "?"
 * (STOP); ".." "..." "…"; an abbreviation that never ends a sentence (TITLE: titles, initials, "No."
 * before a number); one that may ("U.S.", "Inc.", "p.m."); closing, opening and straight quotes or
 * brackets; a web address glued to the next word ("fox8.comAKRON": a headline ran into its
 * dateline); a US state's abbreviation ("Colo.": ends a sentence as a full stop would, but not
 * before its dateline's "(KXYZ)" or dash).
 */
export const WORD = 0, PUNCT = 1, STOP = 2, ELLIPSIS = 3, TITLE = 4, MAY_END_ABBREVIATION = 5, CLOSE = 6, OPEN = 7, QUOTE = 8,
  GLUED = 9, STATE = 10;

/** Tokens 0 .. count - 1, in typed arrays that may run longer (a list passed back to tokenise is reused). */
export interface TokenList {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** One of the kinds above. */
  kind: Uint8Array;
  /** 1 when a line break separates the token from the one before. */
  lineBefore: Uint8Array;
}

/** Room for this many tokens at first; the arrays double when full. */
const INITIAL_TOKENS = 256;

/** An empty token list with room for `capacity` tokens. */
export function newTokenList(capacity = INITIAL_TOKENS): TokenList {
  return { count: 0, start: new Int32Array(capacity), end: new Int32Array(capacity), kind: new Uint8Array(capacity), lineBefore: new Uint8Array(capacity) };
}

function grow(t: TokenList): void {
  const more = newTokenList(t.start.length * 2);
  more.start.set(t.start);
  more.end.set(t.end);
  more.kind.set(t.kind);
  more.lineBefore.set(t.lineBefore);
  t.start = more.start;
  t.end = more.end;
  t.kind = more.kind;
  t.lineBefore = more.lineBefore;
}

const DOT = 0x2e, APOSTROPHE = 0x27, RIGHT_SINGLE = 0x2019, HYPHEN = 0x2d, AT = 0x40, HASH = 0x23;
const isHyphen = (c: number) => c === HYPHEN || c === 0x2010 || c === 0x2011;
const isApostrophe = (c: number) => c === APOSTROPHE || c === RIGHT_SINGLE;
const OPENERS = new Set([0x201c, 0x2018, 0x28, 0x5b, 0x7b, 0xab]);
const CLOSERS = new Set([0x201d, 0x2019, 0x29, 0x5d, 0x7d, 0xbb]);
/** Characters a URL never holds: it ends at the first. */
const URL_STOPS = new Set([0x22, 0x3c, 0x3e, 0x201c, 0x201d, 0x2018, 0x2019]);
/** Characters a URL does not end with: the sentence's punctuation after it. */
const URL_TRAILERS = new Set([DOT, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x29, 0x5d, APOSTROPHE]);
/** Clitics after an apostrophe, as PTB splits them ("n't" is read on its own). */
const CLITICS = new Set(['s', 'm', 'd', 'll', 're', 've']);

/** The kind of the last word scanned: scanWord returns only its end, and allocates nothing. */
let scannedKind = WORD;

/**
 * Tokens of `text`, in order; a token never crosses whitespace. Given a list (one kept by the
 * caller for text after text), fills that instead of allocating: typed arrays grown once leave no
 * garbage per text.
 */
export function tokenise(text: string, out: TokenList = newTokenList()): TokenList {
  out.count = 0;
  const n = text.length;
  let line = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = charClass(c);
    if (k === SPACE) {
      if (c === 0x0a) line = 1;
      i++;
      continue;
    }
    let end: number;
    let kind = WORD;
    if (k === LETTER || k === DIGIT) {
      if (isUrlStart(text, i)) end = scanUrl(text, i);
      else {
        end = scanWord(text, i);
        kind = scannedKind;
      }
    } else if ((c === AT || c === HASH) && isHandleStart(text, i)) {
      end = i + 1;
      while (end < n && isHandleCode(text.charCodeAt(end))) end++;
    } else if (isApostrophe(c) && followsWord(text, i) && cliticLength(text, i) > 0) {
      end = i + cliticLength(text, i);
    } else {
      end = scanPunct(text, i);
      kind = scannedKind;
    }
    if (out.count === out.start.length) grow(out);
    out.start[out.count] = i;
    out.end[out.count] = end;
    out.kind[out.count] = kind;
    out.lineBefore[out.count] = line;
    out.count++;
    line = 0;
    i = end;
  }
  return out;
}

/**
 * Whether the apostrophe at i follows a word, touching it or after one space: treebank text joined
 * by spaces ("Hitchcock 's films") splits clitics off already.
 */
function followsWord(text: string, i: number): boolean {
  if (i > 0 && isWordCode(text.charCodeAt(i - 1))) return true;
  return i > 1 && text.charCodeAt(i - 1) === 0x20 && isWordCode(text.charCodeAt(i - 2));
}

/** Length of the clitic ("'s", "'re"…) at the apostrophe at i, or 0: letters of a clitic, then no more word. */
function cliticLength(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && isAsciiLetterCode(text.charCodeAt(j)) && j - i <= 3) j++;
  if (j === i + 1 || (j < text.length && isWordCode(text.charCodeAt(j)))) return 0;
  return CLITICS.has(text.slice(i + 1, j).toLowerCase()) ? j - i : 0;
}

/** Whether "n't" starts at i: n, an apostrophe, t, and no more word ("did|n't", "ca|n't"). */
function isNegationAt(text: string, i: number): boolean {
  const n = text.charCodeAt(i), t = text.charCodeAt(i + 2);
  return (n === 0x6e || n === 0x4e) && isApostrophe(text.charCodeAt(i + 1)) && (t === 0x74 || t === 0x54) &&
    !(i + 3 < text.length && isWordCode(text.charCodeAt(i + 3)));
}

/**
 * The end of the word starting at i (a letter or digit). Inner joins: "3.5", "1,500", "10:30",
 * letter-dot runs ("U.S"), hyphens between word characters, apostrophes before letters that are
 * no clitic ("O'Neill"), "AT&T", e-mail addresses; a final dot joins abbreviations only.
 */
function scanWord(text: string, i: number): number {
  const n = text.length;
  scannedKind = WORD;
  if (isNegationAt(text, i)) return i + 3;
  let j = i;
  /** Where the word after the last hyphen starts: the part an abbreviation is read from. */
  let part = i;
  /** Whether the part so far is single letters joined by dots ("U.S", "e.g"). */
  let dotted = false;
  for (;;) {
    // The character before j is read once, as the loop moves on.
    let afterDigit = j > i && isDigitCode(text.charCodeAt(j - 1));
    while (j < n) {
      const c = text.charCodeAt(j);
      if (!isWordCode(c)) break;
      // "Fox 59INDIANAPOLIS": a number run into a capitalised word (a headline into its dateline) is two words.
      if (afterDigit && isUpperRun(text, j)) return j;
      afterDigit = c >= 48 && c <= 57;
      j++;
    }
    if (j >= n) return j;
    const c = text.charCodeAt(j), prev = text.charCodeAt(j - 1), next = j + 1 < n ? text.charCodeAt(j + 1) : 0;
    if (c === DOT) {
      if (isDigitCode(prev) && isDigitCode(next)) { j++; continue; }
      if (singleLetterBefore(text, j, part) && isWordCode(next) && charClass(next) === LETTER &&
        !(j + 2 < n && isWordCode(text.charCodeAt(j + 2)))) {
        dotted = true;
        j += 2;
        continue;
      }
      const domainEnd = gluedDomainEnd(text, j);
      if (domainEnd > 0) return domainEnd;
      const nameEnd = dottedNameEnd(text, j);
      if (nameEnd > 0) return nameEnd;
      const kind = abbreviationKind(text, part, j, dotted);
      if (kind === WORD) return j;
      j++;
      scannedKind = kind;
      // "Col.-Gen.", "U.S.-led": a hyphen after the dot goes on with the word.
      if (j + 1 < n && isHyphen(text.charCodeAt(j)) && charClass(text.charCodeAt(j + 1)) === LETTER) {
        scannedKind = WORD;
        j++;
        part = j;
        dotted = false;
        continue;
      }
      return j;
    }
    if ((c === 0x2c || c === 0x3a) && isDigitCode(prev) && isDigitCode(next)) { j++; continue; }
    if (isHyphen(c) && isWordCode(next)) { j++; part = j; dotted = false; continue; }
    if (isApostrophe(c)) {
      if (cliticLength(text, j) > 0) return j;
      if (next === 0x74 || next === 0x54) {
        // "didn't": the word ends before its n.
        if (j - 1 > i && isNegationAt(text, j - 1)) return j - 1;
      }
      if (charClass(next) === LETTER) { j++; continue; }
      return j;
    }
    if (c === 0x26 && prev >= 65 && prev <= 90 && next >= 65 && next <= 90) { j++; continue; }
    if (c === AT && isWordCode(next)) return scanEmail(text, j + 1);
    return j;
  }
}

/** Longest top-level domain GLUED_DOMAINS holds. */
const MAX_DOMAIN = 3;

/**
 * The end of a web address's top-level domain after the dot at `dot` ("WREG.com"), when the
 * domain ends there or a capital follows it unspaced (kind GLUED); else 0.
 */
function gluedDomainEnd(text: string, dot: number): number {
  let k = dot + 1;
  while (k < text.length && k - dot <= MAX_DOMAIN && text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122) k++;
  if (!GLUED_DOMAINS.has(text.slice(dot + 1, k))) return 0;
  const after = k < text.length ? text.charCodeAt(k) : 0;
  if (after >= 65 && after <= 90) scannedKind = GLUED;
  else if (isWordCode(after)) return 0;
  return k;
}

/**
 * The end of a name of three or more dot-joined lowercase words from the dot at `dot`
 * ("alt.religion.scientology", "news.trust.org"), else 0: two words alone ("attacks.image") may be
 * a sentence run into a caption.
 */
function dottedNameEnd(text: string, dot: number): number {
  let k = dot, words = 1;
  while (text.charCodeAt(k) === DOT && isLowerAscii(text.charCodeAt(k + 1))) {
    k++;
    while (k < text.length && (isLowerAscii(text.charCodeAt(k)) || isDigitCode(text.charCodeAt(k)))) k++;
    words++;
  }
  return words >= 3 && !(k < text.length && isWordCode(text.charCodeAt(k))) ? k : 0;
}

const isLowerAscii = (c: number) => c >= 97 && c <= 122;

/** Whether two or more ASCII capitals start at j ("59INDIANAPOLIS"; "4G" and "15th" stay whole). */
function isUpperRun(text: string, j: number): boolean {
  const a = text.charCodeAt(j), b = text.charCodeAt(j + 1);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90;
}

/**
 * Whether the letter before the dot stands alone: the part's only letter, the last of "x.y" pairs,
 * or a letter after a number ("10:30p.m.", "1a.m.").
 */
function singleLetterBefore(text: string, dot: number, part: number): boolean {
  if (dot - part < 1 || charClass(text.charCodeAt(dot - 1)) !== LETTER) return false;
  const before = text.charCodeAt(dot - 2);
  return dot - 1 === part || before === DOT || isDigitCode(before);
}

/** Whether the dot at `dot` closes an abbreviation text[part, dot), and which kind; WORD if not. */
function abbreviationKind(text: string, part: number, dot: number, dotted: boolean): number {
  if (dotted) return MAY_END_ABBREVIATION;
  const length = dot - part;
  // A lone capital is an initial ("John F. Kennedy").
  if (length === 1 && isUpperCode(text.charCodeAt(part))) return TITLE;
  if (length > 6) return WORD;
  const key = text.slice(part, dot).toLowerCase();
  if (TITLES.has(key)) return TITLE;
  if (MAY_END.has(key)) return MAY_END_ABBREVIATION;
  // A state in a dateline or an address ends a sentence as a full stop would.
  if (STATES.has(key) && isUpperCode(text.charCodeAt(part))) return STATE;
  if (BEFORE_NUMBER.has(key)) {
    let k = dot + 1;
    while (k < text.length && text.charCodeAt(k) === 0x20) k++;
    if (k > dot + 1 && isDigitCode(text.charCodeAt(k))) return TITLE;
  }
  return WORD;
}

/** The end of an e-mail address whose domain starts at i; a final dot is the sentence's. */
function scanEmail(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isWordCode(c) || c === HYPHEN || c === 0x5f) j++;
    else if (c === DOT && j + 1 < text.length && isWordCode(text.charCodeAt(j + 1))) j++;
    else break;
  }
  return j;
}

function isUrlStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x68) return text.startsWith('http://', i) || text.startsWith('https://', i);
  return c === 0x77 && text.startsWith('www.', i);
}

/** The end of the URL at i: up to whitespace or a quote, less the punctuation that ends the sentence. */
function scanUrl(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (charClass(c) === SPACE || URL_STOPS.has(c)) break;
    j++;
  }
  while (j > i + 1 && URL_TRAILERS.has(text.charCodeAt(j - 1))) j--;
  return j;
}

const isHandleCode = (c: number) => isAsciiLetterCode(c) || isDigitCode(c) || c === 0x5f;

/** "@user", "#tag": a mark before a name, not in the middle of a word (e-mail addresses are words). */
function isHandleStart(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (!(isAsciiLetterCode(next) || (text.charCodeAt(i) === AT && (isDigitCode(next) || next === 0x5f)))) return false;
  return i === 0 || !isWordCode(text.charCodeAt(i - 1));
}

/** The end of the punctuation token at i, with its kind in scannedKind. */
function scanPunct(text: string, i: number): number {
  const c = text.charCodeAt(i);
  scannedKind = PUNCT;
  let j = i + 1;
  if (c === DOT || c === 0x2026) {
    while (j < text.length && (text.charCodeAt(j) === DOT || text.charCodeAt(j) === 0x2026)) j++;
    scannedKind = c === DOT && j === i + 1 ? STOP : ELLIPSIS;
    return j;
  }
  if (c === 0x21 || c === 0x3f) {
    while (j < text.length && (text.charCodeAt(j) === 0x21 || text.charCodeAt(j) === 0x3f)) j++;
    scannedKind = STOP;
    return j;
  }
  if (isHyphen(c) || c === 0x2a || c === 0x3d || c === 0x5f) {
    while (j < text.length && text.charCodeAt(j) === c) j++;
    return j;
  }
  if (c === 0x22 || c === APOSTROPHE) scannedKind = QUOTE;
  else if (OPENERS.has(c)) scannedKind = OPEN;
  else if (CLOSERS.has(c)) scannedKind = CLOSE;
  // A character outside the Basic Multilingual Plane (an emoji) is two code units, one token.
  else if (c >= 0xd800 && c <= 0xdbff && j < text.length) j++;
  return j;
}
