// Sentences and part-of-speech-tagged tokens from wink-nlp, with character offsets into the text
// (wink hands tokens without offsets), and the sentence breaks wink gets wrong in news copy mended:
// no break after titles and abbreviations ("Col.-Gen. Ivanov", "U.S. officials"), always a break
// at a line end (the cleaner keeps one paragraph or headline per line).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { joinSplitWords } from './split-words.ts';

export interface Token {
  start: number;
  end: number;
  /** Universal POS tag from wink ("NOUN", "PROPN", "NUM", "PUNCT"…). */
  pos: string;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

/**
 * Only sentence breaks and part-of-speech tags are read: wink's entity, negation, sentiment and
 * custom-entity passes change neither and cost about a third of its time per article.
 */
const WINK_PIPE = ['sbd', 'pos'];
/** Loaded once: reading the model takes ~100 ms and the instance is stateless between documents. */
const nlp = winkNLP(model, WINK_PIPE);
const its = nlp.its;

/** Titles and name prefixes: the next word is a name, never a new sentence. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'pres', 'gen', 'col', 'lt', 'maj', 'capt', 'cpt',
  'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'cdr', 'brig', 'insp', 'supt', 'det', 'rev', 'fr', 'st', 'mt', 'ft',
  'sr', 'jr', 'hon', 'amb', 'gens', 'cols', 'vs', 'v',
]);
/** Abbreviations that sit before a number ("No. 5", "Jan. 27", "Art. 3"): a break only if no digit follows. */
const BEFORE_NUMBER = new Set([
  'no', 'nos', 'art', 'vol', 'fig', 'p', 'pp', 'para', 'sec', 'ch', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Abbreviations that may end a sentence ("…by the U.S. The Kremlin…"): a break only before a capital. */
const MAY_END = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'inc', 'ltd', 'co', 'corp', 'a.m', 'p.m', 'etc', 'al', 'est']);

/** Splits text into sentences of tagged tokens; all offsets index into `text`. */
export function splitSentences(text: string): Sentence[] {
  if (!text.trim()) return [];
  const doc = nlp.readDoc(text);
  const winkTokens = doc.tokens();
  const values = winkTokens.out() as string[];
  const pos = winkTokens.out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  // A token's preceding spaces are read only for the rare token not found where it should be: a third pass over all tokens saved.
  const spacesBefore = (i: number) => winkTokens.itemAt(i).out(its.precedingSpaces) as string;

  const joined = joinSplitWords(text, locateTokens(text, values, pos, spacesBefore));
  const tokens = joined.tokens;
  // One flag per token (a Set of indices cost a hash per token): 1 = a sentence starts here.
  const breakBefore = new Uint8Array(tokens.length + 1);
  for (const [first] of spans) {
    // A break wink put inside a word it had cut apart is dropped with the cut.
    if (first > 0 && joined.index[first] !== joined.index[first - 1]) breakBefore[joined.index[first]] = 1;
  }
  // wink read the end of "Šarī|f." as an initial and so never ended the sentence there.
  for (const d of joined.splitDots) if (/^\p{Lu}/u.test(text[tokens[d + 1]?.start] ?? '')) breakBefore[d + 1] = 1;

  for (let i = 1; i < tokens.length; i++) {
    if (breakBefore[i] && !isRealBreak(text, tokens, i)) breakBefore[i] = 0;
    if (tokens[i - 1].pos === 'SPACE' || hasLineBreak(text, tokens[i - 1].end, tokens[i].start)) breakBefore[i] = 1;
  }

  const sentences: Sentence[] = [];
  let words: Token[] = [];
  const flush = () => {
    if (words.length) sentences.push({ start: words[0].start, end: words[words.length - 1].end, tokens: words });
    words = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    if (breakBefore[i]) flush();
    const t = tokens[i];
    // wink emits an empty token inside ".."; it has no text to point at.
    if (t.pos !== 'SPACE' && t.end > t.start) words.push(t);
  }
  flush();
  return sentences;
}

/**
 * Finds each wink token in the text by searching forward from the running position. wink keeps
 * the text as given, but if a token is not found where expected (a normalised character), it is
 * placed by its length after its recorded preceding whitespace, so offsets never go backwards.
 */
function locateTokens(text: string, values: string[], pos: string[], spacesBefore: (i: number) => string): Token[] {
  const out: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let start = text.indexOf(value, cursor);
    // A find far past the expected place means the token was altered and a later copy matched.
    // The expected place is never before the cursor, so a find this near needs no look at the spaces.
    if (start < 0 || start > cursor + MAX_TOKEN_DRIFT) {
      const expected = cursor + (spacesBefore(i)?.length ?? 0);
      if (start < 0 || start > expected + MAX_TOKEN_DRIFT) start = Math.min(expected, text.length);
    }
    const end = Math.min(text.length, start + value.length);
    out.push({ start, end, pos: pos[i] });
    cursor = end;
  }
  return out;
}

/** Whether text[from, to) holds a line break (read in place: this runs between every two tokens). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x0a) return true;
  return false;
}

/** Characters of unexpected whitespace tolerated between tokens (wink counts odd spaces differently). */
const MAX_TOKEN_DRIFT = 8;

/** Whether wink's break before token i should stand, looking at the abbreviation that ends the sentence before. */
function isRealBreak(text: string, tokens: Token[], i: number): boolean {
  const abbrev = abbreviationBefore(text, tokens, i);
  if (abbrev === null) return true;
  const next = text.slice(tokens[i].start, tokens[i].end);
  // A lone capital is a middle initial ("John F. Kennedy"), not a sentence end.
  if (/^\p{Lu}$/u.test(abbrev)) return false;
  if (TITLES.has(abbrev.toLowerCase())) return false;
  if (BEFORE_NUMBER.has(abbrev)) return !/^\d/.test(next);
  if (MAY_END.has(abbrev) || /^([a-z]\.)+[a-z]$/.test(abbrev)) return /^[A-Z"“‘'(]/.test(next) && !/^[A-Z]\.?$/.test(next);
  return true;
}

/** How far back the word before a sentence's dot is looked for ("Gen.", "U.S.", "Brig."). */
const ABBREVIATION_WINDOW = 24;
/** The word before a final dot: single letters with dots, then letters ("U.S", "Gen", "p.m"). */
const ABBREVIATION = /(?:^|[^\p{L}.])((?:\p{L}\.)*\p{L}+)\.$/u;

/**
 * The abbreviation (lowercased, without its final dot) that ends the text before token i, or null
 * when that text does not end in "word." — wink tokenises both "Gen." and "Gen" + "." so read the text.
 */
function abbreviationBefore(text: string, tokens: Token[], i: number): string | null {
  const prev = tokens[i - 1];
  // The pattern below needs a final dot: most breaks follow other words, which need no regex.
  if (text.charCodeAt(prev.end - 1) !== 0x2e) return null;
  const from = Math.max(0, prev.end - ABBREVIATION_WINDOW);
  const word = asciiWordBefore(text, from, prev.end - 1);
  if (word === undefined) {
    const m = ABBREVIATION.exec(text.slice(from, prev.end));
    return m ? (m[1].length === 1 ? m[1] : m[1].toLowerCase()) : null;
  }
  return word === null ? null : word.length === 1 ? word : word.toLowerCase();
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * ABBREVIATION's word for the dot at `dot`, read back by character codes from the dot to `from`
 * (where the pattern's ^ stands): almost every sentence ends in an ASCII word, and the $-anchored
 * Unicode pattern tried each of the 24 starting places. The word is the run of letters and dots
 * before the dot, and must be letter-dot pairs then letters. undefined: a non-ASCII character
 * borders the run, so the pattern itself decides.
 */
function asciiWordBefore(text: string, from: number, dot: number): string | null | undefined {
  let k = dot;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (c >= 0x80) return undefined;
    if (!isAsciiLetter(c) && c !== 0x2e) break;
    k--;
  }
  // The run is text[k, dot): trailing letters, and before them only "letter." pairs.
  let letters = dot;
  while (letters > k && isAsciiLetter(text.charCodeAt(letters - 1))) letters--;
  if (letters === dot) return null;
  if ((letters - k) % 2 !== 0) return null;
  for (let p = k; p < letters; p += 2) {
    if (!isAsciiLetter(text.charCodeAt(p)) || text.charCodeAt(p + 1) !== 0x2e) return null;
  }
  return text.slice(k, dot);
}
